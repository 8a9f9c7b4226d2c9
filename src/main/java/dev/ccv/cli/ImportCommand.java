package dev.ccv.cli;

import dev.ccv.authoring.SelfAssessmentTemplate;
import dev.ccv.authoring.spreadsheet.ImportOutcome;
import dev.ccv.authoring.spreadsheet.SpreadsheetImport;
import dev.ccv.files.OutputFile;
import dev.ccv.model.Checklist;
import dev.ccv.model.Subject;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import dev.ccv.workbook.Workbook;
import dev.ccv.workbook.WorkbookReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv import}: a Self-Assessment Spreadsheet (.xlsx) becomes a commented self-assessment. */
final class ImportCommand extends Subcommand {

    private final PositionalParamSpec sheetArgument = add(PositionalParamSpec.builder()
            .index("0").required(true).type(Path.class)
            .paramLabel("SHEET.xlsx").description("The filled-in Self-Assessment Spreadsheet.").build());

    private final OptionSpec checklistOption = add(OptionSpec.builder("--checklist").type(String.class).required(true)
            .paramLabel("ID|FILE").description("The checklist the workbook answers: a built-in id or a checklist file.")
            .build());

    private final OptionSpec outputOption = add(OptionSpec.builder("-o", "--output").type(Path.class)
            .paramLabel("FILE").description("Where to write the self-assessment (default: standard output).").build());

    private final OptionSpec forceOption = add(OptionSpec.builder("--force").type(boolean.class).initialValue(false)
            .paramLabel("<force>").description("Overwrite the output file if it exists.").build());

    ImportCommand(Environment environment) {
        super(environment, "import",
                "Reads AWS's Self-Assessment Spreadsheet (.xlsx) into a self-assessment that ccv validate reads.",
                "Rows are matched by requirement ID and columns by their header text; every problem names its cell.");
    }

    @Override
    public Integer call() {
        Path sheet = sheetArgument.getValue();
        Path output = outputOption.getValue();
        Path workbookFile = environment().resolve(sheet);
        Checklist checklist = ChecklistArgument.resolve(checklistOption.getValue(), environment());
        Path file = output == null ? null : checkedOutput(output, workbookFile);
        Workbook workbook = WorkbookReader.read(workbookFile, sheet.toString());
        ImportOutcome outcome = SpreadsheetImport.run(workbook, checklist, sheet.toString());
        if (!outcome.errors().isEmpty()) {
            throw new InvalidInputException(outcome.errors());
        }
        String yaml = SelfAssessmentTemplate.render(checklist, outcome.assessment());
        if (file == null) {
            out().print(yaml);
            out().flush();
            err().println("ccv: " + outcome.summary());
            return 0;
        }
        OutputFile.write(file, output.toString(), stream -> stream.write(yaml.getBytes(StandardCharsets.UTF_8)));
        err().println("ccv: wrote " + output + "; " + outcome.summary());
        err().println("ccv: fill in " + (checklist.subject() == Subject.INDIVIDUAL
                ? "your name, certifications, contributions and nominations" : "the partner, solution and case-study"
                + " details") + ", then run: ccv validate "
                + (output.getFileName().toString().equals("self-assessment.yaml")
                        ? (output.getParent() == null ? "." : output.getParent().toString()) : output.toString()));
        return 0;
    }

    private Path checkedOutput(Path output, Path workbookFile) {
        Path file = environment().resolve(output);
        if (Files.isDirectory(file)) {
            throw refuse(output, "is a folder; give a file name, like " + output.resolve("self-assessment.yaml"));
        }
        if (Files.exists(file) && sameFile(file, workbookFile)) {
            throw refuse(output, "is the workbook being imported; write the self-assessment to another file");
        }
        if (Files.exists(file) && !flag(forceOption)) {
            throw refuse(output,
                    "the file exists already; choose another name with -o, or add --force to overwrite it");
        }
        return file;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static InvalidInputException refuse(Path output, String message) {
        return new InvalidInputException(new InputError(SourcePosition.of(output.toString()), message));
    }
}
