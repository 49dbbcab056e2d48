package salesim.model.rep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import salesim.kernel.random.RandomStream;

final class ActivityChoiceTest {

  @Test
  void zeroTemperature_isGreedy_andSkipsClosedOptions() {
    double[] values = {5, 40, 30, 0};
    boolean[] open = {true, false, true, true};
    assertThat(ActivityChoice.choose(values, open, 4, 0.0, new RandomStream(1))).isEqualTo(2);
    assertThat(ActivityChoice.choose(values, new boolean[4], 4, 10.0, new RandomStream(1)))
        .isEqualTo(-1);
  }

  @Test
  void positiveTemperature_choosesByTheLogitProbabilities() {
    // P(i) = exp(v_i / T) / sum: with v = {10, 0, -10}, T = 10 -> e, 1, 1/e.
    double[] values = {10, 0, -10};
    boolean[] open = {true, true, true};
    RandomStream stream = new RandomStream(42);
    int n = 200_000;
    int[] counts = new int[3];
    for (int i = 0; i < n; i++) {
      counts[ActivityChoice.choose(values.clone(), open, 3, 10.0, stream)]++;
    }
    double z = Math.E + 1 + 1 / Math.E;
    double[] p = {Math.E / z, 1 / z, 1 / Math.E / z};
    for (int i = 0; i < 3; i++) {
      double se = Math.sqrt(p[i] * (1 - p[i]) / n);
      assertThat((double) counts[i] / n).isCloseTo(p[i], within(4 * se));
    }
  }

  @Test
  void hugeValueGaps_doNotOverflow() {
    double[] values = {1e9, -1e9};
    boolean[] open = {true, true};
    assertThat(ActivityChoice.choose(values, open, 2, 0.001, new RandomStream(3))).isZero();
  }

  @Test
  void discount_isHyperbolic() {
    assertThat(ActivityChoice.discount(0.15, 0)).isEqualTo(1.0);
    assertThat(ActivityChoice.discount(0.15, 2)).isCloseTo(1 / 1.3, within(1e-12));
  }
}
