package dev.ccv.model;

/** One evidence reference: a file in the bundle or an external URL (recorded, never fetched). */
public sealed interface Evidence permits Evidence.Local, Evidence.External {

    /** The reference as the user wrote it. */
    String reference();

    SourcePosition position();

    /** A path relative to the bundle root; {@code exists} was checked when the bundle was loaded. */
    record Local(String reference, boolean exists, SourcePosition position) implements Evidence {

        /** The path for display and for comparing with a manifest: '/' separators, no '.' or 'x/..' parts. */
        public String path() {
            return java.nio.file.Path.of(reference.replace('\\', '/')).normalize().toString()
                    .replace(java.io.File.separatorChar, '/');
        }
    }

    /** An {@code https://} URL: external, not verified. */
    record External(String reference, SourcePosition position) implements Evidence {
    }
}
