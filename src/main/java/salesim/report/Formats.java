package salesim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import salesim.experiment.Unit;
import salesim.model.Metric;

/**
 * Numbers as a leadership team reads them: money to three significant digits with its currency
 * ("USD 11.5 m"), shares as percentages, counts grouped. Every conversion goes through the exact
 * {@link BigDecimal} value of the double and {@link Locale#ROOT}, so the text is the same on every
 * machine and JDK.
 */
final class Formats {

  /** The minus sign: typographic, as in the charts. */
  static final String MINUS = "\u2212";

  /** An en dash for ranges ("11.3–11.6 m"). */
  static final String DASH = "\u2013";

  private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_EVEN);

  private Formats() {}

  /** Money with its currency: "USD 11.5 m", "USD 248 k", "USD 950", "−USD 1.2 m". */
  static String money(double value, String currency) {
    String amount = amount(Math.abs(value));
    String sign = value < 0 && !amount.equals("0") ? MINUS : "";
    return sign + currency + " " + amount;
  }

  /** Money with an explicit sign, for differences: "+USD 1.49 m". */
  static String signedMoney(double value, String currency) {
    String text = money(value, currency);
    return value > 0 && !amount(value).equals("0") ? "+" + text : text;
  }

  /** A money range with one currency: "USD 11.3–11.6 m" when both ends share a unit. */
  static String moneyRange(double low, double high, String currency) {
    String a = money(low, currency);
    String b = money(high, currency);
    String unitA = unit(a);
    if (unitA.equals(unit(b)) && low >= 0 && high >= 0) {
      return a.substring(0, a.length() - unitA.length()).stripTrailing()
          + DASH
          + b.substring(currency.length() + 1);
    }
    return a + " to " + b;
  }

  private static String unit(String money) {
    if (money.endsWith(" m")) {
      return " m";
    }
    if (money.endsWith(" k")) {
      return " k";
    }
    if (money.endsWith(" bn")) {
      return " bn";
    }
    return "";
  }

  /** A positive amount to three significant digits with k, m or bn. */
  static String amount(double magnitude) {
    if (magnitude == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(magnitude).round(THREE);
    double r = rounded.doubleValue();
    if (r >= 1e9) {
      return plain(rounded.movePointLeft(9)) + " bn";
    }
    if (r >= 1e6) {
      return plain(rounded.movePointLeft(6)) + " m";
    }
    if (r >= 1e4) {
      return plain(rounded.movePointLeft(3)) + " k";
    }
    return String.format(
        Locale.ROOT, "%,d", rounded.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
  }

  /** Three significant digits kept (10.0 m, not 10 m): the precision the runs support. */
  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** A share (0.302) as a percentage: "30.2 %". */
  static String percent(double share) {
    return decimals(100 * share, 1) + " %";
  }

  /** A relative change (0.149) with its sign: "+14.9 %". */
  static String change(double relative) {
    String text = decimals(100 * relative, 1);
    return (relative > 0 && !text.equals("0.0") ? "+" : "") + text + " %";
  }

  /** A whole number, grouped: 1,000. */
  static String whole(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A count: grouped whole numbers from 100 on, one decimal below. */
  static String count(double value) {
    if (Math.abs(value) >= 100) {
      long whole = new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN).longValue();
      String text = String.format(Locale.ROOT, "%,d", Math.abs(whole));
      return (whole < 0 ? MINUS : "") + text;
    }
    return decimals(value, 1);
  }

  /** A number to a fixed number of decimals, exact rounding, typographic minus. */
  static String decimals(double value, int places) {
    BigDecimal rounded = new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN);
    String text = rounded.abs().toPlainString();
    return rounded.signum() < 0 ? MINUS + text : text;
  }

  /** A metric's value in its unit. */
  static String metric(double value, Metric metric, String currency) {
    return metric(value, metric, currency, DEFAULT);
  }

  /** A difference of a metric in its unit, signed; shares move in percentage points. */
  static String difference(double value, Metric metric, String currency) {
    return difference(value, metric, currency, DEFAULT);
  }

  /** The unit's own decimals, for {@link #metric(double, Metric, String, int)}. */
  static final int DEFAULT = -1;

  /** At most this many decimals beyond a unit's own to show a narrow interval's half-width. */
  private static final int EXTRA_PLACES = 2;

  /**
   * The decimals that show a value beside its 95 % interval: the unit's own, or more, until the
   * interval's half-width shows one significant digit (at most {@value #EXTRA_PLACES} more), so a
   * narrow interval reads "+1.08 to +1.12 months", not "+1.1 to +1.1 months". An interval that
   * excludes zero gets more, beyond that if need be, until its end nearer zero does not round to
   * zero, so an effect that is clearly not zero never reads "0.0", nor its interval "0.00 to
   * +0.03". Money keeps its three significant digits, and a count of 100 or more its
   * whole number: both already tell their ends apart.
   */
  static int places(Metric metric, double low, double high) {
    Unit unit = Unit.of(metric);
    int own = ownPlaces(unit);
    double scale = unit.isShare() ? 100 : 1;
    double half = (high - low) / 2 * scale;
    if (own < 0 || !(half > 0) || Double.isInfinite(half)) {
      return DEFAULT;
    }
    int needed = (int) -Math.floor(Math.log10(half));
    int places = Math.min(own + EXTRA_PLACES, Math.max(own, needed));
    // An interval that excludes zero must not show an end, or the value inside it, as zero
    // ("+0.02 months, CI 0.00 to +0.03"): more decimals until its end nearer zero does not round
    // to zero, beyond the cap if need be (the mean lies between the ends, so it does not either).
    double nearer = Math.min(Math.abs(low), Math.abs(high)) * scale;
    if ((low > 0 || high < 0) && Double.isFinite(nearer)) {
      BigDecimal end = new BigDecimal(nearer);
      while (places < MOST_PLACES && end.setScale(places, RoundingMode.HALF_EVEN).signum() == 0) {
        places++;
      }
    }
    return places;
  }

  /** The most decimals an interval that excludes zero may take to keep its nearer end off zero. */
  private static final int MOST_PLACES = 9;

  /** A metric's value in its unit, to {@code places} decimals ({@link #DEFAULT}: the unit's). */
  static String metric(double value, Metric metric, String currency, int places) {
    Unit unit = Unit.of(metric);
    int d = places == DEFAULT ? ownPlaces(unit) : places;
    return switch (unit) {
      case CURRENCY -> money(value, currency);
      case SHARE -> decimals(100 * value, d) + " %";
      case FLAG -> decimals(100 * value, d) + " % of runs";
      case HOURS -> decimals(value, d) + " h";
      case DAYS -> decimals(value, d) + " days";
      case MONTHS -> decimals(value, d) + " months";
      case MONTH -> "month " + decimals(value, d);
      case RATIO -> decimals(value, d);
      default -> Math.abs(value) >= 100 ? count(value) : decimals(value, d);
    };
  }

  /** A signed difference of a metric, to {@code places} decimals ({@link #DEFAULT}: the unit's). */
  static String difference(double value, Metric metric, String currency, int places) {
    Unit unit = Unit.of(metric);
    if (unit == Unit.CURRENCY) {
      return signedMoney(value, currency);
    }
    if (unit.isShare()) {
      int d = places == DEFAULT ? ownPlaces(unit) : places;
      return signed(decimals(100 * value, d), value) + " pts";
    }
    return signed(metric(value, metric, currency, places), value);
  }

  /**
   * A difference and its 95 % interval's ends, all three to the precision the interval supports
   * ({@link #places}).
   */
  record Interval(String mean, String low, String high) {

    static Interval of(double mean, double low, double high, Metric metric, String currency) {
      int places = places(metric, low, high);
      return new Interval(
          difference(mean, metric, currency, places),
          difference(low, metric, currency, places),
          difference(high, metric, currency, places));
    }

    /** "−1.2 to +3.4 months". */
    String range() {
      return low + " to " + high;
    }
  }

  /**
   * A mean and the half-width of its 95 % interval, both to the precision the interval supports:
   * "USD 24.7 m\n± USD 711 k", "14.06 months\n± 0.04 months".
   */
  static String meanAndHalf(double mean, double low, double high, Metric metric, String currency) {
    int places = places(metric, low, high);
    return metric(mean, metric, currency, places)
        + "\n\u00b1 "
        + metric((high - low) / 2, metric, currency, places);
  }

  /**
   * A mean of months and its 95 % interval, as a sentence gives them, to the decimals that tell
   * the interval's ends apart: "14.06 months on average (95 % CI 14.02–14.10)"; without an
   * interval (NaN) the mean alone.
   */
  static String monthsWithCi(double mean, double low, double high, Metric metric) {
    if (Double.isNaN(low) || Double.isNaN(high)) {
      return metric(mean, metric, "") + " on average";
    }
    int places = places(metric, low, high);
    int d = places == DEFAULT ? ownPlaces(Unit.of(metric)) : places;
    return metric(mean, metric, "", places)
        + " on average (95 % CI "
        + decimals(low, d)
        + DASH
        + decimals(high, d)
        + ")";
  }

  /** The decimals a unit shows on its own; money rounds by significant digits instead (-1). */
  private static int ownPlaces(Unit unit) {
    return switch (unit) {
      case CURRENCY -> DEFAULT;
      case HOURS, RATIO -> 2;
      default -> 1;
    };
  }

  /** A plus sign before a positive value, unless it rounds to zero ("0.0", not "+0.0"). */
  private static String signed(String text, double value) {
    return value > 0 && text.chars().anyMatch(c -> c >= '1' && c <= '9') ? "+" + text : text;
  }
}
