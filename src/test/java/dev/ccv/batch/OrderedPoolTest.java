package dev.ccv.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPoolTest {

    @Test
    void resultsComeInTheOrderOfTheItemsWhateverOrderTheyAreDoneIn() throws InterruptedException {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        Random random = new Random(7);
        List<Integer> delays = items.stream().map(i -> random.nextInt(3)).toList();
        List<Integer> handed = new ArrayList<>();

        new OrderedPool(4).run(items.iterator(), i -> {
            sleep(delays.get(i));
            return i * 10;
        }, handed::add);

        assertThat(handed).isEqualTo(items.stream().map(i -> i * 10).toList());
    }

    @Test
    void noMoreThanTwiceTheThreadsAreTakenAheadOfTheResultsHandedOn() throws InterruptedException {
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger handed = new AtomicInteger();
        List<Integer> ahead = new ArrayList<>();
        var items = IntStream.range(0, 100).boxed().peek(i -> {
            taken.incrementAndGet();
            ahead.add(taken.get() - handed.get());
        }).iterator();

        new OrderedPool(3).run(items, i -> i, result -> handed.incrementAndGet());

        assertThat(handed.get()).isEqualTo(100);
        assertThat(ahead).allMatch(count -> count <= 6);
    }

    @Test
    void whatTheWorkThrowsStopsTheRunAndNoThreadIsLeftRunning() {
        AtomicInteger running = new AtomicInteger();

        assertThatThrownBy(() -> new OrderedPool(2).run(IntStream.range(0, 50).boxed().iterator(), i -> {
            running.incrementAndGet();
            try {
                if (i == 5) {
                    throw new IllegalStateException("item 5");
                }
                sleep(1);
                return i;
            } finally {
                running.decrementAndGet();
            }
        }, result -> { })).isInstanceOf(IllegalStateException.class).hasMessage("item 5");

        assertThat(running.get()).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
