package salesim.kernel.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class TallyTest {

  @Test
  void add_matchesTwoPassFormulas() {
    double[] xs = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
    Tally tally = new Tally();
    double sum = 0;
    for (double x : xs) {
      tally.add(x);
      sum += x;
    }
    double mean = sum / xs.length;
    double ss = 0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    assertThat(tally.count()).isEqualTo(xs.length);
    assertThat(tally.mean()).isCloseTo(mean, within(1e-12));
    assertThat(tally.variance()).isCloseTo(ss / (xs.length - 1), within(1e-12));
    assertThat(tally.min()).isEqualTo(1);
    assertThat(tally.max()).isEqualTo(9);
  }

  @Test
  void merge_ofRandomPartitions_equalsTheWholeSample() {
    Random random = new Random(5);
    double[] xs = new double[10_000];
    Tally whole = new Tally();
    for (int i = 0; i < xs.length; i++) {
      xs[i] = 1e6 + random.nextGaussian() * 3; // a large offset exposes naive sum-of-squares
      whole.add(xs[i]);
    }
    for (int trial = 0; trial < 20; trial++) {
      Tally merged = new Tally();
      Tally part = new Tally();
      for (double x : xs) {
        part.add(x);
        if (random.nextInt(100) == 0) {
          merged.merge(part);
          part = new Tally();
        }
      }
      merged.merge(part);
      merged.merge(new Tally());
      assertThat(merged.count()).isEqualTo(whole.count());
      assertThat(merged.mean()).isCloseTo(whole.mean(), within(1e-13 * whole.mean()));
      assertThat(merged.variance()).isCloseTo(whole.variance(), within(1e-9 * whole.variance()));
      assertThat(merged.min()).isEqualTo(whole.min());
      assertThat(merged.max()).isEqualTo(whole.max());
    }
  }

  @Test
  void timeWeighted_averagesAPiecewiseConstantLevel() {
    TimeWeighted level = new TimeWeighted(0, 2);
    level.update(1, 4); // 2 over [0,1)
    level.add(3, -1); // 4 over [1,3), then 3
    assertThat(level.integral(5)).isEqualTo(2 + 8 + 6);
    assertThat(level.average(5)).isEqualTo(16.0 / 5);
  }
}
