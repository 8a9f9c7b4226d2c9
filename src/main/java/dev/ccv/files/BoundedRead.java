package dev.ccv.files;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * Reads a channel to its end but never more than a limit: the loop stops at the limit plus one
 * byte, so a file that grows, lies about its size or never ends ({@code /dev/zero}) costs at most
 * the limit in memory.
 */
final class BoundedRead {

    private static final int CHUNK = 64 * 1024;
    private static final long MIB = 1024 * 1024;

    private BoundedRead() {
    }

    static byte[] read(ReadableByteChannel channel, long sizeHint, long limit, String displayName) throws IOException {
        if (sizeHint > limit) {
            // what stat says is enough to refuse; only the bytes read are enough to accept
            throw tooLarge(displayName, limit);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Math.max(sizeHint, 0) + 1, CHUNK * 16L));
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        long total = 0;
        while (true) {
            buffer.clear();
            buffer.limit((int) Math.min(CHUNK, limit + 1 - total));
            int read = channel.read(buffer);
            if (read < 0) {
                return bytes.toByteArray();
            }
            total += read;
            if (total > limit) {
                throw tooLarge(displayName, limit);
            }
            bytes.write(buffer.array(), 0, read);
        }
    }

    static InvalidInputException tooLarge(String displayName, long limit) {
        return new InvalidInputException(new InputError(SourcePosition.of(displayName),
                "the file is too large (more than " + describe(limit) + ", the most ccv reads for it)"));
    }

    private static String describe(long bytes) {
        return bytes >= MIB && bytes % MIB == 0 ? bytes / MIB + " MiB" : bytes + " bytes";
    }
}
