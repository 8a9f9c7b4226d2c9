package dev.ccv.authoring.spreadsheet;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a header cell names, read from its text whatever its case, punctuation and spacing:
 * {@code Met? (Yes/No)}, {@code MET}, {@code met yes/no} are one column.
 */
final class HeaderText {

    /** What a column holds. */
    enum Role { ID, MET, ANSWER, RESPONSE, OTHER }

    private static final Pattern REFERENCE = Pattern.compile("customer (?:reference|example) #? ?([0-9]+) ?(.*)");

    private HeaderText() {
    }

    /** Lower case, '#' kept, every other run of non-letters and non-digits one space. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}#]+", " ").strip();
    }

    /** The role of a header without a customer reference. */
    static Role role(String header) {
        String text = normalize(header);
        if (text.equals("id") || text.equals("requirement id") || text.equals("item id")) {
            return Role.ID;
        }
        if (text.equals("met") || text.startsWith("met yes") || text.startsWith("met y n")) {
            return Role.MET;
        }
        if (text.startsWith("partner answer") || text.startsWith("applicant answer")) {
            return Role.ANSWER;
        }
        if (text.equals("partner response") || text.equals("applicant response") || text.equals("response")) {
            return Role.RESPONSE;
        }
        return Role.OTHER;
    }

    /** The customer reference number a header names ({@code Customer Reference #2 Met?} → 2), or 0. */
    static int reference(String header) {
        Matcher matcher = REFERENCE.matcher(normalize(header));
        return matcher.matches() ? Integer.parseInt(matcher.group(1).length() > 3 ? "0" : matcher.group(1)) : 0;
    }

    /** The role of a customer reference's column: the header after {@code Customer Reference #N}. */
    static Role referenceRole(String header) {
        Matcher matcher = REFERENCE.matcher(normalize(header));
        if (!matcher.matches()) {
            return Role.OTHER;
        }
        String rest = matcher.group(2);
        return rest.isEmpty() ? Role.MET : role(rest);
    }

    /** Names of the rows that describe the customer references, by the text in the ID column. */
    static boolean isCustomerNameRow(String idCell) {
        String text = normalize(idCell);
        return text.equals("customer name") || text.equals("customer");
    }

    static boolean isPublicRow(String idCell) {
        String text = normalize(idCell);
        return text.equals("public") || text.startsWith("public yes") || text.equals("public case study");
    }

    static boolean isCaseStudyIdRow(String idCell) {
        return normalize(idCell).equals("case study id");
    }
}
