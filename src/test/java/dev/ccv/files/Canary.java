package dev.ccv.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A secret file outside a bundle, and proof that a run neither changed it nor read it: its
 * checksum, its mtime and its access time (set in the past, so that any read moves it even under
 * {@code relatime}).
 */
public record Canary(Path file, String sha256, FileTime modified) {

    public static final String SECRET = "aws_access_key_id = AKIACANARYCANARY0000";
    private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

    public static Canary plant(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, SECRET + "\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, LONG_AGO);
            Files.setAttribute(file, "lastAccessTime", LONG_AGO);
            return new Canary(file, sha256(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unchanged, unread, and the given output does not show it. */
    public void assertUntouched(String... outputs) {
        try {
            assertThat(sha256(file)).as("canary content").isEqualTo(sha256);
            assertThat(Files.getLastModifiedTime(file)).as("canary mtime").isEqualTo(modified);
            assertThat(Files.getAttribute(file, "lastAccessTime")).as("canary atime (read?)").isEqualTo(LONG_AGO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String output : outputs) {
            assertThat(output).doesNotContain("AKIACANARY");
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            // hashing the canary reads it: put its access time back afterwards
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            Files.setAttribute(file, "lastAccessTime", LONG_AGO);
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
