package salesim.kernel.stat;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Quantiles of a stream of signed doubles in bounded memory. Each value falls into a log-linear
 * bucket keyed by its exponent and the top {@value #SUB_BITS} bits of its mantissa (the bucket
 * layout of HdrHistogram and DDSketch, computed from the bits, with no logarithm), so a bucket
 * spans less than 0.8 % of its values. A bucket remembers the count and the sum of what fell in
 * it and reports their mean, so repeated values — zeros, small counts — come back exactly, and
 * any other answer is within 0.8 % of a true order statistic.
 *
 * <p>Quantiles interpolate between order statistics as Hyndman and Fan's type 7 does (R's and
 * NumPy's default), with each order statistic replaced by its bucket's mean.
 *
 * <p>Memory grows with the spread of the values (128 buckets per binade), never with their
 * number. The state is integers and doubles added in arrival order, so it serialises exactly
 * and the same stream gives the same answers on every JDK.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class QuantileSketch {

  /** Mantissa bits kept per bucket: 2^7 = 128 buckets per power of two. */
  public static final int SUB_BITS = 7;
  private static final int SHIFT = 52 - SUB_BITS;

  private final Buckets positive = new Buckets();
  private final Buckets negative = new Buckets();
  private long zeros;
  private long count;

  /** Records a finite value. */
  public void add(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("only finite values have quantiles, got " + value);
    }
    count++;
    if (value > 0.0) {
      positive.add(key(value), value);
    } else if (value < 0.0) {
      negative.add(key(-value), value);
    } else {
      zeros++;
    }
  }

  /** Values recorded. */
  public long count() {
    return count;
  }

  /** The type-7 quantile {@code q} in [0, 1], or 0 if nothing was recorded. */
  public double quantile(double q) {
    if (!(q >= 0.0 && q <= 1.0)) {
      throw new IllegalArgumentException("quantile must be in [0, 1], got " + q);
    }
    if (count == 0) {
      return 0.0;
    }
    double h = (count - 1) * q;
    long lo = (long) Math.floor(h);
    long hi = Math.min(lo + 1, count - 1);
    double low = orderStatistic(lo);
    return lo == hi ? low : low + (h - lo) * (orderStatistic(hi) - low);
  }

  /** The representative of the k-th smallest value (0-based). */
  private double orderStatistic(long k) {
    // Negatives first, largest magnitude (highest key) first; then zeros; then positives.
    if (k < negative.total) {
      return negative.meanAtRankFromTop(k);
    }
    k -= negative.total;
    if (k < zeros) {
      return 0.0;
    }
    return positive.meanAtRank(k - zeros);
  }

  /** Folds another sketch in (exact for counts; sums add in this order). */
  public void merge(QuantileSketch other) {
    positive.merge(other.positive);
    negative.merge(other.negative);
    zeros += other.zeros;
    count += other.count;
  }

  /** Writes the exact state. */
  public void write(DataOutput out) throws IOException {
    out.writeLong(count);
    out.writeLong(zeros);
    positive.write(out);
    negative.write(out);
  }

  /** Reads a state written by {@link #write}. */
  public static QuantileSketch read(DataInput in) throws IOException {
    QuantileSketch sketch = new QuantileSketch();
    sketch.count = in.readLong();
    sketch.zeros = in.readLong();
    sketch.positive.read(in);
    sketch.negative.read(in);
    return sketch;
  }

  /** The bucket of a positive value: monotone in the value, since positive doubles order by bits. */
  static int key(double magnitude) {
    return (int) (Double.doubleToRawLongBits(magnitude) >>> SHIFT);
  }

  /** A dense run of buckets from {@code base} on, grown as values arrive. */
  private static final class Buckets {
    int base;
    int[] counts = new int[0];
    double[] sums = new double[0];
    long total;

    void add(int key, double value) {
      int i = slot(key);
      counts[i]++;
      sums[i] += value;
      total++;
    }

    /** The index of a key, widening the run to cover it. */
    private int slot(int key) {
      if (counts.length == 0) {
        base = key;
        counts = new int[16];
        sums = new double[16];
        return 0;
      }
      if (key < base) {
        int grow = Math.max(base - key, counts.length / 2);
        int[] c = new int[counts.length + grow];
        double[] s = new double[counts.length + grow];
        System.arraycopy(counts, 0, c, grow, counts.length);
        System.arraycopy(sums, 0, s, grow, sums.length);
        counts = c;
        sums = s;
        base -= grow;
      } else if (key - base >= counts.length) {
        int length = Math.max(key - base + 1, counts.length + counts.length / 2);
        counts = Arrays.copyOf(counts, length);
        sums = Arrays.copyOf(sums, length);
      }
      return key - base;
    }

    double meanAtRank(long k) {
      for (int i = 0; i < counts.length; i++) {
        if (k < counts[i]) {
          return sums[i] / counts[i];
        }
        k -= counts[i];
      }
      throw new IllegalStateException("rank beyond the sketch");
    }

    double meanAtRankFromTop(long k) {
      for (int i = counts.length - 1; i >= 0; i--) {
        if (k < counts[i]) {
          return sums[i] / counts[i];
        }
        k -= counts[i];
      }
      throw new IllegalStateException("rank beyond the sketch");
    }

    void merge(Buckets other) {
      for (int i = 0; i < other.counts.length; i++) {
        if (other.counts[i] > 0) {
          int j = slot(other.base + i);
          counts[j] += other.counts[i];
          sums[j] += other.sums[i];
        }
      }
      total += other.total;
    }

    void write(DataOutput out) throws IOException {
      out.writeInt(base);
      out.writeInt(counts.length);
      for (int i = 0; i < counts.length; i++) {
        out.writeInt(counts[i]);
        out.writeDouble(sums[i]);
      }
      out.writeLong(total);
    }

    void read(DataInput in) throws IOException {
      base = in.readInt();
      int n = in.readInt();
      counts = new int[n];
      sums = new double[n];
      for (int i = 0; i < n; i++) {
        counts[i] = in.readInt();
        sums[i] = in.readDouble();
      }
      total = in.readLong();
    }
  }
}
