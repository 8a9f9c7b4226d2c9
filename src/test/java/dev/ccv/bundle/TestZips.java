package dev.ccv.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips for the tests, including ones the JDK will not write: links and lying sizes. */
final class TestZips {

    static final int VERSION_MADE_BY = 4;
    static final int UNCOMPRESSED_SIZE = 24;
    static final int EXTERNAL_ATTRIBUTES = 38;

    private TestZips() {
    }

    /** A zip of the given entries, in order; a name ending in '/' is a folder. */
    static Path zip(Path zip, Map<String, String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    /** A zip with one deflated entry of {@code size} zero bytes. */
    static Path zeros(Path zip, String name, long size) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(name));
            writeZeros(out, size);
            out.closeEntry();
        }
        return zip;
    }

    /** A zip of {@code count} deflated entries of {@code size} zero bytes each, none large enough for the per-entry ratio. */
    static Path manyZeros(Path zip, int count, long size) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new ZipEntry("evidence/zeros-" + i + ".bin"));
                writeZeros(out, size);
                out.closeEntry();
            }
        }
        return zip;
    }

    static void writeZeros(OutputStream out, long size) throws IOException {
        byte[] block = new byte[1024 * 1024];
        for (long left = size; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    /** Marks an entry as made on Unix with the given mode, as {@code zip --symlinks} does for a link. */
    static void setUnixMode(Path zip, String entry, int mode) throws IOException {
        patchCentralEntry(zip, entry, VERSION_MADE_BY, 2, (3 << 8) | 20);
        patchCentralEntry(zip, entry, EXTERNAL_ATTRIBUTES, 4, ((long) mode) << 16);
    }

    /** Overwrites a little-endian field of an entry's central directory record. */
    static void patchCentralEntry(Path zip, String entry, int offset, int width, long value) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + name.length <= bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && Short.toUnsignedInt(buffer.getShort(at + 28)) == name.length
                    && Arrays.equals(bytes, at + 46, at + 46 + name.length, name, 0, name.length)) {
                if (width == 2) {
                    buffer.putShort(at + offset, (short) value);
                } else {
                    buffer.putInt(at + offset, (int) value);
                }
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + entry + " in " + zip);
    }
}
