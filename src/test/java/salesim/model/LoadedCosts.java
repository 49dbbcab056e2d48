package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The CFO's identities of a replication, recomputed from its monthly flows and the parameters:
 * fully loaded cost of sales (pay, commission and bonuses with their loading, managers at the
 * span of control, tools per seat, leads' and marketing's cost, hiring), recognised revenue (ARR / 12 a month) and
 * contribution (revenue × margin − cost), and the ARR level month by month.
 */
final class LoadedCosts {

  private LoadedCosts() {}

  static void check(SalesParameters p, ReplicationResult r, double tolerance) {
    var f = p.finance();
    double monthHours = p.calendar().sellingHoursPerMonth();
    double cost = 0;
    double revenue = 0;
    for (int m = 0; m < r.months(); m++) {
      double hours = r.get(MonthlyMetric.HOURS_AVAILABLE, m);
      double base = hours / monthHours * p.comp().baseMonthly();
      double pay =
          base + r.get(MonthlyMetric.COMMISSION_INBOUND, m)
              + r.get(MonthlyMetric.COMMISSION_OUTBOUND, m) + r.get(MonthlyMetric.MEETING_BONUS, m);
      cost +=
          pay * f.payLoading()
              + hours / monthHours / f.repsPerManager() * f.managerCostMonthly()
              + hours / monthHours * f.toolsPerSeatMonthly()
              + r.get(MonthlyMetric.MARKETING_COST, m)
              + f.marketingOverheadMonthly()
              + r.get(MonthlyMetric.HIRING_COST, m);
      revenue += r.get(MonthlyMetric.ARR, m) / 12;
      if (m > 0) {
        // The renewal identity, to the bit: next month's ARR is this month's plus its flows.
        assertThat(r.get(MonthlyMetric.ARR, m))
            .as("ARR identity in month %d", m)
            .isEqualTo(
                r.get(MonthlyMetric.ARR, m - 1)
                    + r.get(MonthlyMetric.NEW_ARR, m)
                    - r.get(MonthlyMetric.CHURNED_ARR, m)
                    + r.get(MonthlyMetric.EXPANSION_ARR, m)
                    + r.get(MonthlyMetric.ARR_BROUGHT_IN, m));
      }
      assertThat(r.get(MonthlyMetric.NET_NEW_ARR, m))
          .as("net new ARR in month %d", m)
          .isEqualTo(
              r.get(MonthlyMetric.NEW_ARR, m)
                  - r.get(MonthlyMetric.CHURNED_ARR, m)
                  + r.get(MonthlyMetric.EXPANSION_ARR, m));
    }
    assertThat(r.get(Metric.COST_OF_SALES)).isCloseTo(cost, within(tolerance));
    assertThat(r.get(Metric.REVENUE)).isCloseTo(revenue, within(tolerance));
    assertThat(r.get(Metric.CONTRIBUTION))
        .isCloseTo(revenue * f.grossMargin() - cost, within(tolerance));
    assertThat(r.get(Metric.ARR_END)).isEqualTo(r.get(MonthlyMetric.ARR, r.months() - 1));
    assertThat(r.get(Metric.TOTAL_VALUE))
        .isCloseTo(
            r.get(Metric.CONTRIBUTION) + r.get(Metric.PIPELINE_VALUE_END)
                + r.get(Metric.CUSTOMER_VALUE_END),
            within(tolerance));
  }
}
