package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class MetricSummaryTest {

  @Test
  void percentiles_followHyndmanFanType7_likeNumpyAndR() {
    // numpy.percentile([1, 2, 3, 4, 10], [5, 25, 50, 75, 95]) = 1.2, 2, 3, 4, 8.8
    MetricSummary s = MetricSummary.of(new double[] {4, 1, 10, 3, 2}, 5);
    assertThat(s.p5()).isCloseTo(1.2, within(1e-12));
    assertThat(s.p25()).isEqualTo(2);
    assertThat(s.p50()).isEqualTo(3);
    assertThat(s.p75()).isEqualTo(4);
    assertThat(s.p95()).isCloseTo(8.8, within(1e-12));
  }

  @Test
  void confidenceInterval_usesStudentT() {
    // mean 4, sd = sqrt(12.5); t(0.975, 4) = 2.7764451
    MetricSummary s = MetricSummary.of(new double[] {4, 1, 10, 3, 2}, 5);
    assertThat(s.mean()).isEqualTo(4);
    assertThat(s.sd()).isCloseTo(Math.sqrt(12.5), within(1e-12));
    assertThat(s.halfWidth()).isCloseTo(2.7764451 * Math.sqrt(12.5 / 5), within(1e-6));
  }

  @Test
  void singleRun_hasNoSpread() {
    MetricSummary s = MetricSummary.of(new double[] {7}, 1);
    assertThat(s.sd()).isZero();
    assertThat(s.ci95Low()).isEqualTo(7);
    assertThat(s.p95()).isEqualTo(7);
  }
}
