package dev.ccv.bundle;

/**
 * Passes on what background hashing reports to a listener attached later: on attaching, the
 * listener hears that hashing started (with the bytes done so far) and, if it is over, that it
 * finished; after that it hears everything as it happens. Before, nothing is shown.
 */
final class ProgressRelay implements ProgressListener {

    private ProgressListener target;
    private long totalBytes = -1;
    private long doneBytes;
    private boolean finished;

    synchronized void attach(ProgressListener listener) {
        target = listener;
        if (totalBytes >= 0) {
            listener.started(totalBytes);
            if (doneBytes > 0) {
                listener.advanced(doneBytes);
            }
            if (finished) {
                listener.finished();
            }
        }
    }

    @Override
    public synchronized void started(long totalBytes) {
        this.totalBytes = totalBytes;
        if (target != null) {
            target.started(totalBytes);
        }
    }

    @Override
    public void advanced(long bytes) {
        ProgressListener listener;
        synchronized (this) {
            doneBytes += bytes;
            listener = target;
        }
        // outside the lock, so that hashing threads do not wait for each other's drawing
        if (listener != null) {
            listener.advanced(bytes);
        }
    }

    @Override
    public synchronized void finished() {
        finished = true;
        if (target != null) {
            target.finished();
        }
    }
}
