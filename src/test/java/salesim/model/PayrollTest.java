package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

  /**
   * Issue 14, error 4: the period that ends at the horizon counts. Over a three-month run (one
   * quarter), the attainment share is the share of ramped reps present all quarter whose bookings
   * met quota, replayed from the deals they won.
   */
  @Test
  void attainment_countsThePeriodThatEndsAtTheHorizon() {
    SalesParameters p =
        Scenarios.reference("calendar.months=3", "comp.quota.bookingsPerPeriod=40000");
    long periods = 0;
    long attained = 0;
    double measured = 0;
    int runs = 10;
    for (int rep = 0; rep < runs; rep++) {
      Map<Integer, Double> booked = new HashMap<>();
      Map<Long, Integer> owner = new HashMap<>();
      Map<Long, Double> value = new HashMap<>();
      Set<Integer> stayed = new HashSet<>();
      History history =
          new History() {
            @Override
            public void repHired(int person, int seat, double time, salesim.model.rep.Role role) {
              if (time < 0) {
                stayed.add(person); // in place before the run, so ramped and there all quarter
              }
            }

            @Override
            public void repLeft(int person, double time) {
              stayed.remove(person);
            }

            @Override
            public void opportunityOpened(long id, double time, Source source, int segment,
                double v, int person, long lead) {
              owner.put(id, person);
              value.put(id, v);
            }

            @Override
            public void ownerChanged(long id, double time, int person) {
              owner.put(id, person);
            }

            @Override
            public void opportunityClosed(long id, double time, boolean won) {
              if (won) {
                booked.merge(owner.get(id), value.get(id), Double::sum);
              }
            }
          };
      SalesModel model = new SalesModel(p, 9, rep);
      model.setHistory(history);
      ReplicationResult r = model.run();
      long met = stayed.stream().filter(person -> booked.getOrDefault(person, 0.0) >= 40000).count();
      periods += stayed.size();
      attained += met;
      assertThat(r.get(Metric.QUOTA_ATTAINMENT_SHARE))
          .as("replication %d", rep)
          .isCloseTo((double) met / stayed.size(), within(1e-12));
      measured += r.get(Metric.QUOTA_ATTAINMENT_SHARE);
    }
    assertThat(attained).as("not vacuous: some reps met quota").isPositive();
    assertThat(attained).isLessThan(periods);
    assertThat(measured / runs).isPositive();
  }
}
