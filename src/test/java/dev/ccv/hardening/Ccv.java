package dev.ccv.hardening;

import dev.ccv.cli.Cli;
import dev.ccv.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One run of the real command line in-process, with a fixed clock and no terminal, and what it printed. */
record Ccv(int exitCode, String out, String err) {

    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    static Ccv run(Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(Clock.fixed(NOW, ZoneOffset.UTC), workingDirectory, false, false);
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Ccv(code, out.toString(), err.toString());
    }
}
