package dev.ccv.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    @Test
    void givesTheResultOfTheWork() {
        try (BackgroundTask<String> task = BackgroundTask.start("test", () -> "done")) {
            assertThat(task.get()).isEqualTo("done");
        }
    }

    @Test
    void throwsWhatTheWorkThrewWhenTheResultIsTaken() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad input");

        try (BackgroundTask<String> task = BackgroundTask.start("test", () -> {
            throw thrown;
        })) {
            assertThatThrownBy(task::get).isSameAs(thrown);
        }
    }

    @Test
    void closingBeforeTheResultIsTakenInterruptsTheWorkAndWaitsForIt() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        BackgroundTask<String> task = BackgroundTask.start("test", () -> {
            running.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return "never taken";
        });
        running.await();

        task.close();

        assertThat(interrupted).isTrue();
    }
}
