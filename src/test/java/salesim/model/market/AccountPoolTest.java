package salesim.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.kernel.random.RandomStream;

final class AccountPoolTest {

  private static final Segment SMB = new Segment("smb", 10_000, 1000, 0.5, 1, 0.3, 2, 1, 1, 0.1, 0.05, Billing.MONTHLY);
  private static final Segment ENT = new Segment("ent", 400, 9000, 0.5, 1, 0.1, 8, 0, 1, 0.1, 0.05, Billing.ANNUAL);
  /** Cool-down 2 months, rest 5. */
  private static final ColdOutreach RULES =
      new ColdOutreach(18, 0.1, 0.5, 0.5, 0.8, 0.5, 10, 10, 3, 1, 1, 4, 2, 5);

  @Test
  void newPool_drawsEachSegmentsNeeds_atItsShare_andHoldsEveryAccount() {
    AccountPool pool = new AccountPool(List.of(SMB, ENT), RULES, new RandomStream(7));
    assertThat(pool.ready(0)).isEqualTo(10_000);
    assertThat(pool.ready(1)).isEqualTo(400);
    assertThat(pool.readyTotal()).isEqualTo(10_400);
    // Binomial(10,000, 0.3): within 4 standard errors of 3,000.
    assertThat((double) pool.readyWithNeed(0)).isCloseTo(3000, within(4 * Math.sqrt(2100.0)));
    assertThat(pool.needShare(0)).isEqualTo(pool.readyWithNeed(0) / 10_000.0);
    assertThat(pool.total(0)).isEqualTo(10_000);
  }

  @Test
  void everyMove_keepsTheTotal_andAccountsReturnWhenTheirRestIsOver() {
    RandomStream stream = new RandomStream(3);
    AccountPool pool = new AccountPool(List.of(SMB), RULES, stream);
    int need = pool.readyWithNeed(0);
    // Four cadences: one with a need (u below the need share), three without.
    assertThat(pool.startCadence(0, 0.0)).isTrue();
    assertThat(pool.startCadence(0, 0.999)).isFalse();
    assertThat(pool.startCadence(0, 0.999)).isFalse();
    assertThat(pool.startCadence(0, 0.999)).isFalse();
    assertThat(pool.inCadence(0)).isEqualTo(4);
    assertThat(pool.ready(0)).isEqualTo(9_996);
    pool.endCadenceEngaged(0); // the one with a need booked a meeting
    pool.endCadenceCoolDown(0, false, 0); // never reached: back in month 2, no need
    pool.endCadenceRest(0, 0); // heard and said no: back in month 5, need redrawn
    assertThat(pool.total(0)).as("accounts in cadence still count").isEqualTo(10_000);
    assertThat(pool.engaged(0)).isEqualTo(1);
    assertThat(pool.engageForInbound(0)).as("an inbound deal takes a ready account").isTrue();
    assertThat(pool.eligibleForLeads(0)).isEqualTo(10_000 - 2);
    pool.win(0);
    pool.disengageCoolDown(0, 0); // a meeting that fell through: back in month 2 with its need
    assertThat(pool.engaged(0)).isZero();
    assertThat(pool.eligibleForLeads(0)).as("a customer sends no leads").isEqualTo(10_000 - 1);
    assertThat(pool.total(0)).isEqualTo(10_000);

    pool.monthStart(1, stream);
    assertThat(pool.ready(0)).isEqualTo(9_995);
    pool.monthStart(2, stream);
    assertThat(pool.ready(0)).isEqualTo(9_997);
    assertThat(pool.readyWithNeed(0)).isEqualTo(need - 2 + 1);
    pool.monthStart(3, stream);
    pool.monthStart(4, stream);
    pool.monthStart(5, stream);
    assertThat(pool.ready(0)).isEqualTo(9_998);
    assertThat(pool.total(0)).isEqualTo(10_000);
    pool.endCadenceRest(0, 5); // the last cadence
    assertThat(pool.inCadence(0)).isZero();
  }

  @Test
  void startingACadenceWithNoAccountReady_isABookkeepingError() {
    AccountPool pool = new AccountPool(List.of(ENT), RULES, new RandomStream(1));
    for (int i = 0; i < 400; i++) {
      pool.startCadence(0, 0.5);
    }
    assertThatThrownBy(() -> pool.startCadence(0, 0.5)).isInstanceOf(IllegalStateException.class);
  }
}
