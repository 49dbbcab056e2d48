package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A new hunter's payback is the first month her cumulative margin on bookings covers her
 * cumulative loaded cost: worked by hand on a ledger with known bookings and costs.
 */
final class HunterPaybackTest {

  private final Replication r =
      new Replication(Scenarios.reference("calendar.months=12", "finance.grossMargin=0.5"), 1, 0);

  @Test
  void paybackIsTheFirstMonthTheCumulativeMarginCoversTheCost_andStillRunningCountsItsMonths() {
    Ledger ledger = new Ledger(r, 3);
    HunterPayback hunters = new HunterPayback(r, 3);
    r.month = 2;
    hunters.hired(0); // from month 2: costs 1,000 a month, books 6,000 in month 4
    hunters.hired(1); // from month 2: costs 1,000 a month, never books, leaves in month 7
    for (int m = 2; m < 12; m++) {
      ledger.addCommission(0, m, 1_000 / r.p.finance().payLoading());
      ledger.addCommission(1, m, 1_000 / r.p.finance().payLoading());
    }
    ledger.addBooking(0, 4, 6_000, true);
    hunters.left(1, 7);
    // Seat 0: months 2, 3, 4 cost 3,000; month 4's margin is 3,000: paid back in her 3rd month.
    // Seat 1: never paid back; counted at her 5 months (2 to 6), a lower bound.
    assertThat(hunters.hired()).isEqualTo(2);
    assertThat(hunters.paybackMonths(ledger)).isEqualTo((3 + 5) / 2.0);
  }

  @Test
  void withNoHunterHired_theHorizonStandsIn() {
    assertThat(new HunterPayback(r, 2).paybackMonths(new Ledger(r, 2))).isEqualTo(12.0);
  }
}
