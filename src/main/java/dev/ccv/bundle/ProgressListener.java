package dev.ccv.bundle;

/** Hears how far hashing has got, so that a long run can show a progress bar. */
public interface ProgressListener {

    /** Hears nothing: for runs without a terminal and for tests. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(long totalBytes) {
        }

        @Override
        public void advanced(long bytes) {
        }

        @Override
        public void finished() {
        }
    };

    /** Hashing of {@code totalBytes} bytes begins. */
    void started(long totalBytes);

    /** {@code bytes} more bytes were hashed; called from several threads at once. */
    void advanced(long bytes);

    /** Hashing is over, whether it succeeded or not. */
    void finished();
}
