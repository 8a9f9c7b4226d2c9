package dev.ccv.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a long {@code validate} is doing, on one line of standard error that is redrawn in place:
 * only on a terminal, only once the run has taken longer than a moment, and wiped at the end so
 * that it never mixes with a report.
 */
final class StatusLine implements AutoCloseable {

    static final long DELAY_MILLIS = 500;

    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private String phase = "";
    private boolean visible;
    private int drawnWidth;

    private StatusLine(PrintWriter err, ScheduledExecutorService timer) {
        this.err = err;
        this.timer = timer;
    }

    /** A status line for a terminal, silent elsewhere. */
    static StatusLine forEnvironment(Environment environment, PrintWriter err) {
        return environment.progressTerminal() ? shownAfter(err, DELAY_MILLIS) : new StatusLine(err, null);
    }

    /** A status line that never shows: for each bundle of a batch, which shows its own progress. */
    static StatusLine silent() {
        return new StatusLine(null, null);
    }

    static StatusLine shownAfter(PrintWriter err, long delayMillis) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ccv-status");
            thread.setDaemon(true);
            return thread;
        });
        StatusLine line = new StatusLine(err, timer);
        timer.schedule(line::show, delayMillis, TimeUnit.MILLISECONDS);
        return line;
    }

    synchronized void phase(String text) {
        phase = text;
        if (visible) {
            draw();
        }
    }

    /** Shows the line from now on; the timer calls it once the run has taken longer than a moment. */
    synchronized void show() {
        visible = true;
        draw();
    }

    private void draw() {
        String line = "ccv: " + phase;
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())) + "\r");
        err.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
        }
        visible = false;
        drawnWidth = 0;
    }
}
