package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PARAMETERS.md fact 19: published magnitudes of shocks are outcomes, not inputs. Each shipped
 * shock with a source is checked against it on the reference company, paired against the same
 * runs without the shock (common random numbers): the simulated outcome, with every multiplier
 * and the reps' own reactions combined, must land in the source's range.
 */
final class ShockCalibrationTest {

  private static final int RUNS = 40;

  /**
   * 2008–09 (Alexander Group, 150+ sales forces, B): revenue per rep fell 20 % at the trough
   * ($5.3M to $4.2M) and was back to just over $5M afterwards; reps at quota fell about seven
   * points (CSO Insights: 58.8 % to 51.8 %, B).
   */
  @Test
  void gfc2009_troughOfRevenuePerRep_isAboutMinus20Percent() {
    double[][] ratio = paired("shocks/gfc-2009-like.yaml", true, MonthlyMetric.BOOKINGS_TOTAL);
    double trough = trough(ratio, 12, 33, 3);
    assertThat(trough).as("trough of bookings per rep").isBetween(-0.25, -0.15);
    // Recovered to within about 10 % by the end of the horizon (80 % recovery by month 33).
    assertThat(trailing(ratio, 35, 3)).isBetween(-0.10, 0.03);
    double attainmentDrop = attainment("shocks/gfc-2009-like.yaml") - attainment("reference.yaml");
    assertThat(attainmentDrop).as("reps at quota, points").isBetween(-0.12, -0.03);
  }

  /**
   * 2020 (HubSpot, 70K customers, B): deals created −17 % and −23 % in the worst weeks of March;
   * deals won and created back above the benchmark about four months later.
   */
  @Test
  void covid2020_dealsCreated_fallAbout20PercentAndRecoverWithinMonths() {
    double[][] ratio =
        paired("shocks/covid-2020-like.yaml", false, MonthlyMetric.OPPORTUNITIES_INBOUND,
            MonthlyMetric.OPPORTUNITIES_OUTBOUND);
    double trough = trough(ratio, 12, 16, 1);
    assertThat(trough).as("worst month of opportunities created").isBetween(-0.32, -0.12);
    // Back within 5 % two months after the 4-month V.
    assertThat(trailing(ratio, 18, 1)).isGreaterThan(-0.05);
  }

  /** 2022–23 (Lightspeed 2023 GTM survey, 143 startups, B): a third of reps reached quota. */
  @Test
  void slowdown2023_aboutAThirdOfRepsReachQuota() {
    assertThat(attainment("shocks/slowdown-2023-like.yaml")).isBetween(0.25, 0.42);
  }

  /**
   * Mean over replications of the shocked over the calm monthly value (per active rep if asked),
   * as ratio[0] = shocked means, ratio[1] = calm means, by month.
   */
  private static double[][] paired(String shock, boolean perRep, MonthlyMetric... metrics) {
    SalesParameters calm = Scenarios.reference();
    SalesParameters shocked = Scenarios.file(shock);
    int months = calm.calendar().months();
    double[][] sums = new double[2][months];
    for (int r = 0; r < RUNS; r++) {
      List<ReplicationResult> pair = List.of(SalesModel.run(shocked, 7, r), SalesModel.run(calm, 7, r));
      for (int side = 0; side < 2; side++) {
        ReplicationResult result = pair.get(side);
        for (int m = 0; m < months; m++) {
          double value = 0;
          for (MonthlyMetric metric : metrics) {
            value += result.get(metric, m);
          }
          sums[side][m] += perRep ? value / Math.max(1, result.get(MonthlyMetric.ACTIVE_REPS, m)) : value;
        }
      }
    }
    return sums;
  }

  /** The lowest trailing-window ratio (shocked / calm − 1) over months [from, to]. */
  private static double trough(double[][] sums, int from, int to, int window) {
    double lowest = Double.POSITIVE_INFINITY;
    for (int m = from; m <= to; m++) {
      lowest = Math.min(lowest, trailing(sums, m, window));
    }
    return lowest;
  }

  private static double trailing(double[][] sums, int m, int window) {
    double shocked = 0;
    double calm = 0;
    for (int k = m - window + 1; k <= m; k++) {
      shocked += sums[0][k];
      calm += sums[1][k];
    }
    return shocked / calm - 1;
  }

  private static double attainment(String file) {
    return Scenarios.tally(Scenarios.run(Scenarios.file(file), RUNS), Metric.QUOTA_ATTAINMENT_SHARE).mean();
  }
}
