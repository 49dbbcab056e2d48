package salesim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EventQueue} must show; each implementation's test implements this
 * interface and supplies a fresh queue.
 */
interface EventQueueContract {

  /** A new, empty queue. */
  EventQueue newQueue();

  @Test
  default void emptyQueue_pollsNothing() {
    EventQueue queue = newQueue();
    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.pollUntil(Double.POSITIVE_INFINITY)).isFalse();
    assertThat(queue.peekTime()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  default void poll_returnsEveryFieldOfTheEarliestEvent() {
    EventQueue queue = newQueue();
    queue.add(5.0, 7, 123_456, -42);
    queue.add(2.5, EventQueue.MAX_KIND, Integer.MAX_VALUE, Integer.MIN_VALUE);
    assertThat(queue.peekTime()).isEqualTo(2.5);
    assertThat(queue.pollUntil(10.0)).isTrue();
    assertThat(queue.time()).isEqualTo(2.5);
    assertThat(queue.kind()).isEqualTo(EventQueue.MAX_KIND);
    assertThat(queue.target()).isEqualTo(Integer.MAX_VALUE);
    assertThat(queue.stamp()).isEqualTo(Integer.MIN_VALUE);
    assertThat(queue.sequence()).isEqualTo(1);
    assertThat(queue.pollUntil(10.0)).isTrue();
    assertThat(queue.time()).isEqualTo(5.0);
    assertThat(queue.kind()).isEqualTo(7);
    assertThat(queue.target()).isEqualTo(123_456);
    assertThat(queue.stamp()).isEqualTo(-42);
    assertThat(queue.sequence()).isZero();
  }

  @Test
  default void equalTimes_leaveInInsertionOrder() {
    EventQueue queue = newQueue();
    for (int i = 0; i < 1_000; i++) {
      queue.add(i % 3, 0, i, 0);
    }
    int previousTarget = -1;
    double previousTime = 0;
    while (queue.pollUntil(Double.POSITIVE_INFINITY)) {
      if (queue.time() == previousTime) {
        assertThat(queue.target()).isGreaterThan(previousTarget);
      }
      previousTime = queue.time();
      previousTarget = queue.target();
    }
  }

  @Test
  default void pollUntil_leavesLaterEventsPending() {
    EventQueue queue = newQueue();
    queue.add(1.0, 0, 1, 0);
    queue.add(2.0, 0, 2, 0);
    queue.add(3.0, 0, 3, 0);
    assertThat(queue.pollUntil(2.0)).isTrue();
    assertThat(queue.pollUntil(2.0)).isTrue();
    assertThat(queue.target()).isEqualTo(2);
    assertThat(queue.pollUntil(2.0)).isFalse();
    assertThat(queue.size()).isEqualTo(1);
    assertThat(queue.peekTime()).isEqualTo(3.0);
  }

  @Test
  default void randomLoad_matchesASortedOracle() {
    EventQueue queue = newQueue();
    Random random = new Random(20261127L);
    record Event(double time, long sequence, int target) {}
    java.util.PriorityQueue<Event> pending =
        new java.util.PriorityQueue<>(
            Comparator.comparingDouble(Event::time).thenComparingLong(Event::sequence));
    long sequence = 0;
    List<Event> popped = new ArrayList<>();
    List<Event> expected = new ArrayList<>();
    double clock = 0;
    for (int step = 0; step < 200_000; step++) {
      if (random.nextInt(10) < 6 || pending.isEmpty()) {
        // Coarse times force many ties.
        double time = clock + random.nextInt(50) * 0.25;
        queue.add(time, step & 0xFF, step, step);
        pending.add(new Event(time, sequence++, step));
      } else {
        expected.add(pending.poll());
        assertThat(queue.pollUntil(Double.POSITIVE_INFINITY)).isTrue();
        popped.add(new Event(queue.time(), queue.sequence(), queue.target()));
        assertThat(queue.stamp()).isEqualTo(queue.target());
        assertThat(queue.kind()).isEqualTo(queue.target() & 0xFF);
        clock = queue.time();
      }
      if (step % 20_000 == 0) {
        assertThat(popped).isEqualTo(expected);
      }
    }
    assertThat(popped).isEqualTo(expected);
    assertThat(queue.size()).isEqualTo(pending.size());
  }

  @Test
  default void growsPastItsInitialCapacity_andClearResets() {
    EventQueue queue = newQueue();
    int n = 100_000;
    for (int i = n - 1; i >= 0; i--) {
      queue.add(i, 1, i, 0);
    }
    assertThat(queue.size()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      assertThat(queue.pollUntil(Double.MAX_VALUE)).isTrue();
      assertThat(queue.target()).isEqualTo(i);
    }
    queue.add(1.0, 1, 1, 0);
    queue.clear();
    assertThat(queue.isEmpty()).isTrue();
    queue.add(4.0, 1, 9, 0);
    queue.pollUntil(4.0);
    assertThat(queue.sequence()).isZero();
  }

  @Test
  default void negativeZero_sortsWithZero() {
    EventQueue queue = newQueue();
    queue.add(0.0, 0, 1, 0);
    queue.add(-0.0, 0, 2, 0);
    queue.add(Double.MIN_VALUE, 0, 3, 0);
    queue.pollUntil(1.0);
    assertThat(queue.target()).isEqualTo(1);
    queue.pollUntil(1.0);
    assertThat(queue.target()).isEqualTo(2);
  }

  @Test
  default void badTimesAndKinds_areRefused() {
    EventQueue queue = newQueue();
    assertThatThrownBy(() -> queue.add(Double.NaN, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.add(-1.0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.add(Double.POSITIVE_INFINITY, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.add(1.0, 256, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.add(1.0, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(queue.isEmpty()).isTrue();
  }
}
