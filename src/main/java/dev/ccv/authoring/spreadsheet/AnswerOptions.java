package dev.ccv.authoring.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The option ids an {@code at-least} answer lists on a line of its response, {@code Options: serverless,
 * data} (as ccv's own workbook writes them), matched to the item's ids whatever their case; the rest of
 * the response is the answer's notes.
 *
 * @param ids     the item's ids the line names, in its order, each once
 * @param notes   the response without the line
 * @param unknown the words of the line that are no option of the item
 */
record AnswerOptions(List<String> ids, String notes, List<String> unknown) {

    static final String LINE_FORM = "Options: id, id";
    private static final Pattern LINE = Pattern.compile("(?im)^[ \\t]*options[ \\t]*:(.*)$\\n?");

    /** The options of {@code response} for an item with {@code optionIds}; none when it has no options. */
    static AnswerOptions read(String response, List<String> optionIds) {
        if (optionIds.isEmpty()) {
            return new AnswerOptions(List.of(), response, List.of());
        }
        List<String> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Matcher line = LINE.matcher(response);
        while (line.find()) {
            for (String word : line.group(1).split("[,;\\s]+")) {
                if (!word.isEmpty()) {
                    String id = match(word, optionIds);
                    if (id == null) {
                        unknown.add(word);
                    } else if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
            }
        }
        return new AnswerOptions(ids, LINE.matcher(response).replaceAll("").strip(), unknown);
    }

    private static String match(String word, List<String> optionIds) {
        for (String id : optionIds) {
            if (id.toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT))) {
                return id;
            }
        }
        return null;
    }
}
