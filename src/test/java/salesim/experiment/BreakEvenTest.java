package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;

/** Where outbound turns on and where contribution peaks, read off a sweep's line. */
final class BreakEvenTest {

  private static MetricSummary summary(double mean, double half) {
    return new MetricSummary(100, mean, 1, mean - half, mean + half, mean, mean, mean, mean, mean);
  }

  /** A grid point with the given mean outbound share and contribution (CI ± 10). */
  private static RunResult point(double share, double contribution) {
    Map<Metric, MetricSummary> s = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      s.put(m, summary(0, 0));
    }
    s.put(Metric.OUTBOUND_HOURS_SHARE, summary(share, 0.01));
    s.put(Metric.CONTRIBUTION, summary(contribution, 10));
    return new RunResult(
        "p",
        100,
        1,
        1,
        s,
        new MonthlySummary[1][MonthlyMetric.count()],
        new HirePayback(100, 0, Double.NaN, Double.NaN, Double.NaN));
  }

  private static List<RunResult> line(double[][] shareAndContribution) {
    List<RunResult> results = new ArrayList<>();
    for (double[] p : shareAndContribution) {
      results.add(point(p[0], p[1]));
    }
    return results;
  }

  @Test
  void of_turnsOnAtTheFirstMultiplierWithFivePercentOfHoursProspecting() {
    BreakEven b =
        BreakEven.of(
            new double[] {1, 2, 3, 4},
            line(new double[][] {{0.01, 500}, {0.049, 700}, {0.05, 650}, {0.30, 200}}));
    assertThat(b.turnOn()).isEqualTo(3);
    assertThat(b.turnOnAtLowest()).isFalse();
    assertThat(b.peak()).isEqualTo(2);
    assertThat(b.peakContribution()).isEqualTo(700);
    assertThat(b.peakCi95Low()).isEqualTo(690);
    assertThat(b.peakCi95High()).isEqualTo(710);
  }

  @Test
  void of_neverOn_isNaN_andOnAtTheLowest_saysSo() {
    BreakEven never =
        BreakEven.of(new double[] {1, 2}, line(new double[][] {{0.0, 1}, {0.04, 2}}));
    assertThat(never.turnOn()).isNaN();
    assertThat(never.turnOnAtLowest()).isFalse();
    BreakEven already =
        BreakEven.of(new double[] {1, 2}, line(new double[][] {{0.2, 1}, {0.3, 2}}));
    assertThat(already.turnOn()).isEqualTo(1);
    assertThat(already.turnOnAtLowest()).isTrue();
    assertThat(already.peak()).isEqualTo(2);
  }

  @Test
  void peak_isTheFirstOfEqualHighestMeans() {
    assertThat(BreakEven.peak(new double[] {3, 7, 7, -1})).isEqualTo(1);
    assertThat(BreakEven.peak(new double[] {-5})).isZero();
    assertThat(BreakEven.peak(new double[] {-5, -2, -9})).isEqualTo(1);
  }
}
