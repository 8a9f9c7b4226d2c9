package dev.ccv.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a manifest, read and written the way GNU {@code sha256sum} does: {@code HASH  PATH}
 * (or {@code HASH *PATH}, or {@code SHA256 (PATH) = HASH}), with a leading backslash when the
 * path holds a backslash or a line break, which are then escaped.
 */
record ManifestLine(String path, String sha256) {

    private static final Pattern GNU = Pattern.compile("([0-9A-Fa-f]{64})[ \\t][ *](.+)", Pattern.DOTALL);
    private static final Pattern TAGGED = Pattern.compile("SHA256 \\((.+)\\) = ([0-9A-Fa-f]{64})", Pattern.DOTALL);
    private static final String EXPECTED = "not a sha256sum line: expected 64 hexadecimal digits, two spaces and a path";

    /** The line as {@code sha256sum} writes it, without its line break. */
    static String format(String path, String sha256) {
        boolean escape = path.indexOf('\\') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0;
        if (!escape) {
            return sha256 + "  " + path;
        }
        String escaped = path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return "\\" + sha256 + "  " + escaped;
    }

    /** The lines of a manifest's bytes, split at line feeds; a last line without one counts too. */
    static List<byte[]> split(byte[] text) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n') {
                lines.add(Arrays.copyOfRange(text, start, i));
                start = i + 1;
            }
        }
        if (start < text.length) {
            lines.add(Arrays.copyOfRange(text, start, text.length));
        }
        return lines;
    }

    /** The entry on a line; empty for the blank and {@code #} comment lines {@code sha256sum -c} skips. */
    static Optional<ManifestLine> parse(byte[] raw) {
        String line = decode(raw);
        if (line.startsWith("#")) {
            return Optional.empty();
        }
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        line = line.stripLeading();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        boolean escaped = line.startsWith("\\");
        String body = escaped ? line.substring(1) : line;
        Matcher gnu = GNU.matcher(body);
        Matcher tagged = TAGGED.matcher(body);
        String path;
        String hash;
        if (gnu.matches()) {
            hash = gnu.group(1);
            path = gnu.group(2);
        } else if (tagged.matches()) {
            path = tagged.group(1);
            hash = tagged.group(2);
        } else {
            throw new Malformed(EXPECTED);
        }
        return Optional.of(new ManifestLine(inBundle(escaped ? unescape(path) : path), hash.toLowerCase(Locale.ROOT)));
    }

    private static String unescape(String path) {
        StringBuilder plain = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '\\') {
                plain.append(c);
                continue;
            }
            char next = i + 1 < path.length() ? path.charAt(++i) : 0;
            switch (next) {
                case '\\' -> plain.append('\\');
                case 'n' -> plain.append('\n');
                case 'r' -> plain.append('\r');
                default -> throw new Malformed("not a sha256sum line: in an escaped path (a line starting with"
                        + " a backslash) only \\\\, \\n and \\r may follow a backslash");
            }
        }
        return plain.toString();
    }

    /** The path relative to the bundle root, without the {@code ./} that {@code find . | xargs sha256sum} adds. */
    private static String inBundle(String path) {
        String relative = path;
        while (relative.startsWith("./")) {
            relative = relative.substring(2);
        }
        boolean outside = relative.startsWith("/") || relative.isEmpty()
                || Arrays.asList(relative.split("/", -1)).contains("..");
        if (outside) {
            throw new Malformed("\"" + path + "\" is not a path inside the bundle; list each file relative to"
                    + " the bundle folder, e.g. evidence/report.pdf");
        }
        return relative;
    }

    private static String decode(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new Malformed("not UTF-8 text; write file names in UTF-8 (run sha256sum under a UTF-8 locale)");
        }
    }

    /** A line that cannot be read; the manifest reader adds where it is. */
    static final class Malformed extends RuntimeException {

        Malformed(String message) {
            super(message);
        }
    }
}
