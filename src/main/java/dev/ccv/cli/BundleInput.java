package dev.ccv.cli;

import java.nio.file.Path;

/**
 * What one validation reads: a bundle folder, a {@code .zip} or a self-assessment file; with a
 * self-assessment file, optionally an audit record and the folder evidence lives in (either may be null).
 */
record BundleInput(Path path, Path audit, Path bundleRoot) {

    /** A bundle folder or zip, which holds its own audit record and evidence. */
    static BundleInput bundle(Path path) {
        return new BundleInput(path, null, null);
    }
}
