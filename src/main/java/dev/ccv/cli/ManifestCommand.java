package dev.ccv.cli;

import dev.ccv.bundle.ManifestWriter;
import dev.ccv.bundle.SealScope;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv manifest [--audit]}: seals one layer of a bundle folder, the partner's or the auditor's. */
final class ManifestCommand extends Subcommand {

    private final PositionalParamSpec bundleArgument = add(PositionalParamSpec.builder()
            .index("0").required(true).type(Path.class)
            .paramLabel("BUNDLE").description("The bundle folder.").build());

    private final OptionSpec auditOption = add(OptionSpec.builder("--audit").type(boolean.class).initialValue(false)
            .paramLabel("<audit>").description("Seal the auditor's layer instead: write audit/MANIFEST.sha256,"
                    + " covering audit.yaml and the files under audit/.").build());

    ManifestCommand(Environment environment) {
        super(environment, "manifest",
                "Writes MANIFEST.sha256 for a bundle folder (the partner's seal): the SHA-256 of every file but"
                        + " audit.yaml and audit/, which belong to the auditor, sorted by path, in the format of"
                        + " sha256sum (`sha256sum -c MANIFEST.sha256` checks it). With --audit, writes the auditor's"
                        + " seal, audit/MANIFEST.sha256, covering audit.yaml and audit/.",
                "Once sealed, `ccv validate` fails with exit 3 when a file of a sealed layer changes, goes missing"
                        + " or is added.");
    }

    @Override
    public Integer call() {
        Path bundle = bundleArgument.getValue();
        Path root = environment().resolve(bundle);
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException(new InputError(SourcePosition.of(bundle.toString()),
                    Files.exists(root) ? "not a folder; seal the bundle folder, then zip it if you need a .zip"
                            : "no such folder"));
        }
        SealScope scope = flag(auditOption) ? SealScope.AUDITOR : SealScope.PARTNER;
        ManifestWriter.write(root, scope, Progress.forEnvironment(environment(), err()));
        out().println("wrote " + bundle.resolve(scope.manifest()));
        out().flush();
        return 0;
    }
}
