package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRelayTest {

    private final ProgressRelay relay = new ProgressRelay();
    private final Recorder target = new Recorder();

    @Test
    void aListenerAttachedBeforeHashingHearsEverythingAsItHappens() {
        relay.attach(target);
        relay.started(100);
        relay.advanced(60);
        relay.advanced(40);
        relay.finished();

        assertThat(target.events).containsExactly("started 100", "advanced 60", "advanced 40", "finished");
    }

    @Test
    void aListenerAttachedMidwayHearsTheStartAndTheBytesSoFarThenTheRest() {
        relay.started(100);
        relay.advanced(30);
        relay.advanced(20);
        relay.attach(target);
        relay.advanced(50);
        relay.finished();

        assertThat(target.events).containsExactly("started 100", "advanced 50", "advanced 50", "finished");
    }

    @Test
    void aListenerAttachedAfterHashingHearsItAllAtOnce() {
        relay.started(100);
        relay.advanced(100);
        relay.finished();
        relay.attach(target);

        assertThat(target.events).containsExactly("started 100", "advanced 100", "finished");
    }

    @Test
    void nothingIsHeardWhenHashingNeverStarted() {
        relay.attach(target);

        assertThat(target.events).isEmpty();
    }

    @Test
    void emptyHashingStartsAndFinishesWithoutBytes() {
        relay.started(0);
        relay.finished();
        relay.attach(target);

        assertThat(target.events).containsExactly("started 0", "finished");
    }

    private static final class Recorder implements ProgressListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void started(long totalBytes) {
            events.add("started " + totalBytes);
        }

        @Override
        public void advanced(long bytes) {
            events.add("advanced " + bytes);
        }

        @Override
        public void finished() {
            events.add("finished");
        }
    }
}
