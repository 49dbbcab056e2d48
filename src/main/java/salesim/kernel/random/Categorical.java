package salesim.kernel.random;

import java.util.Arrays;

/**
 * Draws an index with probability proportional to its weight in O(1), by Walker's alias method
 * in Vose's numerically stable construction ("A linear algorithm for generating random numbers
 * with a given distribution", IEEE TSE 17(9), 1991).
 *
 * <p>Immutable and thread-safe; draws consume one uniform from the caller's stream.
 */
public final class Categorical {

  private final double[] probability;
  private final int[] alias;

  private Categorical(double[] probability, int[] alias) {
    this.probability = probability;
    this.alias = alias;
  }

  /** A sampler over indices 0..weights.length−1; weights must be finite, >= 0, not all zero. */
  public static Categorical of(double... weights) {
    int n = weights.length;
    if (n == 0) {
      throw new IllegalArgumentException("categorical needs at least one weight");
    }
    double total = 0.0;
    for (double w : weights) {
      if (!(w >= 0.0) || w == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("weights must be finite and >= 0, got " + w);
      }
      total += w;
    }
    if (total <= 0.0) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    double[] scaled = new double[n];
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / total;
    }
    double[] probability = new double[n];
    int[] alias = new int[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      if (scaled[i] < 1.0) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    while (smallCount > 0 && largeCount > 0) {
      int less = small[--smallCount];
      int more = large[--largeCount];
      probability[less] = scaled[less];
      alias[less] = more;
      scaled[more] = (scaled[more] + scaled[less]) - 1.0;
      if (scaled[more] < 1.0) {
        small[smallCount++] = more;
      } else {
        large[largeCount++] = more;
      }
    }
    // Whatever remains is 1 up to rounding.
    while (largeCount > 0) {
      int i = large[--largeCount];
      probability[i] = 1.0;
      alias[i] = i;
    }
    while (smallCount > 0) {
      int i = small[--smallCount];
      probability[i] = 1.0;
      alias[i] = i;
    }
    return new Categorical(probability, alias);
  }

  /** The number of categories. */
  public int size() {
    return probability.length;
  }

  /** Draws a category index. */
  public int sample(RandomStream stream) {
    int n = probability.length;
    double u = stream.nextDouble() * n;
    int column = (int) u;
    return (u - column) < probability[column] ? column : alias[column];
  }

  @Override
  public String toString() {
    return "Categorical" + Arrays.toString(probability);
  }
}
