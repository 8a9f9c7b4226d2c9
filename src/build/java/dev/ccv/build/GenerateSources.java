package dev.ccv.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step, run by Maven before compiling (see pom.xml): writes the Java sources that carry what
 * a run used to read from the jar as resources, so that a run never opens the jar from Java code:
 * <ul>
 *   <li>{@code dev/ccv/loading/BuiltInChecklists.java}: every {@code checklists/*.yaml}, name and text;</li>
 *   <li>{@code dev/ccv/cli/BuildVersion.java}: the version from pom.xml.</li>
 * </ul>
 *
 * <p>Why: {@code ./ccv} puts the jar on the boot class path, where the JVM reads classes through its
 * own zip reader; the first resource read from Java parses the jar's index of some 2,000 entries
 * in the interpreter and inflates the entry, ~8 ms of a 200 ms run (README, Performance).
 *
 * <p>Each text is one string constant, written as literals of at most {@value #CHUNK} characters
 * joined with {@code +}, which javac folds into one; a text of more than the 65,535 bytes a constant
 * may hold is joined at run time instead. Everything outside printable ASCII is escaped. A text is
 * made when asked for: a validation needs one. A file is written only when its content changes, so
 * that Maven does not recompile for nothing.
 *
 * <p>Usage, a single-file program: {@code java GenerateSources.java CHECKLISTS_DIR OUTPUT_DIR VERSION}.
 */
public final class GenerateSources {

    static final int CHUNK = 4_000;
    /** The most bytes of (modified) UTF-8 a class file's string constant holds. */
    static final int MAX_CONSTANT = 65_535;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GenerateSources CHECKLISTS_DIR OUTPUT_DIR VERSION");
            System.exit(2);
        }
        Path checklists = Path.of(args[0]);
        Path output = Path.of(args[1]);
        write(output.resolve("dev/ccv/loading/BuiltInChecklists.java"), builtInChecklists(checklists));
        write(output.resolve("dev/ccv/cli/BuildVersion.java"), buildVersion(args[2]));
    }

    static String builtInChecklists(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted().toList();
        }
        List<String> names = files.stream().map(f -> literal(f.getFileName().toString())).toList();
        StringBuilder java = new StringBuilder(header("checklists/*.yaml")).append("""
                package dev.ccv.loading;

                import java.util.List;

                /** The built-in checklists, from checklists/ when this jar was built. */
                final class BuiltInChecklists {

                    /** The file names, sorted. */
                    static final List<String> NAMES = List.of(
                            %s);

                    private BuiltInChecklists() {
                    }

                    /** The text of the file with this name; null for a name not in {@link #NAMES}. */
                    static String text(String name) {
                        return switch (name) {
                """.formatted(String.join(",\n            ", names)));
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            java.append("            case ").append(literal(file.getFileName().toString())).append(" -> ")
                    .append(expression(text)).append(";\n");
        }
        return java.append("""
                            default -> null;
                        };
                    }
                }
                """).toString();
    }

    /** {@code text} as a Java expression: literals joined with + (one constant) or, when too long, String.join. */
    static String expression(String text) {
        StringBuilder chunks = new StringBuilder();
        String separator = utf8Length(text) <= MAX_CONSTANT ? "\n                    + " : ",\n                    ";
        int from = 0;
        do {
            int end = Math.min(text.length(), from + CHUNK);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // a surrogate pair stays in one literal
            }
            chunks.append(from == 0 ? "" : separator).append(literal(text.substring(from, end)));
            from = end;
        } while (from < text.length());
        return utf8Length(text) <= MAX_CONSTANT ? chunks.toString() : "String.join(\"\",\n                    " + chunks + ")";
    }

    /** The length of {@code text} in the class file's (modified) UTF-8. */
    static int utf8Length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
        }
        return length;
    }

    static String buildVersion(String version) {
        return header("pom.xml") + """
                package dev.ccv.cli;

                /** The version of this build, from pom.xml. */
                final class BuildVersion {

                    static final String VERSION = %s;

                    private BuildVersion() {
                    }
                }
                """.formatted(literal(version));
    }

    private static String header(String from) {
        return "// Generated from " + from + " by src/build/java/dev/ccv/build/GenerateSources.java. Do not edit.\n";
    }

    /** A Java string literal: printable ASCII as it is, the rest escaped. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        literal.append(c);
                    } else {
                        literal.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return literal.append('"').toString();
    }

    private static void write(Path file, String content) throws IOException {
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
