package dev.ccv.bundle;

import dev.ccv.files.BundleRoot;
import dev.ccv.files.Lookup;
import dev.ccv.model.result.Integrity;
import dev.ccv.model.result.IntegrityProblem;
import dev.ccv.model.result.SealLayer;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Checks a sealed bundle against each layer of its seal ({@code MANIFEST.sha256} for the partner,
 * {@code audit/MANIFEST.sha256} for the auditor): every listed file is present and unchanged, every
 * file the layer covers is listed, and so is every local evidence reference it covers.
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
     * The bundle's integrity, layer by layer (see {@link SealScope}); a layer without its manifest
     * is unsealed. Problems are sorted by path, one per file.
     */
    public static Integrity verify(Path bundleRoot, Collection<String> referencedLocalPaths, ProgressListener progress) {
        return integrity(hash(bundleRoot.toAbsolutePath().normalize(), progress, CompletableFuture.completedFuture(null)),
                referencedLocalPaths);
    }

    /**
     * Reads each layer's manifest and hashes every listed file that is present; empty when the
     * bundle has no manifest. The part of verifying that does not depend on the inputs, so it can
     * run early; until {@code callerDone} completes it leaves the caller a core (see {@link ParallelHasher}).
     */
    static List<HashedBundle> hash(Path bundleRoot, ProgressListener progress, CompletionStage<?> callerDone) {
        // the folder the user named may be a link: resolved once, here; inside it no link leads out
        BundleRoot root = BundleRoot.of(bundleRoot);
        List<HashedBundle> layers = new ArrayList<>();
        List<String> present = null;
        for (SealScope scope : SealScope.values()) {
            if (root.look(Path.of(scope.manifest())) instanceof Lookup.Missing) {
                continue;
            }
            Map<String, String> listed = new TreeMap<>(Manifest.read(root, scope.manifest()).entries());
            // a manifest made with `find . -type f | xargs sha256sum > MANIFEST.sha256` lists itself, and cannot match
            listed.remove(scope.manifest());
            present = present == null ? BundleFiles.list(root) : present;
            Set<String> covered = new HashSet<>();
            for (String path : present) {
                // a file the manifest lists is held to it even outside its layer (a partner manifest from before the
                // auditor's layer lists audit.yaml); only the layer's own files must be listed
                if (scope.covers(path) || listed.containsKey(path)) {
                    covered.add(path);
                }
            }
            List<Path> toHash = listed.keySet().stream().filter(covered::contains).map(Path::of).toList();
            Map<Path, String> digests = new ParallelHasher().within(root).hashAll(toHash, progress, callerDone);
            Map<String, String> actual = new HashMap<>();
            toHash.forEach(path -> actual.put(BundleFiles.name(path), digests.get(path)));
            layers.add(new HashedBundle(scope, root.path(), listed, covered, actual));
        }
        return layers;
    }

    static Integrity integrity(List<HashedBundle> hashed, Collection<String> referencedLocalPaths) {
        if (hashed.isEmpty()) {
            return Integrity.UNSEALED;
        }
        List<SealLayer> layers = new ArrayList<>();
        for (SealScope scope : SealScope.values()) {
            layers.add(hashed.stream().filter(layer -> layer.scope() == scope).findFirst()
                    .map(layer -> layer.integrity(referencedLocalPaths))
                    .orElse(Integrity.unsealed(scope.owner(), scope.manifest())));
        }
        return new Integrity(layers);
    }

    /**
     * One sealed layer of a bundle as found: what its manifest lists, which of the bundle's files it
     * covers, and the actual SHA-256 of each file both listed and present.
     */
    record HashedBundle(SealScope scope, Path root, Map<String, String> listed, Set<String> present,
                        Map<String, String> actual) {

        HashedBundle {
            listed = Map.copyOf(listed);
            present = Set.copyOf(present);
            actual = Map.copyOf(actual);
        }

        SealLayer integrity(Collection<String> referencedLocalPaths) {
            SortedMap<String, String> problems = new TreeMap<>(BundleFiles.PATH_ORDER);
            listed.keySet().stream().filter(path -> !present.contains(path)).forEach(path -> problems.put(path, MISSING));
            present.stream().filter(path -> !listed.containsKey(path)).forEach(path -> problems.put(path, UNLISTED));
            referencedLocalPaths.stream()
                    .flatMap(reference -> inBundle(root, reference).stream())
                    .filter(path -> scope.covers(path) && !listed.containsKey(path))
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
            return new SealLayer(scope.owner(), scope.manifest(), true, verified, problems.entrySet().stream()
                    .map(problem -> new IntegrityProblem(problem.getKey(), problem.getValue())).toList());
        }
    }

    /** The reference as the manifest would name it; empty when it leaves the bundle (the loader reports that). */
    private static Optional<String> inBundle(Path root, String reference) {
        Path file = root.resolve(reference).normalize();
        return file.startsWith(root) && !file.equals(root) ? Optional.of(BundleFiles.name(root, file)) : Optional.empty();
    }
}
