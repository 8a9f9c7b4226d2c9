package dev.ccv.bundle;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A bundle found under a PATH argument of {@code ccv batch}.
 *
 * @param path    where to open it (through the links followed to reach it)
 * @param name    its path relative to the PATH argument, with '/'; the bundle's own file name when
 *                the PATH argument is the bundle
 * @param display its path as the user knows it: the PATH argument as given, then {@code name}
 * @param problem why it cannot be validated at all (a folder that cannot be read), if it cannot
 */
public record FoundBundle(Path path, String name, String display, Optional<String> problem) {
}
