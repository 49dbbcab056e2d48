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
      queue.expire(0);
      queue.expire(999);
      queue.expire(500);
      assertThat(queue.waiting()).isEqualTo(997);
      int first = queue.peek();
      assertThat(first).isEqualTo(order == LeadOrder.FIFO ? 1 : 998);
      queue.answer(first);
      assertThat(queue.expire(first)).isFalse();
      int answered = 1;
      while (queue.peek() >= 0) {
        int lead = queue.peek();
        assertThat(lead).isNotEqualTo(500);
        queue.answer(lead);
        answered++;
      }
      assertThat(answered).isEqualTo(997);
      assertThat(queue.hasWaiting()).isFalse();
    }
  }
}
