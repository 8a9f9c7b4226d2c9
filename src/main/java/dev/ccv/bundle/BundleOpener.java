package dev.ccv.bundle;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        Optional<Path> audit = Optional.ofNullable(auditOverride).map(BundleOpener::requireExists);
        boolean folder = Files.isDirectory(path);
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
        return new OpenedBundle(root, absolute(path), audit, Optional.empty());
    }

    private static OpenedBundle extracted(Path zip, Optional<Path> audit, ZipLimits limits) {
        ExtractionFolder folder = ExtractionFolder.create();
        try {
            new ZipBundleExtractor(zip, zip.toString(), limits).extractTo(folder.path());
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
        Path selfAssessment = root.resolve(SELF_ASSESSMENT);
        if (!Files.isRegularFile(selfAssessment)) {
            throw invalid(given, "has no " + SELF_ASSESSMENT + "; a bundle holds it at its top"
                    + " (or give the self-assessment file itself)");
        }
        Path bundledAudit = root.resolve(AUDIT);
        Optional<Path> chosenAudit = audit.isPresent() || !Files.isRegularFile(bundledAudit)
                ? audit : Optional.of(bundledAudit);
        return new OpenedBundle(root, selfAssessment, chosenAudit, temporary);
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
