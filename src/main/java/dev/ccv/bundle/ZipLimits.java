package dev.ccv.bundle;

/**
 * How much a bundle zip may expand: entry count, total uncompressed size, the compression ratio of
 * any entry large enough to matter, and the ratio of the whole archive once it expands past
 * {@code archiveRatioCheckedAbove} (thousands of small entries of zeros pass the per-entry check).
 * Beyond them an archive is refused as a likely zip bomb; all are checked on the central directory
 * before anything is written and again on the bytes actually written. Workbooks (.xlsx, a zip of
 * XML) are held to the same limits, on the sizes declared and again on the bytes read.
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, long ratioCheckedAbove, int maxRatio,
                        long archiveRatioCheckedAbove) {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
    /** Small entries (text, YAML) legitimately compress far better than 100:1, and cannot hurt. */
    static final long RATIO_CHECKED_ABOVE = 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final long ARCHIVE_RATIO_CHECKED_ABOVE = 64L * 1024 * 1024;
    private static final long MIB = 1024 * 1024;

    public static final ZipLimits DEFAULT = new ZipLimits(MAX_ENTRIES, MAX_TOTAL_BYTES, RATIO_CHECKED_ABOVE, MAX_RATIO,
            ARCHIVE_RATIO_CHECKED_ABOVE);

    public ZipLimits(int maxEntries, long maxTotalBytes, long ratioCheckedAbove, int maxRatio) {
        this(maxEntries, maxTotalBytes, ratioCheckedAbove, maxRatio, ARCHIVE_RATIO_CHECKED_ABOVE);
    }

    /** The most an archive of {@code zipBytes} may write in all. */
    public long budget(long zipBytes) {
        long byRatio = zipBytes > Long.MAX_VALUE / maxRatio ? Long.MAX_VALUE : zipBytes * maxRatio;
        return Math.min(maxTotalBytes, Math.max(archiveRatioCheckedAbove, byRatio));
    }

    /** The message for an archive of {@code zipBytes} that expands to {@code total}, past its {@link #budget}. */
    public String expandsTooFar(long total, long zipBytes) {
        if (total > maxTotalBytes) {
            return "expands past the limit of " + maxTotalBytes / MIB + " MiB; refusing a likely zip bomb";
        }
        return "expands to " + total / MIB + " MiB from " + Math.max(1, zipBytes / 1024) + " KiB ("
                + total / Math.max(1, zipBytes) + " times), more than the limit of " + maxRatio
                + ":1 for an archive over " + archiveRatioCheckedAbove / MIB + " MiB; refusing a likely zip bomb";
    }
}
