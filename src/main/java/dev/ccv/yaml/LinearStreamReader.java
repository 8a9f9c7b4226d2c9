package dev.ccv.yaml;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * snakeyaml's {@link StreamReader} in linear time. snakeyaml's own copies every code point not yet
 * consumed into a new array each time it reads 1,024 more characters; a scanner that looks ahead to
 * the end of one long value (a plain or quoted scalar of megabytes) so copies that value once per
 * kilobyte: quadratic (an 8 MiB value took 23 s, 32 MiB more than 10 minutes). This one keeps a
 * window that grows by doubling and is compacted only when it is full, so each code point is copied
 * a bounded number of times.
 *
 * <p>Same contract as the original, method by method: code points, line and column counting, the
 * code-point index of the first character that YAML does not allow ({@link ReaderException}), and
 * marks that share the window (never written to below its end, so an older mark keeps its text).
 */
final class LinearStreamReader extends StreamReader {

    /** Code points decoded per refill: as the original, so that errors are met at the same places. */
    private static final int CHUNK = 1024;
    private static final int FIRST_CAPACITY = 4 * CHUNK;
    private static final String NAME = "'reader'";

    private final String text;
    /** The char index in {@link #text} of the next character not yet in the window. */
    private int next;
    private int[] window = new int[FIRST_CAPACITY];
    private int length;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    LinearStreamReader(String text) {
        super(new StringReader(""));
        this.text = text;
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, window, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && available(0); i++) {
            int c = window[pointer++];
            index++;
            documentIndex++;
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && available(0) && window[pointer] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return available(0) ? window[pointer] : '\0';
    }

    @Override
    public int peek(int offset) {
        return available(offset) ? window[pointer + offset] : '\0';
    }

    @Override
    public String prefix(int count) {
        if (count == 0) {
            return "";
        }
        available(count);
        return new String(window, pointer, Math.min(count, length - pointer));
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        index += count;
        documentIndex += count;
        // as the original: a prefix never holds a line break
        column += count;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }

    /** Whether the code point {@code offset} past the pointer exists, reading more text as needed. */
    private boolean available(int offset) {
        while (pointer + offset >= length && next < text.length()) {
            refill();
        }
        return pointer + offset < length;
    }

    private void refill() {
        if (length + CHUNK > window.length) {
            // a new array, never the old one overwritten: marks made before still point into it
            int live = length - pointer;
            int[] larger = new int[Math.max(FIRST_CAPACITY, 2 * (live + CHUNK))];
            System.arraycopy(window, pointer, larger, 0, live);
            window = larger;
            length = live;
            pointer = 0;
        }
        for (int read = 0; read < CHUNK && next < text.length(); read++) {
            int codePoint = text.codePointAt(next);
            next += Character.charCount(codePoint);
            window[length++] = codePoint;
            if (!isPrintable(codePoint)) {
                throw new ReaderException(NAME, index + (length - 1 - pointer), codePoint,
                        "special characters are not allowed");
            }
        }
    }
}
