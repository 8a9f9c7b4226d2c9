package dev.ccv.bundle;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the bundles under the PATH arguments of {@code ccv batch}, one at a time: every folder
 * holding {@code self-assessment.yaml} and every {@code .zip}, in the order of the PATH arguments
 * and, under each, in the byte order of the path relative to it. A bundle found is not searched
 * further. A symbolic link is followed only where it stays inside its PATH argument (and does not
 * lead back to a folder being searched); one leading out is reported to {@code warnings} and left.
 * Only the folder being listed and its ancestors' listings are held, never the bundles found.
 */
public final class BundleDiscovery implements Iterator<FoundBundle> {

    private static final String SELF_ASSESSMENT = BundleOpener.SELF_ASSESSMENT;
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key, BundleFiles.PATH_ORDER);

    private final Deque<SearchPath> paths;
    private final Consumer<String> warnings;
    private final Deque<Folder> folders = new ArrayDeque<>();
    private SearchPath argument;
    private Path argumentReal;
    private FoundBundle next;

    /** A PATH argument: where it is, and how the user wrote it, which the bundles found under it are shown with. */
    public record SearchPath(Path path, String given) {
    }

    private BundleDiscovery(List<SearchPath> paths, Consumer<String> warnings) {
        this.paths = new ArrayDeque<>(paths);
        this.warnings = warnings;
    }

    /** The bundles under {@code paths}, each an existing folder or file. */
    public static BundleDiscovery under(List<SearchPath> paths, Consumer<String> warnings) {
        return new BundleDiscovery(paths, warnings);
    }

    /** Whether {@code path} is a bundle itself: a folder holding a self-assessment, or a zip. */
    public static boolean isBundle(Path path) {
        return Files.isDirectory(path) ? Files.isRegularFile(path.resolve(SELF_ASSESSMENT)) : isZip(path);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!folders.isEmpty()) {
                next = step();
            } else if (!paths.isEmpty()) {
                next = begin(paths.removeFirst());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public FoundBundle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FoundBundle found = next;
        next = null;
        return found;
    }

    private FoundBundle begin(SearchPath search) {
        argument = search;
        Path path = search.path();
        if (isBundle(path)) {
            Path fileName = path.toAbsolutePath().normalize().getFileName();
            return new FoundBundle(path, fileName == null ? "." : fileName.toString(), search.given(), Optional.empty());
        }
        try {
            argumentReal = path.toRealPath();
        } catch (IOException e) {
            return unreadable(path, "", e);
        }
        return open(path, "", argumentReal);
    }

    /** The next bundle of the innermost folder, or null when it had none to give this time. */
    private FoundBundle step() {
        Folder folder = folders.peek();
        if (!folder.entries.hasNext()) {
            folders.pop();
            return null;
        }
        Entry entry = folder.entries.next();
        String name = folder.prefix + entry.name;
        return switch (entry.kind) {
            case BUNDLE -> new FoundBundle(entry.path, name, display(name), Optional.empty());
            case FOLDER -> open(entry.path, name + "/", entry.real);
            case LINK_NOT_FOLLOWED -> {
                warnings.accept("not followed: " + display(name) + " is a symbolic link " + entry.why);
                yield null;
            }
        };
    }

    /** Starts listing a folder to search; a folder that cannot be read is reported as a bundle that failed. */
    private FoundBundle open(Path folder, String prefix, Path real) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                classify(child, real).ifPresent(entries::add);
            }
        } catch (IOException e) {
            return unreadable(folder, prefix, e);
        }
        entries.sort(ORDER);
        folders.push(new Folder(prefix, real, entries.iterator()));
        return null;
    }

    /** What {@code child} of the folder really at {@code folderReal} is to the search, if anything. */
    private Optional<Entry> classify(Path child, Path folderReal) throws IOException {
        String name = child.getFileName().toString();
        BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Path real = folderReal.resolve(name);
        if (attributes.isSymbolicLink()) {
            Path target;
            try {
                target = child.toRealPath();
            } catch (IOException e) {
                return Optional.empty(); // a dangling link leads nowhere
            }
            Optional<String> why = whyNotFollowed(target, folderReal);
            if (why.isPresent()) {
                return Optional.of(new Entry(name, name, Kind.LINK_NOT_FOLLOWED, child, null, why.get()));
            }
            real = target;
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        }
        if (attributes.isDirectory()) {
            if (Files.isRegularFile(child.resolve(SELF_ASSESSMENT))) {
                return Optional.of(new Entry(name, name, Kind.BUNDLE, child, null, null));
            }
            return Optional.of(new Entry(name, name + "/", Kind.FOLDER, child, real, null));
        }
        return attributes.isRegularFile() && isZip(child)
                ? Optional.of(new Entry(name, name, Kind.BUNDLE, child, null, null)) : Optional.empty();
    }

    /** Why a link to {@code target} may not be followed: it leads out of the PATH, or back into a folder being searched. */
    private Optional<String> whyNotFollowed(Path target, Path realParent) {
        if (!target.startsWith(argumentReal)) {
            return Optional.of("leading outside " + argument.given());
        }
        // the folder being listed is not on the stack yet: its real path is the link's parent's
        if (target.equals(argumentReal) || target.equals(realParent)
                || folders.stream().anyMatch(folder -> target.equals(folder.real))) {
            return Optional.of("back to a folder it is in");
        }
        return Optional.empty();
    }

    private FoundBundle unreadable(Path folder, String prefix, IOException e) {
        String name = prefix.isEmpty() ? "." : prefix.substring(0, prefix.length() - 1);
        String why = e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        return new FoundBundle(folder, name, prefix.isEmpty() ? argument.given() : display(name),
                Optional.of("cannot read this folder (" + why + "); bundles in it, if any, were not validated"));
    }

    private String display(String name) {
        String given = argument.given();
        return given.endsWith("/") ? given + name : given + "/" + name;
    }

    private static boolean isZip(Path path) {
        Path fileName = path.getFileName();
        return fileName != null && Files.isRegularFile(path)
                && fileName.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private enum Kind { BUNDLE, FOLDER, LINK_NOT_FOLLOWED }

    /**
     * One thing found in a folder. A folder to search sorts as its name and '/', so that searching
     * folder by folder gives the byte order of the whole relative paths; a link not followed is
     * reported in that order too, with {@code why}.
     */
    private record Entry(String name, String key, Kind kind, Path path, Path real, String why) {
    }

    /** A folder being searched; {@code real} is where it really is, to recognise a link back into it. */
    private record Folder(String prefix, Path real, Iterator<Entry> entries) {
    }
}
