package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

/**
 * The invariants of one replication, checked from outside the model (issue 8): leads, rep hours
 * and money conserved, counts non-negative and finite, cumulative monthly series monotone and
 * ending at their totals. Public so property tests in other packages can run them.
 */
public final class ReplicationInvariants {

  /** Flows whose monthly values add up to a whole-horizon metric. */
  private static final Map<MonthlyMetric, Metric> TOTALS =
      Map.of(
          MonthlyMetric.BOOKINGS_TOTAL, Metric.BOOKINGS_TOTAL,
          MonthlyMetric.INBOUND_LEADS, Metric.INBOUND_LEADS,
          MonthlyMetric.INBOUND_LEADS_LOST, Metric.INBOUND_LEADS_LOST,
          MonthlyMetric.DIALS, Metric.DIALS,
          MonthlyMetric.MEETINGS_OUTBOUND, Metric.MEETINGS_OUTBOUND,
          MonthlyMetric.COMMISSION_TOTAL, Metric.COMMISSION_TOTAL,
          MonthlyMetric.DEPARTURES, Metric.DEPARTURES,
          MonthlyMetric.BASE_PAY, Metric.BASE_PAY);

  /**
   * Metrics that may be negative: contribution and the value it is part of, net new ARR (churn
   * may outrun wins) and the magic number built on it.
   */
  private static final java.util.Set<Metric> SIGNED =
      java.util.EnumSet.of(
          Metric.CONTRIBUTION, Metric.TOTAL_VALUE, Metric.NET_NEW_ARR, Metric.MAGIC_NUMBER);

  private ReplicationInvariants() {}

  /** One replication: conservation, non-negativity and cumulative series. */
  public static void check(SalesParameters p, int replication) {
    SalesModel model = new SalesModel(p, 3, replication);
    DealReplay deals = new DealReplay(p);
    model.setHistory(deals);
    // The model checks leads, hours, accounts and deals itself and throws if one fails.
    ReplicationResult result = model.run();
    double scale = Math.max(1.0, result.get(Metric.BOOKINGS_TOTAL) + result.get(Metric.BASE_PAY));
    double tolerance = 1e-6 * scale;

    // Money: bookings are the won deals', commission the plan applied to each (replayed from
    // outside); cost and contribution add up.
    assertThat(result.get(Metric.BOOKINGS_INBOUND)).isCloseTo(deals.bookedInbound, within(tolerance));
    assertThat(result.get(Metric.BOOKINGS_OUTBOUND)).isCloseTo(deals.bookedOutbound, within(tolerance));
    assertThat(result.get(Metric.COMMISSION_TOTAL)).isCloseTo(deals.commission, within(tolerance));
    assertThat(result.get(Metric.DEALS_WON_INBOUND) + result.get(Metric.DEALS_WON_OUTBOUND))
        .isEqualTo(deals.won);
    double leadsIn = 0;
    double leadsOut = 0;
    for (int m = 0; m < result.months(); m++) {
      leadsIn += result.get(MonthlyMetric.INBOUND_LEADS, m);
      leadsOut +=
          result.get(MonthlyMetric.INBOUND_LEADS_RESPONDED, m)
              + result.get(MonthlyMetric.INBOUND_LEADS_LOST, m);
      // Hours: every paid selling hour went to exactly one activity.
      double hours =
          result.get(MonthlyMetric.HOURS_INBOUND, m)
              + result.get(MonthlyMetric.HOURS_PROSPECTING, m)
              + result.get(MonthlyMetric.HOURS_MEETINGS, m)
              + result.get(MonthlyMetric.HOURS_DEALS_INBOUND, m)
              + result.get(MonthlyMetric.HOURS_DEALS_OUTBOUND, m)
              + result.get(MonthlyMetric.HOURS_IDLE, m);
      assertThat(hours)
          .as("hours by activity in month %d", m)
          .isCloseTo(result.get(MonthlyMetric.HOURS_AVAILABLE, m),
              within(1e-6 * Math.max(1.0, hours)));
    }
    // Leads: none answered or lost that did not arrive or wait from a warm-up (some may still
    // wait at the horizon).
    assertThat(leadsOut).isLessThanOrEqualTo(leadsIn + deals.leadsWaitingAtStart);
    LoadedCosts.check(p, result, tolerance);

    // Counts and amounts are non-negative and finite; only the signed ones may be negative.
    for (int k = 0; k < Metric.count(); k++) {
      Metric metric = Metric.at(k);
      double value = result.get(metric);
      assertThat(Double.isFinite(value)).as(metric.key()).isTrue();
      if (!SIGNED.contains(metric)) {
        assertThat(value).as(metric.key()).isGreaterThanOrEqualTo(0.0);
      }
    }
    for (int k = 0; k < MonthlyMetric.count(); k++) {
      MonthlyMetric metric = MonthlyMetric.at(k);
      for (int m = 0; m < result.months(); m++) {
        double value = result.get(metric, m);
        assertThat(Double.isFinite(value)).as("%s month %d", metric, m).isTrue();
        // Contribution and the month's net new ARR may fall below zero; every other series counts
        // or sums amounts that cannot.
        if (metric != MonthlyMetric.CONTRIBUTION && metric != MonthlyMetric.NET_NEW_ARR) {
          assertThat(value).as("%s month %d", metric, m).isGreaterThanOrEqualTo(0.0);
        }
      }
    }

    // Cumulative series never fall and end at the horizon's total.
    for (Map.Entry<MonthlyMetric, Metric> total : TOTALS.entrySet()) {
      double cumulative = 0;
      for (int m = 0; m < result.months(); m++) {
        double next = cumulative + result.get(total.getKey(), m);
        assertThat(next).as("cumulative %s", total.getKey()).isGreaterThanOrEqualTo(cumulative);
        cumulative = next;
      }
      assertThat(cumulative)
          .as("cumulative %s against %s", total.getKey(), total.getValue().key())
          .isCloseTo(result.get(total.getValue()), within(1e-6 * Math.max(1.0, cumulative)));
    }
  }
}
