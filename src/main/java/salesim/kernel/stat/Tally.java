package salesim.kernel.stat;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Count, mean, variance, min and max of observations, updated in O(1) without storing them
 * (Welford's recurrence), and mergeable with another tally (Chan, Golub and LeVeque's pairwise
 * update), so partial results combine in any grouping.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class Tally {

  private long count;
  private double mean;
  /** Sum of squared deviations from the running mean. */
  private double m2;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /** Records one observation. */
  public void add(double x) {
    count++;
    double delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
    if (x < min) {
      min = x;
    }
    if (x > max) {
      max = x;
    }
  }

  /** Folds another tally's observations into this one. */
  public void merge(Tally other) {
    if (other.count == 0) {
      return;
    }
    if (count == 0) {
      count = other.count;
      mean = other.mean;
      m2 = other.m2;
      min = other.min;
      max = other.max;
      return;
    }
    long n = count + other.count;
    double delta = other.mean - mean;
    mean += delta * other.count / n;
    m2 += other.m2 + delta * delta * ((double) count * other.count / n);
    count = n;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /** Forgets every observation. */
  public void reset() {
    count = 0;
    mean = 0.0;
    m2 = 0.0;
    min = Double.POSITIVE_INFINITY;
    max = Double.NEGATIVE_INFINITY;
  }

  /** The number of observations. */
  public long count() {
    return count;
  }

  /** The sample mean, or NaN if empty. */
  public double mean() {
    return count == 0 ? Double.NaN : mean;
  }

  /** The unbiased sample variance, or NaN with fewer than two observations. */
  public double variance() {
    return count < 2 ? Double.NaN : m2 / (count - 1);
  }

  /** The sample standard deviation. */
  public double standardDeviation() {
    return Math.sqrt(variance());
  }

  /** The standard error of the mean. */
  public double standardError() {
    return Math.sqrt(variance() / count);
  }

  /** The smallest observation, or +infinity if empty. */
  public double min() {
    return min;
  }

  /** The largest observation, or −infinity if empty. */
  public double max() {
    return max;
  }

  /** Writes the exact state (for checkpoints). */
  public void write(DataOutput out) throws IOException {
    out.writeLong(count);
    out.writeDouble(mean);
    out.writeDouble(m2);
    out.writeDouble(min);
    out.writeDouble(max);
  }

  /** Restores a state written by {@link #write}, replacing this tally's. */
  public void read(DataInput in) throws IOException {
    count = in.readLong();
    mean = in.readDouble();
    m2 = in.readDouble();
    min = in.readDouble();
    max = in.readDouble();
  }
}
