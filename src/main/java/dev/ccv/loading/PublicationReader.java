package dev.ccv.loading;

import dev.ccv.model.Offering;
import dev.ccv.model.Publication;
import dev.ccv.model.SourcePosition;
import dev.ccv.model.Validity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads a checklist's {@code offering}, {@code source} and {@code validity}: the public document it follows. */
final class PublicationReader {

    static final List<String> KEYS = List.of("offering", "source", "validity");
    private static final List<String> VALIDITY_KEYS = List.of("from", "until", "acceptedUntil");
    private static final Map<String, Offering> OFFERINGS = NodeReader.choicesOf(Offering.values());

    private PublicationReader() {
    }

    static Publication read(YamlMap top) {
        Offering offering = top.choice("offering", "offering", OFFERINGS, null);
        String source = top.text("source");
        return new Publication(source, offering, validity(top));
    }

    /** The validity window; its dates must be in order: from ≤ until ≤ acceptedUntil. */
    private static Validity validity(YamlMap top) {
        if (!top.has("validity")) {
            return null;
        }
        YamlMap map = top.requiredMap("validity", "`validity`", VALIDITY_KEYS);
        if (map == null) {
            return null;
        }
        LocalDate from = requiredDate(map, "from");
        LocalDate until = requiredDate(map, "until");
        LocalDate acceptedUntil = requiredDate(map, "acceptedUntil");
        if (from == null || until == null || acceptedUntil == null) {
            return null;
        }
        Problems problems = top.reader().problems();
        if (until.isBefore(from)) {
            problems.add(map.valuePosition("until"), "`validity.until` (" + until + ") is before `validity.from` ("
                    + from + "); write the last day the version is in force, on or after " + from);
            return null;
        }
        if (acceptedUntil.isBefore(until)) {
            problems.add(map.valuePosition("acceptedUntil"), "`validity.acceptedUntil` (" + acceptedUntil
                    + ") is before `validity.until` (" + until + "); write the last day AWS still accepts this"
                    + " version, on or after " + until);
            return null;
        }
        SourcePosition position = top.keyPosition("validity");
        return new Validity(from, until, acceptedUntil, position);
    }

    private static LocalDate requiredDate(YamlMap map, String key) {
        if (!map.require(key)) {
            return null;
        }
        if (NodeReader.isNull(map.value(key))) {
            map.reader().problems().add(map.keyPosition(key), "`validity." + key + "` is empty; write a date, YYYY-MM-DD");
            return null;
        }
        return map.date(key);
    }
}
