package dev.ccv.cli;

import dev.ccv.bundle.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for a terminal's standard error; it appears only once the work has
 * taken longer than a moment, and is wiped when the work ends. The caller decides whether
 * standard error is a terminal. It shows hashing (MiB) unless given another {@link Gauge}.
 */
public final class TerminalProgressBar implements ProgressListener {

    /** What the bar says: a word before it and the amounts after it. */
    public interface Gauge {
        String label();

        /** E.g. {@code 100/1000 MiB}. */
        String amounts(long done, long total);
    }

    /** Bytes hashed, in MiB. */
    static final Gauge HASHING = new Gauge() {
        @Override
        public String label() {
            return "Hashing";
        }

        @Override
        public String amounts(long done, long total) {
            return done / MIB + "/" + total / MIB + " MiB";
        }
    };

    static final long DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int BAR_WIDTH = 30;
    private static final long MIB = 1024 * 1024;

    private final PrintWriter err;
    private final Gauge gauge;
    private final LongSupplier nanoClock;
    private final AtomicLong hashed = new AtomicLong();
    private final AtomicLong lastDrawn = new AtomicLong();
    private volatile long total;
    private volatile long startedAt;
    private int drawnWidth;

    public TerminalProgressBar(PrintWriter err) {
        this(err, HASHING, System::nanoTime);
    }

    public TerminalProgressBar(PrintWriter err, Gauge gauge) {
        this(err, gauge, System::nanoTime);
    }

    TerminalProgressBar(PrintWriter err, LongSupplier nanoClock) {
        this(err, HASHING, nanoClock);
    }

    TerminalProgressBar(PrintWriter err, Gauge gauge, LongSupplier nanoClock) {
        this.err = err;
        this.gauge = gauge;
        this.nanoClock = nanoClock;
    }

    @Override
    public void started(long totalBytes) {
        total = totalBytes;
        hashed.set(0);
        startedAt = nanoClock.getAsLong();
        lastDrawn.set(startedAt - REDRAW_NANOS);
    }

    @Override
    public void advanced(long bytes) {
        long done = hashed.addAndGet(bytes);
        long now = nanoClock.getAsLong();
        long last = lastDrawn.get();
        // one thread draws per interval; the others carry on hashing
        if (now - startedAt >= DELAY_NANOS && now - last >= REDRAW_NANOS && lastDrawn.compareAndSet(last, now)) {
            draw(render(gauge, done, total));
        }
    }

    @Override
    public synchronized void finished() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    private synchronized void draw(String line) {
        err.print("\r" + line);
        err.flush();
        drawnWidth = Math.max(drawnWidth, line.length());
    }

    /**
     * Prints {@code line} on standard error without mixing it with the bar: the bar is wiped first,
     * and drawn again at its next step.
     */
    public synchronized void interject(String line) {
        finished();
        err.println(line);
        err.flush();
    }

    /** The bar as drawn, e.g. {@code Hashing [###---]  10%  100/1000 MiB}. */
    static String render(long done, long total) {
        return render(HASHING, done, total);
    }

    static String render(Gauge gauge, long done, long total) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        int filled = percent * BAR_WIDTH / 100;
        return String.format(Locale.ROOT, "%s [%s%s] %3d%%  %s", gauge.label(), "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), percent, gauge.amounts(done, total));
    }
}
