package dev.ccv.files;

import java.nio.file.Path;

/**
 * What {@link BundleRoot#look} found at a path inside a bundle, without opening anything. Every kind
 * but {@link File} comes with the sentence a user reads about it.
 */
public sealed interface Lookup {

    /** What is wrong with this path for someone who expected a file there; null for a {@link File}. */
    String problem();

    /** A regular file inside the bundle; {@code path} is link-free and absolute, {@code size} as stat says. */
    record File(Path path, long size) implements Lookup {
        @Override
        public String problem() {
            return null;
        }
    }

    /** Nothing there (or a file where a folder on the way was expected). */
    record Missing() implements Lookup {
        @Override
        public String problem() {
            return "file not found";
        }
    }

    record Folder() implements Lookup {
        @Override
        public String problem() {
            return "is a folder; name a file";
        }
    }

    /** A FIFO, device or socket: never opened, since opening one can block forever or never end. */
    record Special(String kind) implements Lookup {
        @Override
        public String problem() {
            return "is " + kind + ", not a regular file; a bundle holds only files and folders";
        }
    }

    /** A symbolic link on the way whose target is outside the bundle; {@code link} is relative to the root. */
    record LeadsOutside(String link) implements Lookup {
        @Override
        public String problem() {
            return "leads outside the bundle through the symbolic link `" + link
                    + "`; put the file itself in the bundle";
        }
    }

    /** Symbolic links that point at each other (or more than {@value BundleRoot#MAX_LINK_HOPS} in a row). */
    record LinkLoop(String link) implements Lookup {
        @Override
        public String problem() {
            return "cannot be resolved: the symbolic link `" + link + "` is part of a loop of links";
        }
    }

    /** A folder on the way that ccv may not look into. */
    record Unreadable(String folder, String reason) implements Lookup {
        @Override
        public String problem() {
            return "cannot be read: the folder `" + folder + "` is not readable (" + reason
                    + "); give the user running ccv access to it";
        }
    }
}
