package dev.ccv.model;

/** Where something came from in an input file: the file as the user named it, 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code file:line:column}, or just the file when the line is unknown. */
    @Override
    public String toString() {
        if (!hasLine()) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
