package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import salesim.model.base.Source;

final class PayrollTest {

  /** Reference pay: 10 % flat, quota 120,000 a quarter, accelerator 1.5 above it. */
  @Test
  void payOnWin_acceleratesAboveQuota_andThePeriodRestartsAtItsEnd() {
    SalesModel model = new SalesModel(Scenarios.reference("calendar.months=12"), 1, 0);
    model.start();
    Payroll pay = model.payroll();
    assertThat(pay.payOnWin(0, Source.INBOUND, 100_000)).isCloseTo(10_000, within(1e-9));
    assertThat(pay.marginalRate(0, Source.INBOUND)).isCloseTo(0.10, within(1e-12));
    // 20,000 up to quota at 10 %, 30,000 above it at 15 %.
    assertThat(pay.payOnWin(0, Source.OUTBOUND, 50_000)).isCloseTo(6_500, within(1e-9));
    assertThat(pay.marginalRate(0, Source.INBOUND)).isCloseTo(0.15, within(1e-12));
    assertThat(pay.marginalRate(1, Source.INBOUND)).as("another rep").isCloseTo(0.10, within(1e-12));
    pay.payOnWin(1, Source.INBOUND, 60_000);

    // The quarter ends: eight ramped reps were there all period, one of them met quota.
    pay.monthStart(3);
    assertThat(pay.attainmentShare()).isCloseTo(1.0 / 8, within(1e-12));
    assertThat(pay.marginalRate(0, Source.INBOUND)).isCloseTo(0.10, within(1e-12));
    pay.monthStart(4); // not a quarter's end: nothing closes
    assertThat(pay.attainmentShare()).isCloseTo(1.0 / 8, within(1e-12));
  }

  @Test
  void cap_stopsCommissionAtItsMultipleOfTheQuotasPay() {
    SalesModel model =
        new SalesModel(Scenarios.reference("calendar.months=12", "comp.quota.capMultiple=2"), 1, 0);
    model.start();
    Payroll pay = model.payroll();
    // Cap: 2 × 10 % × 120,000 = 24,000 a period; 300,000 booked would pay 12,000 + 27,000.
    assertThat(pay.payOnWin(2, Source.INBOUND, 300_000)).isCloseTo(24_000, within(1e-9));
    assertThat(pay.payOnWin(2, Source.INBOUND, 10_000)).isZero();
    assertThat(pay.marginalRate(2, Source.OUTBOUND)).isZero();
  }
}
