package dev.ccv.cli;

import dev.ccv.model.FailOn;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that say how a bundle is validated, declared once for every command that validates
 * ({@code validate}, {@code batch}).
 */
final class ValidationArguments {

    private final OptionSpec checklists = OptionSpec.builder("--checklist").type(List.class)
            .auxiliaryTypes(String.class).paramLabel("ID|FILE")
            .description("A checklist file to use (adds to or overrides the built-in ones), or a checklist id"
                    + " the self-assessment must name. Repeatable.").build();

    private final OptionSpec asOf = OptionSpec.builder("--as-of").type(LocalDate.class)
            .converters(new DateConverter()).paramLabel("YYYY-MM-DD")
            .description("The date case-study recency is measured from (default: the audit record's date in"
                    + " an audit, else the self-assessment's applicationDate, else today).").build();

    private final OptionSpec redact = OptionSpec.builder("--redact").type(boolean.class).initialValue(false)
            .paramLabel("<redact>")
            .description("Replace each non-public case study's id, customer, URL, free text and evidence paths"
                    + " with non-public-N, and drop all notes.").build();

    private final OptionSpec failOn = OptionSpec.builder("--fail-on").type(FailOn.class)
            .converters(new FailOnConverter()).paramLabel("critical|observation")
            .description("What fails the verdict: open critical findings (critical, the default), or also open"
                    + " observations, the unmet recommended items (observation).").build();

    /** Adds the options to {@code command} (its help sorts them with the others). */
    ValidationArguments(Subcommand command) {
        command.add(checklists);
        command.add(asOf);
        command.add(redact);
        command.add(failOn);
    }

    /** Reads {@code --fail-on}; another word is a usage error naming the two. */
    private static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            FailOn threshold = FailOn.of(value);
            if (threshold == null) {
                throw new CommandLine.TypeConversionException("`" + value + "` is not a threshold; write"
                        + " --fail-on critical or --fail-on observation");
            }
            return threshold;
        }
    }

    /** The values given; the as-of date is null when none was, to be taken from each bundle's inputs. */
    ValidationOptions options(Environment environment) {
        FailOn threshold = failOn.getValue();
        return new ValidationOptions(Subcommand.values(checklists), asOf.getValue(), Subcommand.flag(redact),
                threshold == null ? FailOn.CRITICAL : threshold);
    }
}
