package dev.ccv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TerminalProgressBarTest {

    private static final long MIB = 1024 * 1024;

    private final StringWriter err = new StringWriter();
    private long now;
    private final TerminalProgressBar bar = new TerminalProgressBar(new PrintWriter(err), () -> now);

    @Test
    void staysSilentWhenHashingIsQuick() {
        bar.started(100 * MIB);
        now = millis(499);
        bar.advanced(100 * MIB);
        bar.finished();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void drawsOnceHashingTakesLongerThanAMomentAndWipesItselfAtTheEnd() {
        bar.started(1000 * MIB);
        now = millis(600);
        bar.advanced(250 * MIB);
        bar.finished();

        String line = "Hashing [#######                       ]  25%  250/1000 MiB";
        assertThat(err.toString()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\r");
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        bar.started(1000 * MIB);
        now = millis(600);
        bar.advanced(100 * MIB);
        now = millis(650);
        bar.advanced(100 * MIB);
        now = millis(700);
        bar.advanced(100 * MIB);

        assertThat(err.toString()).isEqualTo("\rHashing [###                           ]  10%  100/1000 MiB"
                + "\rHashing [#########                     ]  30%  300/1000 MiB");
    }

    @Test
    void rendersAnEmptyRunAsComplete() {
        assertThat(TerminalProgressBar.render(0, 0)).isEqualTo("Hashing [##############################] 100%  0/0 MiB");
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void anotherGaugeNamesItsOwnWorkAndAmounts() {
        TerminalProgressBar.Gauge bundles = new TerminalProgressBar.Gauge() {
            @Override
            public String label() {
                return "Validating";
            }

            @Override
            public String amounts(long done, long total) {
                return done + "/" + total + " bundles, 2 failures";
            }
        };

        assertThat(TerminalProgressBar.render(bundles, 250, 1000))
                .isEqualTo("Validating [#######                       ]  25%  250/1000 bundles, 2 failures");
    }

    @Test
    void aLineInterjectedWipesTheBarFirst() {
        bar.started(1000 * MIB);
        now = millis(600);
        bar.advanced(100 * MIB);
        bar.interject("ccv: not followed: x");

        String line = "Hashing [###                           ]  10%  100/1000 MiB";
        assertThat(err.toString()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\rccv: not followed: x"
                + System.lineSeparator());
    }
}
