package dev.ccv.model;

/** A file that went into a run, with its SHA-256, listed in every report. */
public record InputFile(String path, String sha256) {
}
