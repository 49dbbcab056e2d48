package salesim.model.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LeadQueueTest {

  @Test
  void fifo_answersOldestFirst_lifo_newestFirst_expiryTakesTheOldest() {
    for (LeadOrder order : LeadOrder.values()) {
      LeadQueue queue = new LeadQueue(order);
      for (int i = 0; i < 1000; i++) {
        queue.arrive(i, 0, 0.5, i);
      }
      int first = queue.peek();
      assertThat(queue.serial(first)).isEqualTo(order == LeadOrder.FIFO ? 0 : 999);
      queue.answer(first);
      List<Integer> expired = new ArrayList<>();
      queue.expireArrivedBefore(500, (serial, arrival) -> expired.add(serial));
      int expectedExpired = order == LeadOrder.FIFO ? 499 : 500;
      assertThat(expired).hasSize(expectedExpired).isSorted();
      assertThat(queue.waiting()).isEqualTo(999 - expectedExpired);
      int answered = 0;
      while (queue.peek() >= 0) {
        int slot = queue.peek();
        assertThat(queue.serial(slot)).isGreaterThanOrEqualTo(500);
        queue.answer(slot);
        answered++;
      }
      assertThat(answered).isEqualTo(999 - expectedExpired);
      assertThat(queue.hasWaiting()).isFalse();
      assertThat(queue.arrived()).isEqualTo(1000);
    }
  }

  @Test
  void slotsAreReused_soMemoryFollowsTheQueueNotTheLeadCount() {
    LeadQueue queue = new LeadQueue(LeadOrder.LIFO);
    for (int i = 0; i < 100_000; i++) {
      int slot = queue.arrive(i, i % 3, 0.5, i);
      assertThat(slot).isLessThan(8);
      if (i % 4 == 3) {
        while (queue.hasWaiting()) {
          queue.answer(queue.peek());
        }
      }
    }
    assertThat(queue.arrived()).isEqualTo(100_000);
  }
}
