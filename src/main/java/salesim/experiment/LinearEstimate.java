package salesim.experiment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A linear combination of the variants' values with whole-number coefficients over a whole-number
 * denominator, (Σ c_k · v[variant_k]) / D: how a Shapley value, an interaction or a total
 * difference is read off one replication of a lever design. Keeping the weights whole lets the
 * numerator be summed exactly (doubles are exact in {@link BigDecimal}), so that the levers' shares
 * can be checked to add up to the total without rounding.
 *
 * <p>Immutable.
 */
final class LinearEstimate {

  private final int[] variants;
  private final long[] coefficients;
  private final long denominator;

  private LinearEstimate(int[] variants, long[] coefficients, long denominator) {
    this.variants = variants;
    this.coefficients = coefficients;
    this.denominator = denominator;
  }

  /** Accumulates terms, merging those of the same variant and dropping those that cancel. */
  static final class Builder {
    private final Map<Integer, Long> terms = new TreeMap<>();

    /** Adds {@code coefficient} × the value of {@code variant}. */
    Builder add(int variant, long coefficient) {
      terms.merge(variant, coefficient, Math::addExact);
      return this;
    }

    /** The estimate with this denominator. */
    LinearEstimate over(long denominator) {
      if (denominator <= 0) {
        throw new IllegalArgumentException("denominator must be positive: " + denominator);
      }
      int n = (int) terms.values().stream().filter(c -> c != 0).count();
      int[] v = new int[n];
      long[] c = new long[n];
      int k = 0;
      for (Map.Entry<Integer, Long> e : terms.entrySet()) {
        if (e.getValue() != 0) {
          v[k] = e.getKey();
          c[k] = e.getValue();
          k++;
        }
      }
      return new LinearEstimate(v, c, denominator);
    }
  }

  /** The exact numerator Σ c_k · v[variant_k] for values given exactly. */
  BigDecimal numerator(BigDecimal[] values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < variants.length; k++) {
      sum = sum.add(values[variants[k]].multiply(BigDecimal.valueOf(coefficients[k])));
    }
    return sum;
  }

  /** The denominator D. */
  long denominator() {
    return denominator;
  }

  /** The variants this estimate reads (with a non-zero coefficient), ascending. */
  int[] variants() {
    return variants.clone();
  }

  /** The coefficient of a variant (0 if it does not take part). */
  long coefficient(int variant) {
    int k = Arrays.binarySearch(variants, variant);
    return k >= 0 ? coefficients[k] : 0;
  }
}
