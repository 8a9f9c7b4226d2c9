package dev.ccv.cli;

import dev.ccv.files.BundleRoot;
import dev.ccv.model.Audit;
import dev.ccv.model.AuditFinding;
import dev.ccv.model.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The SHA-256 of each remediation evidence file that exists, by its path in the bundle, so that
 * a report says exactly which file closed a finding. Only a few files, hashed one after another,
 * each opened through {@link BundleRoot} like every other file of the bundle.
 */
final class RemediationDigests {

    private RemediationDigests() {
    }

    static Map<String, String> of(Path root, Optional<Audit> audit) {
        Map<String, String> digests = new TreeMap<>();
        if (audit.isEmpty()) {
            return digests;
        }
        BundleRoot bundle = BundleRoot.of(root);
        for (AuditFinding finding : audit.get().findings()) {
            for (Evidence evidence : finding.remediationEvidence()) {
                if (evidence instanceof Evidence.Local local && local.exists() && !digests.containsKey(local.path())) {
                    digests.put(local.path(), sha256(bundle, local.path()));
                }
            }
        }
        return digests;
    }

    private static String sha256(BundleRoot bundle, String path) {
        try (SeekableByteChannel channel = bundle.open(Path.of(path), path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
