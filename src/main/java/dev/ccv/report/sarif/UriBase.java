package dev.ccv.report.sarif;

/**
 * Where the SARIF log's file locations are rooted, so that code scanning puts each result on the
 * real file: the base id the log declares in {@code originalUriBaseIds}, and the path that leads
 * from that base to the bundle's root.
 *
 * <p>{@link #SOURCE_ROOT} is the folder ccv ran in (in CI, the repository root): a bundle under it
 * gets URIs such as {@code bundles/acme/self-assessment.yaml}. A bundle that cannot be reached that
 * way (a zip, a folder elsewhere) gets URIs relative to its own root under {@link #BUNDLE_ROOT}.
 * Neither base is written as an absolute URI, so the log stays the same on every machine.
 *
 * @param id          the base id, {@code %SRCROOT%} or {@code BUNDLEROOT}
 * @param bundlePath  the bundle root's path under the base, '/'-separated, empty or ending in '/'
 * @param description what the base is, for a person reading the log
 */
public record UriBase(String id, String bundlePath, String description) {

    public static final String SOURCE_ROOT = "%SRCROOT%";
    public static final String BUNDLE_ROOT = "BUNDLEROOT";

    /** URIs relative to the bundle's own root: reports rendered without knowing where the bundle lies. */
    public static final UriBase OWN_ROOT = bundleRoot("The root folder of the evidence bundle.");

    public UriBase {
        if (!bundlePath.isEmpty() && !bundlePath.endsWith("/")) {
            bundlePath = bundlePath + "/";
        }
    }

    /** A bundle at {@code bundlePath} under the folder ccv ran in. */
    public static UriBase sourceRoot(String bundlePath) {
        return new UriBase(SOURCE_ROOT, bundlePath,
                "The folder ccv ran in (in CI, the repository root); URIs under it name the bundle's files there.");
    }

    public static UriBase bundleRoot(String description) {
        return new UriBase(BUNDLE_ROOT, "", description);
    }

    /** The URI of a file ccv names by its path in the bundle, or by an absolute path when it lies outside. */
    public String uriOf(String path) {
        return isAbsolute(path) ? ArtifactUri.ofAbsolute(path) : ArtifactUri.of(bundlePath + path);
    }

    /** Whether a file named this way is located under this base ({@code uriBaseId}); absolute ones are not. */
    public boolean covers(String path) {
        return !isAbsolute(path);
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.length() > 2 && path.charAt(1) == ':'
                && (path.charAt(2) == '\\' || path.charAt(2) == '/');
    }
}
