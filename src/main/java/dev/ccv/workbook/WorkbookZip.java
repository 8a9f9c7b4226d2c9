package dev.ccv.workbook;

import dev.ccv.bundle.ZipLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The parts of a workbook's zip, read under the limits of bundle zips: entry count and declared
 * sizes checked before anything is read, then the bytes actually inflated counted against the
 * total, the whole archive's compression ratio and each part's (declared sizes can lie). One part
 * is also held to the size of the largest file ccv reads, since it is parsed in memory.
 */
final class WorkbookZip {

    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final long MIB = 1024 * 1024;
    private static final String BOMB = "; refusing a likely zip bomb";

    private final ZipFile zip;
    private final ZipLimits limits;
    private final long zipBytes;
    /** The most all parts read may expand to: the total limit, or less for a small archive (its ratio). */
    private final long budget;
    private long read;

    /**
     * Checks the entry count and the sizes the archive of {@code zipBytes} declares; a
     * {@link WorkbookException} when over a limit.
     */
    WorkbookZip(ZipFile zip, ZipLimits limits, long zipBytes) {
        this.zip = zip;
        this.limits = limits;
        this.zipBytes = zipBytes;
        this.budget = limits.budget(zipBytes);
        if (zip.size() > limits.maxEntries()) {
            throw new WorkbookException("has " + zip.size() + " entries, more than the limit of "
                    + limits.maxEntries() + "; a workbook needs far fewer" + BOMB);
        }
        long declared = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            declared += Math.max(0, entry.getSize());
            checkRatio(entry, entry.getSize());
        }
        if (declared > limits.maxTotalBytes()) {
            throw new WorkbookException("expands to " + declared / MIB + " MiB, more than the limit of "
                    + limits.maxTotalBytes() / MIB + " MiB" + BOMB);
        }
        if (declared > budget) {
            throw new WorkbookException(limits.expandsTooFar(declared, zipBytes));
        }
    }

    /** The part's bytes, or empty when the workbook has no such part. */
    Optional<byte[]> read(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long partRead = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                partRead += n;
                read += n;
                checkRatio(entry, partRead);
                if (read > budget) {
                    throw new WorkbookException(limits.expandsTooFar(read, zipBytes));
                }
                if (partRead > MAX_PART_BYTES) {
                    throw new WorkbookException("part " + name + " expands past " + MAX_PART_BYTES / MIB
                            + " MiB, more than a workbook of answers needs" + BOMB);
                }
                bytes.write(buffer, 0, n);
            }
        }
        return Optional.of(bytes.toByteArray());
    }

    private void checkRatio(ZipEntry entry, long size) {
        long compressed = Math.max(1, entry.getCompressedSize());
        if (size > limits.ratioCheckedAbove() && size / compressed > limits.maxRatio()) {
            throw new WorkbookException("part " + entry.getName() + " expands " + size / compressed
                    + " times, more than the limit of " + limits.maxRatio() + ":1" + BOMB);
        }
    }
}
