package dev.ccv.bundle;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import dev.ccv.files.BundleRoot;
import dev.ccv.files.GivenFile;
import dev.ccv.files.Lookup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the PATH a user gives into an {@link OpenedBundle}: a bundle folder, a {@code .zip} of
 * one (extracted to a private temporary folder), or a self-assessment file.
 */
public final class BundleOpener {

    static final String SELF_ASSESSMENT = "self-assessment.yaml";
    static final String AUDIT = "audit.yaml";
    /** macOS adds this folder beside the bundle folder when it compresses one. */
    private static final String MACOS_METADATA = "__MACOSX";

    private BundleOpener() {
    }

    public static OpenedBundle open(Path path) {
        return open(path, null, null);
    }

    /**
     * Opens {@code path}; {@code bundleRootOverride} (only with a self-assessment file) says where
     * evidence lives, and {@code auditOverride} names an audit record. Either may be null.
     */
    public static OpenedBundle open(Path path, Path bundleRootOverride, Path auditOverride) {
        return open(path, bundleRootOverride, auditOverride, ZipLimits.DEFAULT);
    }

    static OpenedBundle open(Path path, Path bundleRootOverride, Path auditOverride, ZipLimits limits) {
        requireExists(path);
        Optional<Path> audit = Optional.ofNullable(auditOverride).map(BundleOpener::requireFile);
        boolean folder = Files.isDirectory(path);
        if (!folder) {
            // a FIFO or a device would block or never end: refused before anything opens it
            requireFile(path);
        }
        boolean zip = !folder && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (bundleRootOverride != null && (folder || zip)) {
            throw invalid(path, "a separate bundle root can only be given with a self-assessment file;"
                    + " a bundle folder or zip is its own root");
        }
        if (folder) {
            return inFolder(absolute(path), path, audit, Optional.empty());
        }
        if (zip) {
            return extracted(path, audit, limits);
        }
        Path root = bundleRootOverride == null ? absolute(path).getParent() : absolute(bundleRootOverride);
        if (!Files.isDirectory(root)) {
            throw invalid(bundleRootOverride, "is not a folder; the bundle root is the folder evidence paths start from");
        }
        Set<Path> given = new HashSet<>();
        given.add(absolute(path));
        audit.ifPresent(given::add);
        return new OpenedBundle(root, absolute(path), audit, Optional.empty(), given);
    }

    private static OpenedBundle extracted(Path zip, Optional<Path> audit, ZipLimits limits) {
        ExtractionFolder folder = ExtractionFolder.create();
        try {
            new ZipBundleExtractor(zip, zip.toString(), limits).extractTo(folder);
            Path root = topFolder(folder.path()).orElseThrow(() -> invalid(zip, "has no " + SELF_ASSESSMENT
                    + " at its top or in its one top folder; zip the bundle folder itself"));
            return inFolder(root, zip, audit, Optional.of(folder));
        } catch (RuntimeException e) {
            try {
                folder.close();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static OpenedBundle inFolder(Path root, Path given, Optional<Path> audit,
                                         Optional<ExtractionFolder> temporary) {
        BundleRoot files = BundleRoot.of(root);
        Lookup selfAssessment = files.look(Path.of(SELF_ASSESSMENT));
        if (selfAssessment instanceof Lookup.Missing) {
            throw invalid(given, "has no " + SELF_ASSESSMENT + "; a bundle holds it at its top"
                    + " (or give the self-assessment file itself)");
        }
        requireInside(SELF_ASSESSMENT, selfAssessment);
        Optional<Path> chosenAudit = audit;
        if (audit.isEmpty()) {
            Lookup bundledAudit = files.look(Path.of(AUDIT));
            if (!(bundledAudit instanceof Lookup.Missing)) {
                requireInside(AUDIT, bundledAudit);
                chosenAudit = Optional.of(root.resolve(AUDIT));
            }
        }
        return new OpenedBundle(root, root.resolve(SELF_ASSESSMENT), chosenAudit, temporary, Set.copyOf(audit.stream().toList()));
    }

    /** A bundle's own input must be a regular file inside it: a link out, a FIFO or a folder is refused by name. */
    private static void requireInside(String name, Lookup found) {
        if (found.problem() != null) {
            throw new InvalidInputException(new InputError(SourcePosition.of(name), found.problem()));
        }
    }

    /** The extracted bundle's root: the extraction folder itself, or the one folder at its top. */
    private static Optional<Path> topFolder(Path extracted) {
        if (Files.isRegularFile(extracted.resolve(SELF_ASSESSMENT))) {
            return Optional.of(extracted);
        }
        try (Stream<Path> top = Files.list(extracted)) {
            List<Path> entries = top.filter(entry -> !entry.getFileName().toString().equals(MACOS_METADATA)).toList();
            return entries.size() == 1 && Files.isRegularFile(entries.get(0).resolve(SELF_ASSESSMENT))
                    ? Optional.of(entries.get(0)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the user named: links are followed, but only a regular file will do. */
    private static Path requireFile(Path path) {
        requireExists(path);
        GivenFile.requireRegular(path, path.toString());
        return path;
    }

    private static Path requireExists(Path path) {
        if (!Files.exists(path)) {
            throw invalid(path, "no such file or folder");
        }
        return path;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static InvalidInputException invalid(Path path, String message) {
        return new InvalidInputException(new InputError(SourcePosition.of(path.toString()), message));
    }
}
