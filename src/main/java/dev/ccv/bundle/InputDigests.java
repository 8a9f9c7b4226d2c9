package dev.ccv.bundle;

import dev.ccv.model.InputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The files a run read, each with its SHA-256, as every report lists them. */
public final class InputDigests {

    private InputDigests() {
    }

    /** One {@link InputFile} per file, in the order given, named as the bundle displays it. */
    public static List<InputFile> of(OpenedBundle bundle, List<Path> files) {
        Map<Path, String> digests = new ParallelHasher().hashAll(files, ProgressListener.NONE);
        return files.stream().map(file -> new InputFile(bundle.displayName(file), digests.get(file))).toList();
    }

    /**
     * {@link #of} begun in the background, so that hashing overlaps reading the same files: the
     * self-assessment of a large bundle is megabytes, and hashing it costs a cold JVM a tenth of a second.
     */
    public static BackgroundTask<List<InputFile>> start(OpenedBundle bundle, List<Path> files) {
        return BackgroundTask.start("ccv-input-digests", () -> of(bundle, files));
    }
}
