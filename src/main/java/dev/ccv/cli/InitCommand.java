package dev.ccv.cli;

import dev.ccv.authoring.SelfAssessmentTemplate;
import dev.ccv.files.OutputFile;
import dev.ccv.files.RunInputs;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv init}: writes a commented self-assessment template for a checklist. */
final class InitCommand extends Subcommand {

    private static final String BUNDLE_SELF_ASSESSMENT = "self-assessment.yaml";

    private final PositionalParamSpec checklistArgument = add(PositionalParamSpec.builder()
            .index("0").required(true).type(String.class)
            .paramLabel("CHECKLIST").description("A built-in checklist id or a checklist file.").build());

    private final OptionSpec outputOption = add(OptionSpec.builder("-o", "--output").type(Path.class)
            .paramLabel("FILE").description("Where to write the template (default: standard output).").build());

    private final OptionSpec forceOption = add(OptionSpec.builder("--force").type(boolean.class).initialValue(false)
            .paramLabel("<force>").description("Overwrite the output file if it exists.").build());

    InitCommand(Environment environment) {
        super(environment, "init",
                "Writes a self-assessment template for a checklist: every field and item, with comments.",
                "It validates without input errors, and fails the verdict until filled in.");
    }

    @Override
    public Integer call() {
        String checklist = checklistArgument.getValue();
        Path output = outputOption.getValue();
        boolean force = flag(forceOption);
        String template = SelfAssessmentTemplate.render(ChecklistArgument.resolve(checklist, environment()));
        if (output == null) {
            out().print(template);
            out().flush();
            return 0;
        }
        Path file = environment().resolve(output);
        if (Files.isDirectory(file)) {
            throw refuse(output, "is a folder; give a file name, like " + output.resolve("self-assessment.yaml"));
        }
        Path checklistFile = environment().resolve(Path.of(checklist));
        if (Files.isRegularFile(checklistFile)) {
            new RunInputs().add(checklistFile, checklist).overwrites(file, output.toString(), "the template")
                    .ifPresent(error -> {
                        throw new InvalidInputException(error);
                    });
        }
        if (Files.exists(file) && !force) {
            throw refuse(output,
                    "the file exists already; choose another name with -o, or add --force to overwrite it");
        }
        OutputFile.write(file, output.toString(), stream -> stream.write(template.getBytes(StandardCharsets.UTF_8)));
        err().println("ccv: wrote " + output + "; fill it in, then run: ccv validate "
                + validateTarget(output));
        return 0;
    }

    /** A bundle folder when the template is its self-assessment.yaml, else the file itself. */
    private static String validateTarget(Path output) {
        if (!output.getFileName().toString().equals(BUNDLE_SELF_ASSESSMENT)) {
            return output.toString();
        }
        return output.getParent() == null ? "." : output.getParent().toString();
    }

    private static InvalidInputException refuse(Path output, String message) {
        return new InvalidInputException(new InputError(SourcePosition.of(output.toString()), message));
    }
}
