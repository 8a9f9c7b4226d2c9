package dev.ccv.bundle;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Decides, from a zip's central directory alone and before anything is written, whether it is
 * safe to extract: where each entry would land, whether it is a link, and how far it expands.
 */
final class ZipInspection {

    private static final String REBUILD = "; rebuild the zip from inside the bundle folder, with relative paths";
    private static final int REGULAR_TYPE = 0100000;
    private static final int DIRECTORY_TYPE = 0040000;
    private static final long MIB = 1024 * 1024;
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/");

    /** An entry that may be extracted, at {@code path} relative to the extraction folder. */
    record Planned(ZipEntry entry, String path) {
    }

    private ZipInspection() {
    }

    /** The entries to extract, in archive order; any unsafe entry or limit refuses the whole archive. */
    static List<Planned> plan(ZipFile archive, Path zip, String display, ZipLimits limits) throws IOException {
        SourcePosition position = SourcePosition.of(display);
        if (archive.size() > limits.maxEntries()) {
            throw new InvalidInputException(new InputError(position, "has " + archive.size()
                    + " entries, more than the limit of " + limits.maxEntries()
                    + "; a bundle needs far fewer files, so this is probably not the right archive"));
        }
        Map<String, Integer> modes = CentralDirectory.unixModes(zip);
        List<InputError> errors = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        for (ZipEntry entry : archive.stream().toList()) {
            String problem = problem(entry, modes.getOrDefault(entry.getName(), 0), limits);
            String path = normalized(entry.getName());
            if (problem == null && !entry.isDirectory() && !seen.add(path)) {
                problem = "names a file already in the zip; keep one copy of each file";
            }
            if (problem != null) {
                errors.add(new InputError(position, "entry \"" + entry.getName() + "\" " + problem));
            } else if (!path.isEmpty()) {
                plan.add(new Planned(entry, path));
            }
            total += Math.max(0, entry.getSize());
        }
        if (total > limits.maxTotalBytes()) {
            errors.add(new InputError(position, "expands to " + total / MIB + " MiB, more than the limit of "
                    + limits.maxTotalBytes() / MIB + " MiB; refusing a likely zip bomb"));
        } else if (errors.isEmpty() && total > limits.budget(Files.size(zip))) {
            errors.add(new InputError(position, limits.expandsTooFar(total, Files.size(zip))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return plan;
    }

    private static String problem(ZipEntry entry, int mode, ZipLimits limits) {
        String name = entry.getName().replace('\\', '/');
        if (name.startsWith("/") || WINDOWS_DRIVE.matcher(name).lookingAt()) {
            return "is an absolute path" + REBUILD;
        }
        if (Arrays.asList(name.split("/")).contains("..")) {
            return "would land outside the bundle" + REBUILD;
        }
        if (!usableName(name)) {
            return "has a name this system cannot give a file; rename it in the bundle and zip it again";
        }
        int type = mode & CentralDirectory.TYPE_MASK;
        if (CentralDirectory.isSymlink(mode)) {
            return "is a symbolic link; put the file itself in the zip (zip without --symlinks)";
        }
        if (type != 0 && type != REGULAR_TYPE && type != DIRECTORY_TYPE) {
            return "is not a regular file or folder; a bundle holds only files and folders";
        }
        long size = entry.getSize();
        long compressed = Math.max(1, entry.getCompressedSize());
        if (size > limits.ratioCheckedAbove() && size / compressed > limits.maxRatio()) {
            return "expands " + size / compressed + " times (" + size / MIB + " MiB), more than the limit of "
                    + limits.maxRatio() + ":1; refusing a likely zip bomb";
        }
        return null;
    }

    private static boolean usableName(String name) {
        try {
            FileSystems.getDefault().getPath(name);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The entry's path with '/' and without empty or {@code .} segments; empty for the top folder itself. */
    static String normalized(String name) {
        return Arrays.stream(name.replace('\\', '/').split("/"))
                .filter(segment -> !segment.isEmpty() && !segment.equals("."))
                .collect(Collectors.joining("/"));
    }
}
