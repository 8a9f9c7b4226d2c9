package dev.ccv.cli;

import dev.ccv.bundle.ProgressListener;
import java.io.PrintWriter;

/** A progress bar on standard error only when it is a terminal; otherwise silence. */
final class Progress {

    private Progress() {
    }

    static ProgressListener forEnvironment(Environment environment, PrintWriter err) {
        return environment.progressTerminal() ? new TerminalProgressBar(err) : ProgressListener.NONE;
    }
}
