package dev.ccv.bundle;

import dev.ccv.files.BundleRoot;
import dev.ccv.files.Lookup;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seals one layer of a bundle (see {@link SealScope}): the partner's {@code MANIFEST.sha256} at its
 * root, listing every file but the auditor's, or the auditor's {@code audit/MANIFEST.sha256},
 * listing {@code audit.yaml} and the files under {@code audit/}.
 */
public final class ManifestWriter {

    private ManifestWriter() {
    }

    /** The partner's layer. */
    public static Path write(Path bundleRoot, ProgressListener progress) {
        return write(bundleRoot, SealScope.PARTNER, progress);
    }

    /**
     * Hashes every file the layer covers and writes its manifest; returns the manifest's path.
     * {@code bundleRoot} may be a link the user gave, resolved once here; inside the bundle no link
     * leading out is followed, neither for hashing nor for writing.
     */
    public static Path write(Path bundleRoot, SealScope scope, ProgressListener progress) {
        BundleRoot root = BundleRoot.of(bundleRoot);
        List<String> names = BundleFiles.list(root).stream().filter(scope::covers).toList();
        if (names.isEmpty() && scope == SealScope.AUDITOR) {
            throw new InvalidInputException(new InputError(SourcePosition.of(bundleRoot.toString()),
                    "nothing for the auditor to seal: the bundle has neither " + SealScope.AUDIT_RECORD
                            + " nor files under " + SealScope.AUDIT_FOLDER + "; add the audit record first"));
        }
        List<Path> files = names.stream().map(Path::of).toList();
        Map<Path, String> digests = new ParallelHasher().within(root).hashAll(files, progress);
        Map<String, String> entries = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            entries.put(names.get(i), digests.get(files.get(i)));
        }
        Path manifest = root.path().resolve(scope.manifest());
        if (scope == SealScope.AUDITOR) {
            auditFolder(root);
        }
        Manifest.of(entries).write(manifest);
        return manifest;
    }

    /** The auditor's folder, made when missing; never one that leads out of the bundle or is no folder. */
    private static void auditFolder(BundleRoot root) {
        Path folder = Path.of(SealScope.AUDIT_FOLDER);
        Lookup found = root.look(folder);
        if (found instanceof Lookup.Folder) {
            return;
        }
        if (!(found instanceof Lookup.Missing)) {
            throw new InvalidInputException(new InputError(SourcePosition.of(SealScope.AUDIT_FOLDER), found.problem()));
        }
        try {
            Files.createDirectory(root.path().resolve(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
