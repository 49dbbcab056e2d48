package salesim.model.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.kernel.random.RandomStream;

final class AccountPoolTest {

  private static final Segment SMB = new Segment("smb", 10_000, 1000, 0.5, 1, 0.3, 2, 1, 1);
  private static final Segment ENT = new Segment("ent", 400, 9000, 0.5, 1, 0.1, 8, 0, 1);
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
    pool.take(0, 30, 70); // a cadence takes 100 accounts
    pool.engage(0, 10); // 10 of them booked meetings
    pool.coolDown(0, 5, 15, 0); // 20 never reached: back in month 2, needs unchanged
    pool.rest(0, 70, 0); // 70 said no: back in month 5, needs redrawn
    assertThat(pool.ready(0)).isEqualTo(9_900);
    assertThat(pool.engaged(0)).isEqualTo(10);
    assertThat(pool.total(0)).as("engaged and returning accounts still count").isEqualTo(10_000);
    pool.win(0);
    pool.disengageRest(0, 0);
    pool.disengageCoolDown(0, 0);
    assertThat(pool.engaged(0)).isEqualTo(7);
    assertThat(pool.total(0)).isEqualTo(10_000);

    pool.monthStart(1, stream);
    assertThat(pool.ready(0)).isEqualTo(9_900);
    pool.monthStart(2, stream); // the 20 cooled plus the one whose meeting fell through
    assertThat(pool.ready(0)).isEqualTo(9_921);
    assertThat(pool.readyWithNeed(0)).isEqualTo(need - 30 + 5 + 1);
    pool.monthStart(3, stream);
    pool.monthStart(4, stream);
    pool.monthStart(5, stream); // the 70 who said no and the lost deal's account
    assertThat(pool.ready(0)).isEqualTo(9_992);
    assertThat(pool.total(0)).isEqualTo(10_000);
  }

  @Test
  void takingMoreThanIsReady_isABookkeepingError() {
    AccountPool pool = new AccountPool(List.of(ENT), RULES, new RandomStream(1));
    assertThatThrownBy(() -> pool.take(0, pool.readyWithNeed(0) + 1, 0))
        .isInstanceOf(IllegalStateException.class);
  }
}
