package dev.ccv.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the command line reads from its surroundings: the clock (for the default as-of date),
 * the working directory, and whether standard output is a terminal that allows colour.
 * Tests pass a fixed one so that runs are reproducible.
 */
public record Environment(Clock clock, Path workingDirectory, boolean colorTerminal, boolean progressTerminal) {

    public static Environment system() {
        boolean terminal = System.console() != null;
        boolean noColor = System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty();
        boolean dumb = "dumb".equals(System.getenv("TERM"));
        return new Environment(new SystemClock(), Path.of("").toAbsolutePath(),
                terminal && !noColor && !dumb, terminal && !dumb);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A path as the user typed it, taken relative to the working directory. In the process's own
     * working directory a relative path stays as typed, so that messages show it as the user wrote it.
     */
    public Path resolve(Path path) {
        if (!path.isAbsolute() && workingDirectory.equals(Path.of("").toAbsolutePath())) {
            return path;
        }
        return workingDirectory.resolve(path);
    }

    /**
     * The system clock in the default time zone, which it looks up only when a date is asked for:
     * that reads the time-zone database (about 20 ms at start-up), and a run with --as-of needs none.
     */
    private static final class SystemClock extends Clock {

        private ZoneId zone;

        @Override
        public synchronized ZoneId getZone() {
            if (zone == null) {
                zone = ZoneId.systemDefault();
            }
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }
    }
}
