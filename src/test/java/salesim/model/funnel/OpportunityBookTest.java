package salesim.model.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import salesim.kernel.random.RandomStream;
import salesim.model.base.Source;

final class OpportunityBookTest {

  @Test
  void openAndClose_reuseSlots_andTrackEachOwnersDeals() {
    OpportunityBook book = new OpportunityBook(2);
    int a = book.open(Source.INBOUND, 1, 500, 0, 10, 1.5);
    int b = book.open(Source.OUTBOUND, 2, 900, 1, 11, 2.0);
    assertThat(book.openCount()).isEqualTo(2);
    assertThat(book.ownedCount(0)).isEqualTo(1);
    assertThat(book.owned(1, 0)).isEqualTo(b);
    assertThat(book.value(a)).isEqualTo(500);
    assertThat(book.winFactor(a)).isEqualTo(1.0);
    assertThat(book.stage(b)).isZero();
    book.close(a);
    assertThat(book.isOpen(a)).isFalse();
    assertThat(book.ownedCount(0)).isZero();
    int c = book.open(Source.INBOUND, 0, 300, 1, 12, 3.0);
    assertThat(c).as("the freed slot is reused").isEqualTo(a);
    assertThat(book.highWater()).isEqualTo(2);
    assertThat(book.serial(c)).isEqualTo(12);
    assertThat(book.openedAt(c)).isEqualTo(3.0);
  }

  @Test
  void effortDue_listsExactlyTheDealsOwingEffort_throughReassignment() {
    OpportunityBook book = new OpportunityBook(3);
    int a = book.open(Source.INBOUND, 0, 1, 0, 1, 0);
    int b = book.open(Source.INBOUND, 0, 1, 0, 2, 0);
    book.setEffortOwed(a, 2.0);
    book.setEffortOwed(b, 1.0);
    assertThat(book.dueCount(0)).isEqualTo(2);
    book.setEffortOwed(a, 0.0);
    assertThat(book.dueCount(0)).isEqualTo(1);
    assertThat(book.due(0, 0)).isEqualTo(b);
    book.reassign(b, 2);
    assertThat(book.dueCount(0)).isZero();
    assertThat(book.dueCount(2)).isEqualTo(1);
    assertThat(book.effortOwed(b)).as("the effort moves with the deal").isEqualTo(1.0);
    assertThat(book.owner(b)).isEqualTo(2);
    book.close(b);
    assertThat(book.dueCount(2)).isZero();
  }

  /** Random opens, closes, reassignments and effort changes against a plain model of the book. */
  @Test
  void randomOperations_agreeWithASimpleModel_pastEveryGrowth() {
    RandomStream random = new RandomStream(42);
    int owners = 5;
    OpportunityBook book = new OpportunityBook(owners);
    List<Integer> open = new ArrayList<>();
    int[] owner = new int[100_000];
    double[] owed = new double[100_000];
    for (int step = 0; step < 20_000; step++) {
      double u = random.nextDouble();
      if (open.isEmpty() || u < 0.45) {
        int seat = random.nextInt(owners);
        int slot = book.open(Source.OUTBOUND, 0, 1, seat, step, step);
        open.add(slot);
        owner[slot] = seat;
        owed[slot] = 0;
      } else if (u < 0.75) {
        int slot = open.remove(random.nextInt(open.size()));
        book.close(slot);
      } else if (u < 0.85) {
        int slot = open.get(random.nextInt(open.size()));
        int seat = random.nextInt(owners);
        book.reassign(slot, seat);
        owner[slot] = seat;
      } else {
        int slot = open.get(random.nextInt(open.size()));
        double hours = random.nextDouble() < 0.5 ? 0.0 : random.nextDouble() * 3;
        book.setEffortOwed(slot, hours);
        owed[slot] = hours;
      }
      if (step % 997 == 0) {
        assertAgree(book, open, owner, owed, owners);
      }
    }
    assertAgree(book, open, owner, owed, owners);
    assertThat(book.highWater()).as("grew past its first 64 slots").isGreaterThan(64);
  }

  private static void assertAgree(
      OpportunityBook book, List<Integer> open, int[] owner, double[] owed, int owners) {
    assertThat(book.openCount()).isEqualTo(open.size());
    for (int seat = 0; seat < owners; seat++) {
      Set<Integer> owned = new HashSet<>();
      for (int i = 0; i < book.ownedCount(seat); i++) {
        owned.add(book.owned(seat, i));
      }
      Set<Integer> due = new HashSet<>();
      for (int i = 0; i < book.dueCount(seat); i++) {
        due.add(book.due(seat, i));
      }
      Set<Integer> expectedOwned = new HashSet<>();
      Set<Integer> expectedDue = new HashSet<>();
      for (int slot : open) {
        if (owner[slot] == seat) {
          expectedOwned.add(slot);
          if (owed[slot] > 0) {
            expectedDue.add(slot);
          }
        }
      }
      assertThat(owned).isEqualTo(expectedOwned);
      assertThat(due).isEqualTo(expectedDue);
    }
  }
}
