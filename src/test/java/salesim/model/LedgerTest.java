package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class LedgerTest {

  private final Replication r = new Replication(Scenarios.reference("calendar.months=3"), 1, 0);

  @Test
  void hours_splitAtMonthBoundaries_andOutboundWorkGoesIntoTheSeatsHistory() {
    Ledger ledger = new Ledger(r, 2);
    // 21 working days a month, 6 selling hours a day: from day 20 to day 22.5 is 6 + 9 hours.
    ledger.bookHours(1, MonthlyMetric.HOURS_PROSPECTING, true, 20.0, 22.5);
    assertThat(ledger.get(0, MonthlyMetric.HOURS_PROSPECTING)).isCloseTo(6.0, within(1e-9));
    assertThat(ledger.get(1, MonthlyMetric.HOURS_PROSPECTING)).isCloseTo(9.0, within(1e-9));
    assertThat(ledger.outboundHours(1, 0)).isCloseTo(6.0, within(1e-9));
    assertThat(ledger.outboundHours(0, 0)).isZero();
    ledger.bookHours(0, MonthlyMetric.HOURS_IDLE, false, 0.0, 1.0);
    assertThat(ledger.outboundHours(0, 0)).as("idle is not outbound work").isZero();
    // Past the horizon, the last month takes the rest.
    ledger.bookHours(0, MonthlyMetric.HOURS_IDLE, false, 62.0, 64.0);
    assertThat(ledger.get(2, MonthlyMetric.HOURS_IDLE)).isCloseTo(12.0, within(1e-9));
    assertThat(ledger.total(MonthlyMetric.HOURS_IDLE)).isCloseTo(18.0, within(1e-9));
    assertThat(ledger.total(MonthlyMetric.HOURS_PROSPECTING, 1, 3)).isCloseTo(9.0, within(1e-9));
  }

  @Test
  void checkHours_passesBalancedBooks_andCatchesAnHourBookedTwice() {
    Ledger ledger = new Ledger(r, 1);
    ledger.startPay(0, 0.0);
    ledger.bookHours(0, MonthlyMetric.HOURS_INBOUND, false, 0.0, 30.0);
    ledger.bookHours(0, MonthlyMetric.HOURS_IDLE, false, 30.0, 63.0);
    ledger.closePay(0, 63.0);
    assertThat(ledger.total(MonthlyMetric.HOURS_AVAILABLE)).isCloseTo(63 * 6.0, within(1e-9));
    ledger.checkHours();
    ledger.add(1, MonthlyMetric.HOURS_MEETINGS, 1.0);
    assertThatThrownBy(ledger::checkHours)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hours not conserved");
  }

  @Test
  void inboundLoad_countsResponsesDealWorkAndTheLeadsThatExpired() {
    Ledger ledger = new Ledger(r, 1);
    ledger.add(0, MonthlyMetric.HOURS_INBOUND, 63.0);
    ledger.add(0, MonthlyMetric.HOURS_DEALS_INBOUND, 31.5);
    ledger.add(0, MonthlyMetric.INBOUND_LEADS_LOST, 42); // 0.75 h each
    assertThat(ledger.inboundLoadFte(0)).isCloseTo((63 + 31.5 + 31.5) / 126.0, within(1e-12));
  }
}
