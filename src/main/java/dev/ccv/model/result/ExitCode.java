package dev.ccv.model.result;

/** The process exit codes, the stable contract with CI jobs. */
public enum ExitCode {
    PASS(0, "the verdict is pass"),
    FAIL(1, "the verdict is fail"),
    INVALID_INPUT(2, "invalid input or usage; nothing was evaluated"),
    INTEGRITY_FAILURE(3, "the bundle does not match its MANIFEST.sha256"),
    INTERNAL_ERROR(70, "internal error (a bug in ccv)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
