package dev.ccv.bundle;

/**
 * How much a bundle zip may expand: entry count, total uncompressed size, and the compression
 * ratio of any entry large enough to matter. Beyond them an archive is refused as a likely zip bomb.
 * Workbooks (.xlsx, a zip of XML) are held to the same limits.
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, long ratioCheckedAbove, int maxRatio) {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    /** Small entries (text, YAML) legitimately compress far better than 100:1, and cannot hurt. */
    static final long RATIO_CHECKED_ABOVE = 1024 * 1024;
    static final int MAX_RATIO = 100;

    public static final ZipLimits DEFAULT = new ZipLimits(MAX_ENTRIES, MAX_TOTAL_BYTES, RATIO_CHECKED_ABOVE, MAX_RATIO);
}
