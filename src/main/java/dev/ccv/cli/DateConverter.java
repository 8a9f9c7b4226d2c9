package dev.ccv.cli;

import dev.ccv.yaml.IsoDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import picocli.CommandLine;

/** Reads {@code YYYY-MM-DD} and says what to write when it is anything else. */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            if (IsoDate.hasShape(value)) {
                return IsoDate.of(value);
            }
        } catch (DateTimeException e) {
            // a date's shape but no such date: the same answer as any other miss
        }
        throw new CommandLine.TypeConversionException("`" + value
                + "` is not a date; write YYYY-MM-DD, for example 2025-06-02");
    }
}
