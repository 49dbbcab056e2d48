package salesim.model.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class LeadQueueTest {

  @Test
  void fifo_answersOldestFirst_lifo_newestFirst_bothSkipExpired() {
    for (LeadOrder order : LeadOrder.values()) {
      LeadQueue queue = new LeadQueue(order);
      for (int i = 0; i < 1000; i++) {
        queue.arrive(i, 0, 0.5);
      }
      // Answer the newest and the oldest, then expire everything that arrived before 500.
      int first = queue.peek();
      assertThat(first).isEqualTo(order == LeadOrder.FIFO ? 0 : 999);
      queue.answer(first);
      java.util.List<Integer> expired = new java.util.ArrayList<>();
      queue.expireArrivedBefore(500, (serial, arrival) -> expired.add(serial));
      int expectedExpired = order == LeadOrder.FIFO ? 499 : 500;
      assertThat(expired).hasSize(expectedExpired).isSorted();
      assertThat(expired).doesNotContain(first);
      assertThat(queue.waiting()).isEqualTo(999 - expectedExpired);
      int answered = 0;
      while (queue.peek() >= 0) {
        int lead = queue.peek();
        assertThat(lead).isGreaterThanOrEqualTo(500);
        queue.answer(lead);
        answered++;
      }
      assertThat(answered).isEqualTo(999 - expectedExpired);
      assertThat(queue.hasWaiting()).isFalse();
    }
  }
}
