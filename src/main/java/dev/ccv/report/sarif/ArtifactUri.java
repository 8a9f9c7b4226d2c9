package dev.ccv.report.sarif;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * An input file's path as a SARIF {@code artifactLocation.uri}: a relative URI reference, with
 * spaces and other characters that URIs cannot hold percent-encoded.
 */
public final class ArtifactUri {

    private ArtifactUri() {
    }

    public static String of(String path) {
        // "./" keeps a first segment such as "C:" from reading as a URI scheme
        String relative = path.indexOf(':') >= 0 && path.indexOf(':') < firstSlash(path) ? "./" + path : path;
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file path: " + path, e);
        }
    }

    /** A file outside every base, named by its absolute path: a {@code file:} URI. */
    public static String ofAbsolute(String path) {
        String slashed = path.replace('\\', '/');
        try {
            return new URI("file", "", slashed.startsWith("/") ? slashed : "/" + slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file path: " + path, e);
        }
    }

    private static int firstSlash(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path.length() : slash;
    }
}
