package dev.ccv.bundle;

import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
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
        extract(target, null);
    }

    /** Extracts into the private folder, stopping at once when it is removed (Ctrl-C, SIGTERM). */
    void extractTo(ExtractionFolder folder) {
        extract(folder.path(), folder);
    }

    private void extract(Path target, ExtractionFolder folder) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<ZipInspection.Planned> plan = ZipInspection.plan(archive, zip, display, limits);
            long zipBytes = Files.size(zip);
            Budget budget = new Budget(limits.budget(zipBytes), zipBytes);
            for (ZipInspection.Planned planned : plan) {
                if (folder == null) {
                    extract(archive, planned, target, budget, null);
                } else {
                    folder.write(() -> extract(archive, planned, target, budget, folder));
                }
            }
        } catch (ZipException e) {
            throw refuse("is not a readable zip archive (" + e.getMessage()
                    + "); check that it was copied whole, or give the bundle folder instead");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the archive may still write, counted on bytes actually written. */
    private static final class Budget {
        private final long zipBytes;
        private long left;
        private long written;

        Budget(long total, long zipBytes) {
            this.left = total;
            this.zipBytes = zipBytes;
        }
    }

    private Void extract(ZipFile archive, ZipInspection.Planned planned, Path target, Budget budget,
                         ExtractionFolder folder) throws IOException {
        String name = planned.entry().getName();
        Path destination = target.resolve(planned.path()).normalize();
        if (!destination.startsWith(target)) {
            // ZipInspection refuses these already; this guards against a path the file system reads differently
            throw refuse("entry \"" + name + "\" would land outside the bundle");
        }
        try {
            if (planned.entry().isDirectory()) {
                Files.createDirectories(destination);
                return null;
            }
            Files.createDirectories(destination.getParent());
            try (InputStream in = archive.getInputStream(planned.entry());
                 OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW)) {
                copy(in, out, planned.entry().getSize(), name, budget, folder);
            }
            return null;
        } catch (FileAlreadyExistsException e) {
            throw refuse("entry \"" + name + "\" clashes with another entry of the same path");
        } catch (FileSystemException e) {
            // a name too long for this file system, say: the entry is at fault, not the temporary folder
            throw refuse("entry \"" + name + "\" cannot be extracted on this system ("
                    + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason())
                    + "); rename it in the bundle and zip it again");
        }
    }

    private void copy(InputStream in, OutputStream out, long declared, String name, Budget budget,
                      ExtractionFolder folder) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER];
        long written = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            if (folder != null && folder.removing()) {
                throw new ExtractionFolder.Interrupted();
            }
            written += read;
            if (declared >= 0 && written > declared) {
                throw refuse("entry \"" + name + "\" holds more data than it declares; refusing a forged archive");
            }
            budget.written += read;
            if (budget.written > budget.left) {
                throw refuse(limits.expandsTooFar(budget.written, budget.zipBytes));
            }
            out.write(buffer, 0, read);
        }
    }

    private InvalidInputException refuse(String message) {
        return new InvalidInputException(new InputError(SourcePosition.of(display), message));
    }
}
