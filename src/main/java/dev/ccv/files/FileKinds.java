package dev.ccv.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Names what a non-regular, non-folder file is, for messages. */
final class FileKinds {

    private static final int TYPE_MASK = 0170000;

    private FileKinds() {
    }

    /** "a named pipe (FIFO)", "a device", "a socket"; something vaguer where the system does not say. */
    static String describe(Path path, LinkOption... options) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode", options);
            if (mode instanceof Integer bits) {
                return switch (bits & TYPE_MASK) {
                    case 0010000 -> "a named pipe (FIFO)";
                    case 0020000, 0060000 -> "a device";
                    case 0140000 -> "a socket";
                    default -> "a special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view here: the vaguer name will do
        }
        return "a special file";
    }
}
