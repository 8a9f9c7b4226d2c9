package dev.ccv.bundle;

import dev.ccv.files.BundleRoot;
import dev.ccv.files.Lookup;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Checks a sealed bundle against its {@code MANIFEST.sha256}: every listed file is present and
 * unchanged, every file present is listed, and so is every local evidence reference.
 */
public final class IntegrityVerifier {

    static final String MISMATCH = "SHA-256 does not match the manifest";
    static final String MISSING = "listed in the manifest but missing";
    static final String UNLISTED = "not listed in the manifest";
    static final String UNLISTED_EVIDENCE = "referenced as evidence but not listed in the manifest";
    static final String MISSING_EVIDENCE = "referenced as evidence but missing";

    private IntegrityVerifier() {
    }

    /**
     * The bundle's integrity; {@link Integrity#UNSEALED} when it has no manifest. Problems are
     * sorted by path, one per file.
     */
    public static Integrity verify(Path bundleRoot, Collection<String> referencedLocalPaths, ProgressListener progress) {
        return integrity(hash(bundleRoot.toAbsolutePath().normalize(), progress, CompletableFuture.completedFuture(null)),
                referencedLocalPaths);
    }

    /**
     * Reads the manifest and hashes every listed file that is present; empty when there is no
     * manifest. The part of verifying that does not depend on the inputs, so it can run early;
     * until {@code callerDone} completes it leaves the caller a core (see {@link ParallelHasher}).
     */
    static Optional<HashedBundle> hash(Path bundleRoot, ProgressListener progress, CompletionStage<?> callerDone) {
        // the folder the user named may be a link: resolved once, here; inside it no link leads out
        BundleRoot root = BundleRoot.of(bundleRoot);
        if (root.look(Path.of(BundleFiles.MANIFEST)) instanceof Lookup.Missing) {
            return Optional.empty();
        }
        Map<String, String> listed = new TreeMap<>(Manifest.read(root).entries());
        // a manifest made with `find . -type f | xargs sha256sum > MANIFEST.sha256` lists itself, and cannot match
        listed.remove(BundleFiles.MANIFEST);
        Set<String> present = new HashSet<>(BundleFiles.list(root));
        List<Path> toHash = listed.keySet().stream().filter(present::contains).map(Path::of).toList();
        Map<Path, String> digests = new ParallelHasher().within(root).hashAll(toHash, progress, callerDone);
        Map<String, String> actual = new HashMap<>();
        toHash.forEach(path -> actual.put(BundleFiles.name(path), digests.get(path)));
        return Optional.of(new HashedBundle(root.path(), listed, present, actual));
    }

    static Integrity integrity(Optional<HashedBundle> hashed, Collection<String> referencedLocalPaths) {
        return hashed.map(bundle -> bundle.integrity(referencedLocalPaths)).orElse(Integrity.UNSEALED);
    }

    /**
     * A sealed bundle as found: what its manifest lists, which files are present, and the actual
     * SHA-256 of each file both listed and present.
     */
    record HashedBundle(Path root, Map<String, String> listed, Set<String> present, Map<String, String> actual) {

        HashedBundle {
            listed = Map.copyOf(listed);
            present = Set.copyOf(present);
            actual = Map.copyOf(actual);
        }

        Integrity integrity(Collection<String> referencedLocalPaths) {
            SortedMap<String, String> problems = new TreeMap<>(BundleFiles.PATH_ORDER);
            listed.keySet().stream().filter(path -> !present.contains(path)).forEach(path -> problems.put(path, MISSING));
            present.stream().filter(path -> !listed.containsKey(path)).forEach(path -> problems.put(path, UNLISTED));
            referencedLocalPaths.stream()
                    .flatMap(reference -> inBundle(root, reference).stream())
                    .filter(path -> !listed.containsKey(path))
                    // a file that is not there is missing: "not listed" would send the user to the manifest
                    .forEach(path -> problems.put(path, present.contains(path) ? UNLISTED_EVIDENCE : MISSING_EVIDENCE));
            int verified = 0;
            for (Map.Entry<String, String> file : actual.entrySet()) {
                if (file.getValue().equals(listed.get(file.getKey()))) {
                    verified++;
                } else {
                    problems.put(file.getKey(), MISMATCH);
                }
            }
            return new Integrity(true, verified, problems.entrySet().stream()
                    .map(problem -> new IntegrityProblem(problem.getKey(), problem.getValue())).toList());
        }
    }

    /** The reference as the manifest would name it; empty when it leaves the bundle (the loader reports that). */
    private static Optional<String> inBundle(Path root, String reference) {
        Path file = root.resolve(reference).normalize();
        return file.startsWith(root) && !file.equals(root) ? Optional.of(BundleFiles.name(root, file)) : Optional.empty();
    }
}
