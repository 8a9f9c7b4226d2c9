package dev.ccv.bundle;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * Reads each entry's Unix file mode from a zip's central directory, which {@code java.util.zip}
 * does not expose; it is how a symbolic link is stored in a zip.
 */
final class CentralDirectory {

    static final int SYMLINK_TYPE = 0120000;
    static final int TYPE_MASK = 0170000;

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int ZIP64_END_SIZE = 56;
    private static final int ENTRY_SIZE = 46;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int HOST_UNIX = 3;
    private static final int HOST_MACOS = 19;
    /** Far above what 10,000 entries with long names need; refuses a forged directory size. */
    private static final long MAX_DIRECTORY_BYTES = 64L * 1024 * 1024;

    private CentralDirectory() {
    }

    /** Entry name (as {@code java.util.zip.ZipFile} decodes it) to Unix mode, for entries made on Unix. */
    static Map<String, Integer> unixModes(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip)) {
            ByteBuffer directory = directory(channel);
            Map<String, Integer> modes = new HashMap<>();
            while (directory.remaining() >= ENTRY_SIZE) {
                int at = directory.position();
                if (directory.getInt(at) != ENTRY_SIGNATURE) {
                    throw new ZipException("bad central directory entry at offset " + at);
                }
                int host = u16(directory, at + 4) >>> 8;
                int nameLength = u16(directory, at + 28);
                int skip = nameLength + u16(directory, at + 30) + u16(directory, at + 32);
                long attributes = u32(directory, at + 38);
                if (directory.remaining() < ENTRY_SIZE + skip) {
                    throw new ZipException("truncated central directory");
                }
                byte[] name = new byte[nameLength];
                directory.position(at + ENTRY_SIZE).get(name);
                if (host == HOST_UNIX || host == HOST_MACOS) {
                    modes.put(new String(name, StandardCharsets.UTF_8), (int) (attributes >>> 16));
                }
                directory.position(at + ENTRY_SIZE + skip);
            }
            return modes;
        }
    }

    static boolean isSymlink(int mode) {
        return (mode & TYPE_MASK) == SYMLINK_TYPE;
    }

    private static ByteBuffer directory(FileChannel channel) throws IOException {
        long size = channel.size();
        int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT + ZIP64_LOCATOR_SIZE);
        ByteBuffer tail = read(channel, size - tailLength, tailLength);
        int end = findEnd(tail);
        long directorySize = u32(tail, end + 12);
        long directoryEnd = size - tailLength + end;
        boolean zip64 = end >= ZIP64_LOCATOR_SIZE && tail.getInt(end - ZIP64_LOCATOR_SIZE) == ZIP64_LOCATOR_SIGNATURE;
        if (zip64) {
            long zip64End = tail.getLong(end - ZIP64_LOCATOR_SIZE + 8);
            ByteBuffer record = read(channel, zip64End, ZIP64_END_SIZE);
            if (record.getInt(0) != ZIP64_END_SIGNATURE) {
                throw new ZipException("bad zip64 end record");
            }
            directorySize = record.getLong(40);
            directoryEnd = zip64End;
        }
        if (directorySize > MAX_DIRECTORY_BYTES || directorySize > directoryEnd) {
            throw new ZipException("implausible central directory size " + directorySize);
        }
        // measured back from the end record, as the JDK does, so that data prepended to the zip is harmless
        return read(channel, directoryEnd - directorySize, (int) directorySize);
    }

    private static int findEnd(ByteBuffer tail) throws ZipException {
        for (int at = tail.limit() - END_SIZE; at >= 0; at--) {
            if (tail.getInt(at) == END_SIGNATURE && at + END_SIZE + u16(tail, at + 20) <= tail.limit()) {
                return at;
            }
        }
        throw new ZipException("zip END header not found");
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("zip ends early");
            }
        }
        return buffer.flip();
    }

    private static int u16(ByteBuffer buffer, int at) {
        return Short.toUnsignedInt(buffer.getShort(at));
    }

    private static long u32(ByteBuffer buffer, int at) {
        return Integer.toUnsignedLong(buffer.getInt(at));
    }
}
