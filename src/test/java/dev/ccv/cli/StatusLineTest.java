package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StatusLineTest {

    @Test
    void withoutATerminalNothingIsWritten() {
        StringWriter err = new StringWriter();
        Environment noTerminal = new Environment(Clock.systemUTC(), Path.of(""), false, false);

        try (StatusLine status = StatusLine.forEnvironment(noTerminal, new PrintWriter(err))) {
            status.phase("evaluating");
        }

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void nothingShowsBeforeTheDelayThenEachPhaseRedrawsTheLineInPlaceAndCloseWipesIt() {
        StringWriter err = new StringWriter();
        try (StatusLine status = StatusLine.shownAfter(new PrintWriter(err), 60_000)) {
            status.phase("reading self-assessment.yaml");
            assertThat(err.toString()).isEmpty();
            status.show(); // what the timer does once the run has taken longer than the delay
            status.phase("evaluating");
        }

        assertThat(err.toString()).startsWith("\rccv: reading self-assessment.yaml\r")
                .contains("\rccv: evaluating" + " ".repeat("reading self-assessment.yaml".length() - "evaluating".length()))
                .doesNotContain("\n")
                .endsWith("\r" + " ".repeat("ccv: reading self-assessment.yaml".length()) + "\r");
    }
}
