package dev.ccv.cli;

import dev.ccv.bundle.ManifestWriter;
import dev.ccv.model.InputError;
import dev.ccv.model.InvalidInputException;
import dev.ccv.model.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code ccv manifest}: seals a bundle folder with a {@code MANIFEST.sha256}. */
final class ManifestCommand extends Subcommand {

    private final PositionalParamSpec bundleArgument = add(PositionalParamSpec.builder()
            .index("0").required(true).type(Path.class)
            .paramLabel("BUNDLE").description("The bundle folder.").build());

    ManifestCommand(Environment environment) {
        super(environment, "manifest",
                "Writes MANIFEST.sha256 for a bundle folder: the SHA-256 of every file but the manifest,"
                        + " sorted by path, in the format of sha256sum (`sha256sum -c MANIFEST.sha256` checks it).",
                "Once sealed, `ccv validate` fails with exit 3 when a file changes, goes missing or is added.");
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
        Path manifest = ManifestWriter.write(root, Progress.forEnvironment(environment(), err()));
        out().println("wrote " + bundle.resolve(manifest.getFileName()));
        out().flush();
        return 0;
    }
}
