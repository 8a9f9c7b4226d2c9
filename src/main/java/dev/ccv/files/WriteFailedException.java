package dev.ccv.files;

/** A file ccv was asked to write could not be written (exit 2); the message names the file and why. */
public final class WriteFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WriteFailedException(String displayName, String reason) {
        super(displayName + ": " + reason);
    }
}
