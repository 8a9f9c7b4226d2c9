package dev.ccv.bundle;

import dev.ccv.files.BundleRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Seals a bundle: writes {@code MANIFEST.sha256} at its root, listing every other file of it. */
public final class ManifestWriter {

    private ManifestWriter() {
    }

    /**
     * Hashes every file of the bundle but the manifest and writes the manifest; returns its path.
     * {@code bundleRoot} may be a link the user gave, resolved once here; inside the bundle no link
     * leading out is followed, neither for hashing nor for writing.
     */
    public static Path write(Path bundleRoot, ProgressListener progress) {
        BundleRoot root = BundleRoot.of(bundleRoot);
        List<String> names = BundleFiles.list(root);
        List<Path> files = names.stream().map(Path::of).toList();
        Map<Path, String> digests = new ParallelHasher().within(root).hashAll(files, progress);
        Map<String, String> entries = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            entries.put(names.get(i), digests.get(files.get(i)));
        }
        Path manifest = root.path().resolve(BundleFiles.MANIFEST);
        Manifest.of(entries).write(manifest);
        return manifest;
    }
}
