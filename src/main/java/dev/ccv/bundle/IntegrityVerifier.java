package dev.ccv.bundle;

import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks a sealed bundle against its {@code MANIFEST.sha256}: every listed file is present and
 * unchanged, every file present is listed, and so is every local evidence reference.
 */
public final class IntegrityVerifier {

    static final String MISMATCH = "SHA-256 does not match the manifest";
    static final String MISSING = "listed in the manifest but missing";
    static final String UNLISTED = "not listed in the manifest";
    static final String UNLISTED_EVIDENCE = "referenced as evidence but not listed in the manifest";

    private IntegrityVerifier() {
    }

    /**
     * The bundle's integrity; {@link Integrity#UNSEALED} when it has no manifest. Problems are
     * sorted by path, one per file.
     */
    public static Integrity verify(Path bundleRoot, Collection<String> referencedLocalPaths, ProgressListener progress) {
        Path root = bundleRoot.toAbsolutePath().normalize();
        Path manifestFile = root.resolve(BundleFiles.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            return Integrity.UNSEALED;
        }
        Map<String, String> listed = new TreeMap<>(Manifest.read(manifestFile).entries());
        // a manifest made with `find . -type f | xargs sha256sum > MANIFEST.sha256` lists itself, and cannot match
        listed.remove(BundleFiles.MANIFEST);
        Set<String> present = new HashSet<>(BundleFiles.list(root));

        SortedMap<String, String> problems = new TreeMap<>(BundleFiles.PATH_ORDER);
        List<String> toHash = listed.keySet().stream().filter(present::contains).toList();
        listed.keySet().stream().filter(path -> !present.contains(path)).forEach(path -> problems.put(path, MISSING));
        present.stream().filter(path -> !listed.containsKey(path)).forEach(path -> problems.put(path, UNLISTED));
        referencedLocalPaths.stream()
                .flatMap(reference -> inBundle(root, reference).stream())
                .filter(path -> !listed.containsKey(path))
                .forEach(path -> problems.put(path, UNLISTED_EVIDENCE));

        Map<Path, String> actual = new ParallelHasher().hashAll(toHash.stream().map(root::resolve).toList(), progress);
        int verified = 0;
        for (String path : toHash) {
            if (actual.get(root.resolve(path)).equals(listed.get(path))) {
                verified++;
            } else {
                problems.put(path, MISMATCH);
            }
        }
        return new Integrity(true, verified, problems.entrySet().stream()
                .map(problem -> new IntegrityProblem(problem.getKey(), problem.getValue())).toList());
    }

    /** The reference as the manifest would name it; empty when it leaves the bundle (the loader reports that). */
    private static Optional<String> inBundle(Path root, String reference) {
        Path file = root.resolve(reference).normalize();
        return file.startsWith(root) && !file.equals(root) ? Optional.of(BundleFiles.name(root, file)) : Optional.empty();
    }
}
