package dev.ccv.cli;

import dev.ccv.authoring.ChecklistLint;
import dev.ccv.authoring.LintFinding;
import dev.ccv.model.result.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv lint}: checks checklist definitions for their authors. */
final class LintCommand extends Subcommand {

    private final PositionalParamSpec fileArguments = add(PositionalParamSpec.builder()
            .index("0..*").required(true).arity("1..*").type(List.class).auxiliaryTypes(String.class)
            .paramLabel("FILE").description("Checklist files.").build());

    LintCommand(Environment environment) {
        super(environment, "lint",
                "Checks checklist definitions: schema, unique ids, check parameters, scope rules,"
                        + " appliesTo values; warns about items without a description.",
                "Exit 0 when there is no error (warnings allowed), 2 otherwise.");
    }

    @Override
    public Integer call() {
        List<String> files = values(fileArguments);
        PrintWriter out = out();
        int errors = 0;
        int warnings = 0;
        for (String file : files) {
            var path = environment().resolve(java.nio.file.Path.of(file));
            if (!Files.isRegularFile(path)) {
                out.println(file + ": error: no such file");
                errors++;
                continue;
            }
            for (LintFinding finding : ChecklistLint.lint(path, file)) {
                out.println(finding.render());
                if (finding.error()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        out.println(files.size() + (files.size() == 1 ? " file" : " files") + " checked: "
                + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        out.flush();
        return errors == 0 ? ExitCode.PASS.code() : ExitCode.INVALID_INPUT.code();
    }
}
