package dev.ccv.bundle;

import dev.ccv.files.BundleRoot;
import dev.ccv.files.Lookup;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The files of a bundle as the manifest names them: relative to the root, with '/', in byte order. */
public final class BundleFiles {

    static final String MANIFEST = "MANIFEST.sha256";

    /** Code point order, which is the byte order of UTF-8 and so the order of {@code LC_ALL=C sort}. */
    public static final Comparator<String> PATH_ORDER = (a, b) -> {
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

    /** Every regular file under {@code root} but the manifest at its top, sorted (see {@link #list(BundleRoot)}). */
    static List<String> list(Path root) {
        return list(BundleRoot.of(root));
    }

    /**
     * Every regular file of the bundle but the manifest at its top, sorted. The walk never follows a
     * link: a link to a file inside the bundle is listed under its own name (as {@code sha256sum -c}
     * reads it), a link to a folder is not entered, and a link that leads out of the bundle (or in a
     * loop) is an input error naming it. Pipes, devices and sockets are no bundle files and are left out.
     */
    static List<String> list(BundleRoot root) {
        List<String> names = new ArrayList<>();
        try {
            Files.walkFileTree(root.path(), new FileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = name(root.path(), file);
                    if (name.equals(MANIFEST)) {
                        // the manifest is read (never through a link out) or replaced, never listed
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isRegularFile() || attributes.isSymbolicLink() && isLinkedFile(root, name)) {
                        names.add(requireUtf8(name));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String name = file.equals(root.path()) ? "." : name(root.path(), file);
                    String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
                    throw new InvalidInputException(new InputError(SourcePosition.of(name),
                            "cannot be read (" + reason + "); give the user running ccv access to it"));
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                    if (e != null) {
                        return visitFileFailed(folder, e);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(PATH_ORDER);
        return names;
    }

    /** Whether the link {@code name} leads to a file in the bundle; an input error when it leads out. */
    private static boolean isLinkedFile(BundleRoot root, String name) {
        Lookup found = root.look(Path.of(name));
        if (found instanceof Lookup.File) {
            return true;
        }
        if (found instanceof Lookup.Folder || found instanceof Lookup.Missing) {
            return false;
        }
        throw new InvalidInputException(new InputError(SourcePosition.of(name), found.problem()));
    }

    /** A name the system gave in bytes that are not UTF-8 cannot be written in a manifest, nor opened again. */
    private static String requireUtf8(String name) {
        if (name.indexOf('\uFFFD') >= 0) {
            throw new InvalidInputException(new InputError(SourcePosition.of(name),
                    "the file name is not UTF-8; rename the file (a manifest lists names in UTF-8)"));
        }
        return name;
    }

    /** The path of {@code file} relative to {@code root}, with '/' whatever the platform. */
    static String name(Path root, Path file) {
        return name(root.relativize(file));
    }

    /** A relative path with '/' whatever the platform. */
    static String name(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
