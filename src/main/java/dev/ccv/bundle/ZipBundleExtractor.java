package dev.ccv.bundle;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Extracts a bundle zip into a folder once {@link ZipInspection} has found it safe, counting the
 * bytes actually written, since the sizes an archive declares can lie.
 */
final class ZipBundleExtractor {

    private static final int COPY_BUFFER = 64 * 1024;

    private final Path zip;
    private final String display;
    private final ZipLimits limits;

    ZipBundleExtractor(Path zip, String display, ZipLimits limits) {
        this.zip = zip;
        this.display = display;
        this.limits = limits;
    }

    /** Extracts every entry under {@code target}, an empty folder; an unsafe archive writes nothing. */
    void extractTo(Path target) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<ZipInspection.Planned> plan = ZipInspection.plan(archive, zip, display, limits);
            long budget = limits.maxTotalBytes();
            for (ZipInspection.Planned planned : plan) {
                budget -= extract(archive, planned, target, budget);
            }
        } catch (ZipException e) {
            throw refuse("is not a readable zip archive (" + e.getMessage()
                    + "); check that it was copied whole, or give the bundle folder instead");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long extract(ZipFile archive, ZipInspection.Planned planned, Path target, long budget) throws IOException {
        Path destination = target.resolve(planned.path()).normalize();
        if (!destination.startsWith(target)) {
            // ZipInspection refuses these already; this guards against a path the file system reads differently
            throw refuse("entry \"" + planned.entry().getName() + "\" would land outside the bundle");
        }
        try {
            if (planned.entry().isDirectory()) {
                Files.createDirectories(destination);
                return 0;
            }
            Files.createDirectories(destination.getParent());
            long declared = planned.entry().getSize();
            long allowed = declared >= 0 ? Math.min(declared, budget) : budget;
            try (InputStream in = archive.getInputStream(planned.entry());
                 OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
                return copy(in, out, allowed, planned.entry().getName());
            }
        } catch (FileAlreadyExistsException e) {
            throw refuse("entry \"" + planned.entry().getName() + "\" clashes with another entry of the same path");
        }
    }

    private long copy(InputStream in, OutputStream out, long allowed, String name) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER];
        long written = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            written += read;
            if (written > allowed) {
                throw refuse("entry \"" + name + "\" holds more data than it declares; refusing a forged archive");
            }
            out.write(buffer, 0, read);
        }
        return written;
    }

    private InvalidInputException refuse(String message) {
        return new InvalidInputException(new InputError(SourcePosition.of(display), message));
    }
}
