package dev.ccv.authoring.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence references a partner's response names in its text: {@code https://} URLs, and paths
 * that look like files in the bundle ({@code evidence/globex/architecture.pdf}, {@code runbook.md}).
 * Absolute paths and paths with {@code ..} are not taken: they could not be in the bundle.
 */
final class ResponseText {

    private static final Pattern URL = Pattern.compile("https://[^\\s<>\"'()\\[\\]]+");
    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w/.:-])[\\w.-]+(?:/[\\w.-]+)*\\.([A-Za-z0-9]{1,5})(?![\\w/])");
    private static final Set<String> FILE_TYPES = Set.of("pdf", "png", "jpg", "jpeg", "gif", "svg", "md", "txt",
            "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "json", "yaml", "yml", "html", "htm", "zip", "log",
            "drawio", "vsdx");
    private static final String TRAILING = ".,;:!?";

    private ResponseText() {
    }

    /** The references, in the order the text names them, each once. */
    static List<String> evidence(String text) {
        List<String> found = new ArrayList<>();
        Matcher url = URL.matcher(text);
        StringBuilder rest = new StringBuilder(text);
        while (url.find()) {
            String reference = trimEnd(url.group());
            if (reference.length() > "https://".length() && !found.contains(reference)) {
                found.add(reference);
            }
            for (int i = url.start(); i < url.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            starts.add(text.indexOf(found.get(i)));
        }
        Matcher path = PATH.matcher(rest);
        while (path.find()) {
            String reference = trimEnd(path.group());
            boolean fileLike = reference.contains("/")
                    || FILE_TYPES.contains(path.group(1).toLowerCase(Locale.ROOT));
            if (fileLike && reference.matches(".*\\.[A-Za-z0-9]+") && !reference.startsWith(".")
                    && !List.of(reference.split("/")).contains("..") && !found.contains(reference)) {
                insertInOrder(found, starts, reference, path.start());
            }
        }
        return found;
    }

    private static void insertInOrder(List<String> found, List<Integer> starts, String reference, int start) {
        int at = 0;
        while (at < starts.size() && starts.get(at) < start) {
            at++;
        }
        found.add(at, reference);
        starts.add(at, start);
    }

    private static String trimEnd(String reference) {
        int end = reference.length();
        while (end > 0 && TRAILING.indexOf(reference.charAt(end - 1)) >= 0) {
            end--;
        }
        return reference.substring(0, end);
    }
}
