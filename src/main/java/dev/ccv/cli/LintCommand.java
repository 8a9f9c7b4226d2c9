package dev.ccv.cli;

import dev.ccv.authoring.ChecklistLint;
import dev.ccv.authoring.LintFinding;
import dev.ccv.model.result.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ccv lint}: checks checklist definitions for their authors. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks checklist definitions: schema, unique ids, check parameters, scope rules,"
                + " appliesTo values; warns about items without a description.",
            "Exit 0 when there is no error (warnings allowed), 2 otherwise."})
final class LintCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Checklist files.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
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
