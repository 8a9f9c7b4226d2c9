package dev.ccv.loading;

import dev.ccv.model.SourcePosition;
import dev.ccv.model.YamlNamed;
import dev.ccv.model.Suggestions;
import dev.ccv.yaml.IsoDate;
import dev.ccv.yaml.OneLine;
import dev.ccv.yaml.PositionedNodes;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the nodes of one file into typed values, reporting each value of the wrong type with what
 * was found and what to write instead. Methods return null when the value is absent or wrong.
 */
final class NodeReader {

    private final String file;
    private final Problems problems;
    /** Reads booleans and numbers; made at the first one. */
    private PlainValues constructor;

    NodeReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The YAML names of an enum's values, in declaration order, for {@link #choice}. */
    static <E extends YamlNamed> Map<String, E> choicesOf(E[] values) {
        Map<String, E> choices = new LinkedHashMap<>();
        for (E value : values) {
            choices.put(value.yamlName(), value);
        }
        return choices;
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    SourcePosition at(Node node) {
        return PositionedNodes.position(file, node);
    }

    static boolean isNull(Node node) {
        return node == null || Tag.NULL.equals(node.getTag());
    }

    /** A string; YAML's booleans, numbers and dates where text is expected are reported as such. */
    String text(Node node, Slot slot) {
        if (isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            if (Tag.STR.equals(tag)) {
                return scalar.getValue();
            }
            String readAs = readAs(tag);
            if (readAs != null) {
                String written = Problems.excerpt(scalar.getValue());
                problems.add(at(node), slot.label() + ": YAML reads unquoted `" + written + "` as "
                        + readAs + ", not text; write " + slot.writeAs() + "\"" + written + "\"");
                return null;
            }
        }
        wrongType(node, slot, "text");
        return null;
    }

    /** A string that must be there and not be blank. */
    String requiredText(Node node, Slot slot, SourcePosition where) {
        if (isNull(node) || node instanceof ScalarNode s && Tag.STR.equals(s.getTag()) && s.getValue().isBlank()) {
            problems.add(node == null ? where : at(node), slot.label() + " is empty; write a value");
            return null;
        }
        return text(node, slot);
    }

    Boolean bool(Node node, Slot slot) {
        if (isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return (Boolean) construct(scalar);
        }
        if (node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())
                && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && isBooleanWord(scalar.getValue())) {
            problems.add(at(node), slot.label() + ": `" + OneLine.of(scalar.getValue()) + "` is not a boolean"
                    + " in YAML 1.2, which editors follow; write true or false");
            return null;
        }
        wrongType(node, slot, "true or false");
        return null;
    }

    /** The words YAML 1.1 read as booleans and YAML 1.2 reads as text: yes, no, on, off, y, n, True, FALSE… */
    private static boolean isBooleanWord(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "no", "on", "off", "y", "n", "true", "false" -> true;
            default -> false;
        };
    }

    /** A date written YYYY-MM-DD, whether YAML tagged it a timestamp or it was quoted. */
    LocalDate date(Node node, Slot slot) {
        if (isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar
                && (Tag.TIMESTAMP.equals(scalar.getTag()) || Tag.STR.equals(scalar.getTag()))
                && IsoDate.hasShape(scalar.getValue())) {
            String date = scalar.getValue();
            try {
                return IsoDate.of(date);
            } catch (DateTimeException e) {
                problems.add(at(node), slot.label() + ": there is no date " + scalar.getValue() + " ("
                        + whyNoSuchDate(scalar.getValue()) + "); write a real date as YYYY-MM-DD");
                return null;
            }
        }
        wrongType(node, slot, "a date written YYYY-MM-DD");
        return null;
    }

    /** Why a date of the right shape does not exist: "February 2026 has 28 days", "there is no month 13". */
    private static String whyNoSuchDate(String date) {
        int month = Integer.parseInt(date.substring(5, 7));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        if (Integer.parseInt(date.substring(8)) < 1) {
            return "there is no day 0";
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(date.substring(0, 4)), month);
        return yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + yearMonth.getYear()
                + " has " + yearMonth.lengthOfMonth() + " days";
    }

    /** One of a closed set of names; a miss lists them all and suggests the nearest. */
    <E> E choice(Node node, Slot slot, String what, Map<String, E> choices) {
        if (isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            wrongType(node, slot, "one of " + String.join(", ", choices.keySet()));
            return null;
        }
        E chosen = choices.get(scalar.getValue());
        if (chosen == null) {
            problems.add(at(node), slot.label() + ": `" + Problems.excerpt(scalar.getValue()) + "` is not a valid "
                            + what + "; valid: " + String.join(", ", choices.keySet()),
                    Suggestions.orNull(scalar.getValue(), choices.keySet()));
        }
        return chosen;
    }

    /** The entries of a list; nothing at all reads as an empty list. */
    List<Node> list(Node node, Slot slot) {
        if (isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode scalar) {
            problems.add(at(node), slot.label() + " must be a list, found " + describe(node)
                    + "; write " + slot.writeAs() + "[" + scalar.getValue() + "]");
        } else {
            wrongType(node, slot, "a list");
        }
        return null;
    }

    /** A mapping; null when absent, empty or of another type (the latter reported). */
    MappingNode mapping(Node node, Slot slot) {
        if (isNull(node)) {
            return null;
        }
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        wrongType(node, slot, "a mapping of keys");
        return null;
    }

    /**
     * The scalar as YAML reads it; null, with the problem reported, when an explicit tag does not fit
     * the value ({@code !!int abc}, {@code !!bool maybe}), which snakeyaml would throw or drop.
     */
    Object construct(ScalarNode scalar) {
        Object value = CommonScalars.value(scalar);
        if (value != null) {
            return value;
        }
        try {
            if (constructor == null) {
                constructor = new PlainValues();
            }
            value = constructor.scalar(scalar);
        } catch (RuntimeException e) {
            // a constructor that failed may keep the node as in progress: the next value gets a fresh one
            constructor = null;
            value = null;
        }
        if (value == null) {
            problems.add(at(scalar), "`" + Problems.excerpt(scalar.getValue()) + "` is not " + readAs(scalar.getTag())
                    + ", though tagged `" + scalar.getTag().getValue().replace(Tag.PREFIX, "!!")
                    + "`; remove the tag or fix the value");
        }
        return value;
    }

    void wrongType(Node node, Slot slot, String expected) {
        problems.add(at(node), slot.label() + " must be " + expected + ", found " + describe(node));
    }

    /** What the user wrote, in words: "a list", "the number `1.10`", "the text `abc`". */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return "nothing";
        }
        String value = Problems.excerpt(scalar.getValue());
        if (Tag.STR.equals(tag)) {
            return "the text `" + value + "`";
        }
        String readAs = readAs(tag);
        return readAs != null ? readAs + " `" + value + "`" : "a value tagged `" + tag.getValue() + "`";
    }

    private static String readAs(Tag tag) {
        if (Tag.BOOL.equals(tag)) {
            return "a boolean";
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "a number";
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return "a date";
        }
        return null;
    }
}
