package dev.ccv.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Folders of bundles for batch tests, made from the examples in a scratch folder. */
final class Portfolios {

    private Portfolios() {
    }

    /**
     * {@code folder/bundles} holding one bundle of every outcome: passing, failing, an audit, a zip,
     * an invalid one, a tampered sealed one; besides them a folder without bundles and, inside a
     * bundle, a bundle that must not be found.
     */
    static Path mixed(Path folder) {
        Path bundles = folder.resolve("bundles");
        copy("passing-precheck", bundles.resolve("acme/devops"));
        copy("passing-precheck", bundles.resolve("acme/devops/nested-copy"));
        copy("failing-precheck", bundles.resolve("bluewave"));
        copy("audit-remediated", bundles.resolve("northwind"));
        zip(copy("audit-case-study-removed", folder.resolve("scratch/woodgrove")), bundles.resolve("archive/woodgrove.zip"));
        Path broken = copy("passing-precheck", bundles.resolve("broken"));
        replace(broken.resolve("self-assessment.yaml"), "  tier: advanced\n", "  tier: gold\n");
        Path tampered = copy("passing-precheck", bundles.resolve("tampered"));
        CliRun seal = CliRun.of("manifest", tampered.toString());
        if (seal.exitCode() != 0) {
            throw new IllegalStateException("ccv manifest failed: " + seal.err());
        }
        append(tampered.resolve("evidence/cost-review.md"), "\nchanged after sealing\n");
        write(bundles.resolve("notes/readme.txt"), "not a bundle\n");
        return bundles;
    }

    /** Copies {@code examples/NAME} to {@code target}. */
    static Path copy(String example, Path target) {
        Path source = Path.of("examples", example);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zips the bundle folder {@code source} (as its one top folder) into {@code zip}. */
    static void zip(Path source, Path zip) {
        try {
            Files.createDirectories(zip.getParent());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
                for (Path file : files) {
                    String name = source.getFileName() + "/" + source.relativize(file).toString().replace('\\', '/');
                    archive.putNextEntry(new ZipEntry(name));
                    archive.write(Files.readAllBytes(file));
                    archive.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path file, String text, String replacement) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (!content.contains(text)) {
                throw new IllegalArgumentException(file + " does not hold " + text);
            }
            Files.writeString(file, content.replace(text, replacement), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
