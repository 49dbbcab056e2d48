package salesim.kernel.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class QuantileSketchTest {

  private static final double[] QS = {0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0};

  @Test
  void quantiles_areWithinTheBucketWidthOfTheExactTypeSevenAnswer() {
    Random random = new Random(1);
    double[] values = new double[20_001];
    QuantileSketch sketch = new QuantileSketch();
    for (int i = 0; i < values.length; i++) {
      values[i] = (random.nextDouble() < 0.3 ? -1 : 1) * Math.exp(random.nextGaussian() * 3);
      sketch.add(values[i]);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (double q : QS) {
      double exact = typeSeven(sorted, q);
      // Each order statistic is replaced by a bucket mean within 2^-7 of it, relatively.
      assertThat(sketch.quantile(q)).isCloseTo(exact, within(Math.abs(exact) / 128 + 1e-300));
    }
  }

  @Test
  void repeatedValues_andZeros_comeBackExactly() {
    QuantileSketch sketch = new QuantileSketch();
    double[] values = {0, 0, 3, 3, 3, 7, 7, -2, 0, 3};
    for (double v : values) {
      sketch.add(v);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (double q : QS) {
      assertThat(sketch.quantile(q)).isEqualTo(typeSeven(sorted, q));
    }
    assertThat(new QuantileSketch().quantile(0.5)).isZero();
  }

  @Test
  void writeThenRead_restoresTheExactState_andMergeAddsCounts() throws IOException {
    QuantileSketch a = new QuantileSketch();
    QuantileSketch b = new QuantileSketch();
    Random random = new Random(2);
    for (int i = 0; i < 5_000; i++) {
      a.add(random.nextGaussian() * 1e6);
      b.add(random.nextDouble());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    a.write(new DataOutputStream(bytes));
    QuantileSketch copy = QuantileSketch.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    for (double q : QS) {
      assertThat(copy.quantile(q)).isEqualTo(a.quantile(q));
    }
    copy.merge(b);
    assertThat(copy.count()).isEqualTo(10_000);
  }

  private static double typeSeven(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
