package salesim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one way numbers are printed in outputs. {@code Double.toString} changed between JDK 17 and
 * JDK 19 (shortest-representation fix, JDK-4511638), so outputs go through the exact {@link
 * BigDecimal} value of the double, rounded to a fixed number of significant digits: the same
 * bits give the same bytes on every JDK.
 */
public final class Numbers {

  /** Significant digits of results: well beyond Monte Carlo precision, short enough to read. */
  static final MathContext RESULTS = new MathContext(12, RoundingMode.HALF_EVEN);
  /** Significant digits of echoed parameters: enough to round-trip values typed in a file. */
  static final MathContext PARAMETERS = new MathContext(15, RoundingMode.HALF_EVEN);

  private Numbers() {}

  /** A result as a plain decimal, 12 significant digits, no exponent, no trailing zeros. */
  public static BigDecimal decimal(double value) {
    return decimal(value, RESULTS);
  }

  /** A value rounded to the given precision; refuses NaN and infinities, which no output may hold. */
  static BigDecimal decimal(double value, MathContext precision) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("refusing to write a non-finite number: " + value);
    }
    if (value == 0.0) {
      return BigDecimal.ZERO; // also folds -0.0
    }
    BigDecimal rounded = new BigDecimal(value).round(precision).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  /** {@link #decimal(double)} as text. */
  public static String format(double value) {
    return decimal(value).toPlainString();
  }
}
