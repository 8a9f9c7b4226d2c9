package dev.ccv.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccv.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random arrangements of symbolic links inside and outside a bundle (relative and absolute, to
 * files, folders, other links, parents, nothing, loops), and random paths through them, checked
 * against the operating system's own resolution: whatever {@link BundleRoot} opens is the file the
 * system would open and lies inside the bundle; whatever the system would find outside the bundle
 * {@link BundleRoot} refuses as leading outside; the secret outside is never read. Seeded: a failure
 * names its seed.
 */
class RandomLinksPropertyTest {

    private static final int ARRANGEMENTS = 80;
    private static final int PATHS_PER_ARRANGEMENT = 25;
    private static final List<String> FOLDERS = List.of("", "d0", "d1", "d0/e");

    @TempDir
    Path temp;
    /** How often each kind of outcome came up: the arrangements must reach every one of them. */
    private final java.util.Map<Class<?>, Integer> seen = new java.util.HashMap<>();

    @Test
    void whatIsOpenedIsInsideAndWhatIsOutsideIsRefused() throws IOException {
        for (int seed = 0; seed < ARRANGEMENTS; seed++) {
            check(seed, Files.createDirectories(temp.resolve("run-" + seed)));
        }
        assertThat(seen.keySet()).as("outcomes reached: %s", seen).contains(Lookup.File.class, Lookup.Folder.class,
                Lookup.Missing.class, Lookup.LeadsOutside.class, Lookup.LinkLoop.class);
    }

    private void check(long seed, Path run) throws IOException {
        Random random = new Random(seed);
        Path bundle = Files.createDirectories(run.resolve("b"));
        Path outside = Files.createDirectories(run.resolve("outside"));
        Canary canary = Canary.plant(outside.resolve("credentials"));
        List<String> names = new ArrayList<>();
        for (String folder : FOLDERS) {
            Files.createDirectories(bundle.resolve(folder));
            Files.writeString(bundle.resolve(folder).resolve("f"), "inside " + folder);
            names.add(folder.isEmpty() ? "f" : folder + "/f");
            if (!folder.isEmpty()) {
                names.add(folder);
            }
        }
        List<String> links = new ArrayList<>();
        int linkCount = 1 + random.nextInt(6);
        for (int i = 0; i < linkCount; i++) {
            String folder = FOLDERS.get(random.nextInt(FOLDERS.size()));
            String link = (folder.isEmpty() ? "" : folder + "/") + "l" + i;
            Files.createSymbolicLink(bundle.resolve(link), target(random, bundle, outside, names, links, folder));
            links.add(link);
        }
        List<String> steps = new ArrayList<>(names);
        steps.addAll(links);
        BundleRoot root = BundleRoot.of(bundle);
        for (int i = 0; i < PATHS_PER_ARRANGEMENT; i++) {
            String query = query(random, steps);
            verify("seed " + seed + ", path " + query + ", links " + describe(bundle, links), root, bundle, outside,
                    query);
        }
        canary.assertUntouched();
    }

    private static Path target(Random random, Path bundle, Path outside, List<String> names, List<String> links,
                               String folder) {
        String depth = "../".repeat(folder.isEmpty() ? 0 : folder.split("/").length);
        return switch (random.nextInt(8)) {
            case 0 -> Path.of(depth + names.get(random.nextInt(names.size())));
            case 1 -> bundle.resolve(names.get(random.nextInt(names.size())));
            case 2 -> links.isEmpty() ? Path.of("missing") : Path.of(depth + links.get(random.nextInt(links.size())));
            case 3 -> outside.resolve("credentials");
            case 4 -> Path.of(depth + "../outside");
            case 5 -> Path.of("..");
            case 6 -> Path.of("nothing-here");
            default -> Path.of(depth + "l" + random.nextInt(6));
        };
    }

    private static String query(Random random, List<String> steps) {
        StringBuilder query = new StringBuilder(steps.get(random.nextInt(steps.size())));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            query.append('/').append(switch (random.nextInt(4)) {
                case 0 -> "..";
                case 1 -> "f";
                case 2 -> "credentials";
                default -> "e";
            });
        }
        return query.toString();
    }

    private void verify(String context, BundleRoot root, Path bundle, Path outside, String query)
            throws IOException {
        Lookup found = root.look(Path.of(query));
        seen.merge(found.getClass(), 1, Integer::sum);
        Path real = realPath(bundle.resolve(query));
        if (found instanceof Lookup.File file) {
            assertThat(file.path()).as(context).startsWith(root.path());
            assertThat(real).as(context).isEqualTo(file.path());
            byte[] content = root.read(Path.of(query), query, 1024);
            assertThat(content).as(context).isEqualTo(Files.readAllBytes(real));
        }
        if (real != null && !real.startsWith(bundle.toRealPath())) {
            assertThat(found).as(context + " (the system finds " + real + ")").isInstanceOf(Lookup.LeadsOutside.class);
            assertThat(readFails(root, query)).as(context).isTrue();
        }
        if (found instanceof Lookup.Folder) {
            assertThat(real).as(context).isNotNull();
            assertThat(real).as(context).startsWith(bundle.toRealPath());
        }
        assertThat(real == null || !real.startsWith(outside.toRealPath()) || found instanceof Lookup.LeadsOutside)
                .as(context).isTrue();
    }

    private static boolean readFails(BundleRoot root, String query) {
        try {
            root.read(Path.of(query), query, 1024);
            return false;
        } catch (InvalidInputException e) {
            return true;
        }
    }

    /** Where the system's own resolution ends, or null when it finds nothing (missing, loop). */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            return null;
        } catch (FileSystemException e) {
            return null;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String describe(Path bundle, List<String> links) throws IOException {
        List<String> described = new ArrayList<>();
        for (String link : links) {
            described.add(link + " -> " + Files.readSymbolicLink(bundle.resolve(link)));
        }
        return Arrays.toString(described.toArray());
    }
}
