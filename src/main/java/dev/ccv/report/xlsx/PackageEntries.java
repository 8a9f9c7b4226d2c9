package dev.ccv.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The entries of the package the workbook library just wrote, read back from its central directory
 * (it writes Zip64 data descriptors, which {@code ZipInputStream} misreads). Only ever given ccv's
 * own output, so it reads what that library writes: deflated or stored entries, Zip64 or not.
 */
final class PackageEntries {

    private static final int END = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final long MAX32 = 0xFFFFFFFFL;

    private PackageEntries() {
    }

    /** Entry name to content, in central-directory order. */
    static Map<String, byte[]> read(byte[] zip) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (end >= 0 && buffer.getInt(end) != END) {
            end--;
        }
        if (end < 0) {
            throw new ZipException("no end of central directory");
        }
        long entries = Short.toUnsignedInt(buffer.getShort(end + 10));
        long at = Integer.toUnsignedLong(buffer.getInt(end + 16));
        if (end >= 20 && buffer.getInt(end - 20) == ZIP64_LOCATOR) {
            int zip64End = (int) buffer.getLong(end - 20 + 8);
            entries = buffer.getLong(zip64End + 32);
            at = buffer.getLong(zip64End + 48);
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        int position = (int) at;
        for (long i = 0; i < entries; i++) {
            if (buffer.getInt(position) != CENTRAL) {
                throw new ZipException("bad central directory entry");
            }
            int method = Short.toUnsignedInt(buffer.getShort(position + 10));
            long compressed = Integer.toUnsignedLong(buffer.getInt(position + 20));
            long size = Integer.toUnsignedLong(buffer.getInt(position + 24));
            int nameLength = Short.toUnsignedInt(buffer.getShort(position + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(position + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(position + 32));
            long local = Integer.toUnsignedLong(buffer.getInt(position + 42));
            String name = new String(zip, position + 46, nameLength, StandardCharsets.UTF_8);
            long[] zip64 = zip64(buffer, position + 46 + nameLength, extraLength, size, compressed, local);
            contents.put(name, content(zip, buffer, (int) zip64[2], method, (int) zip64[1]));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return contents;
    }

    /** Size, compressed size and local header offset, from the Zip64 extra field where they overflow. */
    private static long[] zip64(ByteBuffer buffer, int extra, int length, long size, long compressed, long local) {
        long[] values = {size, compressed, local};
        for (int at = extra; at + 4 <= extra + length; ) {
            int id = Short.toUnsignedInt(buffer.getShort(at));
            int dataLength = Short.toUnsignedInt(buffer.getShort(at + 2));
            if (id == 1) {
                int field = at + 4;
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == MAX32 && field + 8 <= at + 4 + dataLength) {
                        values[i] = buffer.getLong(field);
                        field += 8;
                    }
                }
            }
            at += 4 + dataLength;
        }
        return values;
    }

    private static byte[] content(byte[] zip, ByteBuffer buffer, int local, int method, int compressed)
            throws IOException {
        int data = local + 30 + Short.toUnsignedInt(buffer.getShort(local + 26))
                + Short.toUnsignedInt(buffer.getShort(local + 28));
        if (method == 0) {
            return java.util.Arrays.copyOfRange(zip, data, data + compressed);
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(zip, data, compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ZipException("truncated entry");
                }
                out.write(chunk, 0, n);
            }
        } catch (DataFormatException e) {
            throw new ZipException(e.getMessage());
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }
}
