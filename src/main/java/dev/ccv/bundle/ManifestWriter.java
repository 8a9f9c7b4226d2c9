package dev.ccv.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Seals a bundle: writes {@code MANIFEST.sha256} at its root, listing every other file of it. */
public final class ManifestWriter {

    private ManifestWriter() {
    }

    /** Hashes every file of the bundle but the manifest and writes the manifest; returns its path. */
    public static Path write(Path bundleRoot, ProgressListener progress) {
        List<String> names = BundleFiles.list(bundleRoot);
        List<Path> files = names.stream().map(bundleRoot::resolve).toList();
        Map<Path, String> digests = new ParallelHasher().hashAll(files, progress);
        Map<String, String> entries = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            entries.put(names.get(i), digests.get(files.get(i)));
        }
        Path manifest = bundleRoot.resolve(BundleFiles.MANIFEST);
        Manifest.of(entries).write(manifest);
        return manifest;
    }
}
