package dev.ccv.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The files of a bundle as the manifest names them: relative to the root, with '/', in byte order. */
final class BundleFiles {

    static final String MANIFEST = "MANIFEST.sha256";

    /** Code point order, which is the byte order of UTF-8 and so the order of {@code LC_ALL=C sort}. */
    static final Comparator<String> PATH_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private BundleFiles() {
    }

    /** Every regular file under {@code root} but the manifest at its top, sorted. */
    static List<String> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> name(root, file))
                    .filter(name -> !name.equals(MANIFEST))
                    .sorted(PATH_ORDER)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of {@code file} relative to {@code root}, with '/' whatever the platform. */
    static String name(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
