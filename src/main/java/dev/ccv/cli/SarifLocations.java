package dev.ccv.cli;

import dev.ccv.report.sarif.UriBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Where the SARIF report roots its file locations for one run, so that code scanning, which
 * resolves them against the repository root, lands each alert on the real file.
 */
final class SarifLocations {

    static final String OPTION = "--sarif-bundle-path";

    private SarifLocations() {
    }

    /**
     * The base for a bundle: the path the user gave with {@value #OPTION}; else the bundle folder's
     * path from the working directory when it lies under it; else the bundle's own root (a zip, or a
     * folder elsewhere), declared as such. The bundle's root is found as the bundle opener finds it:
     * a folder is its own root, a self-assessment file's root is {@code --bundle-root} or its folder.
     */
    static UriBase choose(Path workingDirectory, BundleInput input, String given) {
        if (given != null) {
            return UriBase.sourceRoot(given);
        }
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        Path path = input.path().toAbsolutePath().normalize();
        boolean folder = Files.isDirectory(path);
        if (!folder && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            String name = path.startsWith(cwd) ? slashed(cwd.relativize(path)) : String.valueOf(path.getFileName());
            return UriBase.bundleRoot("The root folder inside the bundle archive " + name
                    + "; give " + OPTION + " to place it in the repository.");
        }
        Path root = folder ? path : input.bundleRoot() != null ? input.bundleRoot() : path.getParent();
        root = root.toAbsolutePath().normalize();
        if (root.startsWith(cwd)) {
            return UriBase.sourceRoot(slashed(cwd.relativize(root)));
        }
        return UriBase.bundleRoot("The root folder of the evidence bundle, outside the folder ccv ran in; give "
                + OPTION + " to place it in the repository.");
    }

    /** Reads the option: a relative, '/'-separated path that stays inside the repository. */
    static final class Converter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String given) {
            String path = given.replace('\\', '/');
            while (path.startsWith("./")) {
                path = path.substring(2);
            }
            boolean escapes = path.equals("..") || path.startsWith("../") || path.contains("/../")
                    || path.endsWith("/..");
            if (path.startsWith("/") || escapes || path.indexOf(':') >= 0) {
                throw new CommandLine.TypeConversionException("`" + given + "` is not a path inside the repository;"
                        + " write the bundle folder's path relative to the repository root, such as bundles/acme");
            }
            return path.equals(".") ? "" : path;
        }
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
