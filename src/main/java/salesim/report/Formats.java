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
    return switch (Unit.of(metric)) {
      case CURRENCY -> money(value, currency);
      case SHARE -> percent(value);
      case FLAG -> percent(value) + " of runs";
      case HOURS -> decimals(value, 2) + " h";
      case DAYS -> decimals(value, 1) + " days";
      case MONTHS -> decimals(value, 1) + " months";
      case MONTH -> "month " + decimals(value, 1);
      case RATIO -> decimals(value, 2);
      default -> count(value);
    };
  }

  /** A difference of a metric in its unit, signed; shares move in percentage points. */
  static String difference(double value, Metric metric, String currency) {
    Unit unit = Unit.of(metric);
    if (unit == Unit.CURRENCY) {
      return signedMoney(value, currency);
    }
    if (unit.isShare()) {
      return signed(decimals(100 * value, 1), value) + " pts";
    }
    return signed(metric(value, metric, currency), value);
  }

  /** A plus sign before a positive value, unless it rounds to zero ("0.0", not "+0.0"). */
  private static String signed(String text, double value) {
    return value > 0 && text.chars().anyMatch(c -> c >= '1' && c <= '9') ? "+" + text : text;
  }
}
