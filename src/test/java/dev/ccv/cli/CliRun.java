package dev.ccv.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the real command line in-process, with a fixed clock and no terminal, and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    static CliRun of(Path workingDirectory, String... args) {
        return at(NOW, workingDirectory, args);
    }

    /** A run on another day, for what must not depend on the day it runs. */
    static CliRun at(Instant now, Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(Clock.fixed(now, ZoneOffset.UTC), workingDirectory, false, false);
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(Path.of("").toAbsolutePath(), args);
    }
}
