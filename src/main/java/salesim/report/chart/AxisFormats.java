package salesim.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;

/**
 * Tick-label formats, all in {@link Locale#ROOT} so labels do not depend on the machine. Money
 * reads as "250k", "1.5M"; the unit and currency go in the axis label, once.
 */
public final class AxisFormats {

  private AxisFormats() {}

  /** Money and other large amounts: 0, 250k, 1.5M, 2bn; a true minus sign below zero. */
  public static NumberFormat compact() {
    return new Compact();
  }

  /** Values already in percent: "30 %", "2.5 %". */
  public static NumberFormat percent() {
    DecimalFormat format =
        new DecimalFormat("0.##' %'", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setNegativePrefix("\u2212");
    return format;
  }

  /** Whole numbers with grouping: 1,250. */
  public static NumberFormat count() {
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setNegativePrefix("\u2212");
    return format;
  }

  /** Counts rounded as people quote them: whole from 100 on, one decimal below. */
  public static NumberFormat whole() {
    return new Whole();
  }

  /** Months on a time axis: integer ticks only. */
  static void months(NumberAxis axis) {
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    axis.setNumberFormatOverride(count());
  }

  /** Text for one value in compact form (also used by item labels). */
  static String compact(double value) {
    return compact().format(value);
  }

  /** 33,245 and 24.6: grouped whole numbers from 100 on, one decimal below. */
  private static final class Whole extends NumberFormat {

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      BigDecimal rounded =
          new BigDecimal(number).setScale(Math.abs(number) >= 100 ? 0 : 1, RoundingMode.HALF_EVEN);
      DecimalFormat grouped =
          new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
      grouped.setNegativePrefix("\u2212");
      return to.append(grouped.format(rounded));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition position) {
      throw new UnsupportedOperationException("labels are never parsed");
    }
  }

  /** 1.5M, 250k: two decimals at most, trailing zeros dropped. */
  private static final class Compact extends NumberFormat {

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      double magnitude = Math.abs(number);
      String suffix;
      double scaled;
      if (magnitude >= 1e9) {
        scaled = magnitude / 1e9;
        suffix = "bn";
      } else if (magnitude >= 1e6) {
        scaled = magnitude / 1e6;
        suffix = "M";
      } else if (magnitude >= 1e3) {
        scaled = magnitude / 1e3;
        suffix = "k";
      } else {
        scaled = magnitude;
        suffix = "";
      }
      BigDecimal rounded =
          new BigDecimal(scaled).setScale(scaled >= 100 ? 0 : 2, RoundingMode.HALF_EVEN);
      String digits = rounded.stripTrailingZeros().toPlainString();
      if (number < 0 && rounded.signum() != 0) {
        to.append('\u2212');
      }
      return to.append(digits).append(suffix);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition position) {
      throw new UnsupportedOperationException("tick labels are never parsed");
    }
  }
}
