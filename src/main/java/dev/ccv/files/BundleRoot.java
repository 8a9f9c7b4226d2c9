package dev.ccv.files;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The one way to open a file of a bundle, which is hostile input (like Go's {@code os.Root}): every
 * path is taken relative to the root and walked one name at a time without following links
 * ({@code NOFOLLOW_LINKS}); a symbolic link is followed only while its target stays inside the root,
 * and one that leads out is refused, naming the link and never reading its target. Only regular files
 * are opened: a FIFO, device, socket or folder is refused after an {@code lstat}, before any
 * {@code open} that could block. Reads stop at the caller's limit plus one byte.
 *
 * <p>Use: {@code BundleRoot root = BundleRoot.of(folder);} then {@link #look} to ask what a path is
 * (evidence), {@link #read} for a whole file under a size limit (YAML, manifests), or {@link #open}
 * for a channel to stream (hashing; the caller closes it). Paths are relative to the root, with
 * {@code /}; the root itself was named by the user, so it may be a link.
 *
 * <p>On Linux (and wherever the JDK offers a {@link SecureDirectoryStream}) the open walks the
 * link-free path from the root's descriptor with {@code openat(O_NOFOLLOW)}, so a folder swapped for a
 * link after the check fails instead of being followed. Not closed: a regular file swapped for a FIFO
 * between the {@code lstat} and the {@code open} (Java has no {@code O_NONBLOCK} open); that takes a
 * process writing in the bundle while ccv runs.
 */
public final class BundleRoot {

    /** As Linux: more links than this in one path is a loop. */
    static final int MAX_LINK_HOPS = 40;

    private final Path root;
    /** The root as named, when it is a link: absolute link targets may be written against it too. */
    private final Path named;

    private BundleRoot(Path root, Path named) {
        this.root = root;
        this.named = named;
    }

    /** The bundle rooted at {@code folder} (which the user named: it may be a link; it need not exist yet). */
    public static BundleRoot of(Path folder) {
        Path named = folder.toAbsolutePath().normalize();
        try {
            return new BundleRoot(named.toRealPath(), named);
        } catch (IOException e) {
            return new BundleRoot(named, named);
        }
    }

    /** The root folder, absolute and (when it exists) without links. */
    public Path path() {
        return root;
    }

    /** What {@code relative} names inside the bundle, following links only while they stay inside it. */
    public Lookup look(Path relative) {
        return resolve(relative).lookup();
    }

    /**
     * The whole content of the regular file at {@code relative}, at most {@code maxBytes}; anything else
     * is an {@link InvalidInputException} at {@code displayName} saying what is there instead.
     */
    public byte[] read(Path relative, String displayName, long maxBytes) {
        Resolved resolved = require(relative, displayName);
        try (SeekableByteChannel channel = openResolved(resolved.names())) {
            return BoundedRead.read(channel, resolved.size(), maxBytes, displayName);
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    /** A channel on the regular file at {@code relative}, for the caller to read and close. */
    public SeekableByteChannel open(Path relative, String displayName) {
        Resolved resolved = require(relative, displayName);
        try {
            return openResolved(resolved.names());
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    private Resolved require(Path relative, String displayName) {
        Resolved resolved = resolve(relative);
        String problem = resolved.lookup().problem();
        if (problem != null) {
            throw new InvalidInputException(new InputError(SourcePosition.of(displayName), problem));
        }
        return resolved;
    }

    /** The outcome of a walk: what is there, and for a file its link-free names under the root. */
    private record Resolved(Lookup lookup, List<String> names, long size) {
        static Resolved not(Lookup lookup) {
            return new Resolved(lookup, List.of(), -1);
        }
    }

    private Resolved resolve(Path relative) {
        if (relative.isAbsolute()) {
            return Resolved.not(new Lookup.LeadsOutside(relative.toString()));
        }
        Deque<String> pending = new ArrayDeque<>();
        pushFront(pending, relative);
        List<String> names = new ArrayList<>();
        BasicFileAttributes last = null;
        String lastLink = null;
        int hops = 0;
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    return Resolved.not(new Lookup.LeadsOutside(lastLink == null ? relative.toString() : lastLink));
                }
                names.remove(names.size() - 1);
                last = null;
                continue;
            }
            Path here = at(names).resolve(name);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(here, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return Resolved.not(new Lookup.Missing());
            } catch (AccessDeniedException e) {
                return Resolved.not(new Lookup.Unreadable(names.isEmpty() ? "." : String.join("/", names),
                        "permission denied"));
            } catch (IOException e) {
                // ENOTDIR and the like: a file stands where a folder was expected
                return Resolved.not(new Lookup.Missing());
            }
            if (attributes.isSymbolicLink()) {
                String link = names.isEmpty() ? name : String.join("/", names) + "/" + name;
                if (++hops > MAX_LINK_HOPS) {
                    return Resolved.not(new Lookup.LinkLoop(link));
                }
                lastLink = link;
                Path target;
                try {
                    target = Files.readSymbolicLink(here);
                } catch (IOException e) {
                    return Resolved.not(new Lookup.Unreadable(link, "the link cannot be read"));
                }
                if (target.isAbsolute()) {
                    Path inside = insideRoot(target.normalize());
                    if (inside == null) {
                        return Resolved.not(new Lookup.LeadsOutside(link));
                    }
                    names.clear();
                    target = inside;
                }
                pushFront(pending, target);
                last = null;
                continue;
            }
            if (!pending.isEmpty() && !attributes.isDirectory()) {
                return Resolved.not(new Lookup.Missing());
            }
            names.add(name);
            last = attributes;
        }
        return classify(names, last);
    }

    private Resolved classify(List<String> names, BasicFileAttributes attributes) {
        if (names.isEmpty()) {
            return Resolved.not(new Lookup.Folder());
        }
        Path path = at(names);
        if (attributes == null) {
            // the last step was a `..`: look at where it ended, which is a folder on a link-free path
            return Resolved.not(new Lookup.Folder());
        }
        if (attributes.isRegularFile()) {
            return new Resolved(new Lookup.File(path, attributes.size()), List.copyOf(names), attributes.size());
        }
        if (attributes.isDirectory()) {
            return Resolved.not(new Lookup.Folder());
        }
        return Resolved.not(new Lookup.Special(FileKinds.describe(path, LinkOption.NOFOLLOW_LINKS)));
    }

    /** {@code target} (absolute) relative to the root, null when it is not under the root. */
    private Path insideRoot(Path target) {
        if (target.startsWith(root)) {
            return root.relativize(target);
        }
        if (target.startsWith(named)) {
            return named.relativize(target);
        }
        return null;
    }

    private Path at(List<String> names) {
        Path path = root;
        for (String name : names) {
            path = path.resolve(name);
        }
        return path;
    }

    private static void pushFront(Deque<String> pending, Path path) {
        List<String> names = new ArrayList<>();
        for (Path name : path) {
            String text = name.toString();
            if (!text.isEmpty() && !text.equals(".")) {
                names.add(text);
            }
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            pending.push(names.get(i));
        }
    }

    /** Opens a link-free path from the root's descriptor, refusing a link at any step (O_NOFOLLOW). */
    private SeekableByteChannel openResolved(List<String> names) throws IOException {
        Set<StandardOpenOption> read = Set.of(StandardOpenOption.READ);
        try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
            if (!(top instanceof SecureDirectoryStream<Path> secure)) {
                return Files.newByteChannel(at(names), read.iterator().next(), LinkOption.NOFOLLOW_LINKS);
            }
            List<SecureDirectoryStream<Path>> opened = new ArrayList<>();
            try {
                SecureDirectoryStream<Path> folder = secure;
                for (String name : names.subList(0, names.size() - 1)) {
                    folder = folder.newDirectoryStream(Path.of(name), LinkOption.NOFOLLOW_LINKS);
                    opened.add(folder);
                }
                return folder.newByteChannel(Path.of(names.get(names.size() - 1)),
                        Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
            } finally {
                for (SecureDirectoryStream<Path> folder : opened) {
                    folder.close();
                }
            }
        }
    }

    private static InvalidInputException unreadable(String displayName, IOException e) {
        return new InvalidInputException(new InputError(SourcePosition.of(displayName),
                "cannot read the file (" + GivenFile.reason(e) + ")"));
    }
}
