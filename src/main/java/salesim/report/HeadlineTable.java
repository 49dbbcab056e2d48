package salesim.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import salesim.experiment.MetricSummary;
import salesim.experiment.RunResult;
import salesim.experiment.Unit;
import salesim.model.Metric;

/** The short table of headline metrics a run prints to the terminal. */
public final class HeadlineTable {

  /** The metrics an advisor looks at first. */
  public static final List<Metric> HEADLINE =
      List.of(
          Metric.BOOKINGS_TOTAL,
          Metric.BOOKINGS_INBOUND,
          Metric.BOOKINGS_OUTBOUND,
          Metric.CONTRIBUTION,
          Metric.COST_OF_SALES,
          Metric.COMMISSION_TOTAL,
          Metric.COST_OF_SALES_RATIO,
          Metric.OUTBOUND_HOURS_SHARE,
          Metric.IDLE_HOURS_SHARE,
          Metric.MEETINGS_OUTBOUND,
          Metric.INBOUND_LEADS_LOST,
          Metric.MEAN_RESPONSE_HOURS,
          Metric.OUTBOUND_REPS_END,
          Metric.QUOTA_ATTAINMENT_SHARE);

  private HeadlineTable() {}

  /** Prints the table for one run. */
  public static void print(PrintStream out, RunResult result, String currency) {
    out.printf(
        Locale.ROOT,
        "%s: %d runs, seed %d, %d months (95 %% CI of the mean; p5-p95 across runs)%n",
        result.scenario(),
        result.runs(),
        result.seed(),
        result.months());
    out.printf(
        Locale.ROOT, "  %-26s %14s %29s %29s%n", "metric", "mean", "95% CI", "p5 .. p95");
    for (Metric metric : HEADLINE) {
      MetricSummary s = result.summary(metric);
      int places = places(metric, s.ci95Low(), s.ci95High());
      out.printf(
          Locale.ROOT,
          "  %-26s %14s %29s %29s%n",
          metric.key(),
          value(s.mean(), metric, places),
          value(s.ci95Low(), metric, places) + " .. " + value(s.ci95High(), metric, places),
          value(s.p5(), metric, currency) + " .. " + value(s.p95(), metric, currency));
    }
  }

  /**
   * The decimals that show a value beside its 95 % interval {@code [low, high]}: as in the
   * report ({@link Formats#places}), so the terminal's "[+1.06 .. +1.14]" tells the ends apart
   * too; {@link Formats#DEFAULT} for money, which prints whole units here.
   */
  static int places(Metric metric, double low, double high) {
    return Formats.places(metric, low, high);
  }

  /**
   * A difference in the metric's unit, signed; a difference of shares is in percentage points
   * ("+4.1 pts", as the report says), never a percentage that reads as a relative change.
   */
  static String difference(double x, Metric metric) {
    return difference(x, metric, Formats.DEFAULT);
  }

  /** A signed difference to {@code places} decimals ({@link Formats#DEFAULT}: the unit's). */
  static String difference(double x, Metric metric, int places) {
    if (Unit.of(metric).isShare()) {
      String text = value(x, metric, places);
      text = text.substring(0, text.length() - 1);
      return (x > 0 && text.chars().anyMatch(c -> c >= '1' && c <= '9') ? "+" : "")
          + text
          + " pts";
    }
    String text = value(x, metric, places);
    return x > 0 ? "+" + text : text;
  }

  /** A value in the metric's unit: currency and counts grouped, shares as percentages. */
  static String value(double x, Metric metric, String currency) {
    return value(x, metric, Formats.DEFAULT);
  }

  /** A value to {@code places} decimals ({@link Formats#DEFAULT}: the unit's); money whole. */
  private static String value(double x, Metric metric, int places) {
    Unit unit = Unit.of(metric);
    if (unit == Unit.CURRENCY) {
      return String.format(Locale.ROOT, "%,.0f", x);
    }
    int d = places != Formats.DEFAULT ? places : unit == Unit.HOURS || unit == Unit.RATIO ? 2 : 1;
    String text =
        switch (unit) {
          case SHARE -> String.format(Locale.ROOT, "%." + d + "f%%", 100.0 * x);
          case HOURS, RATIO -> String.format(Locale.ROOT, "%." + d + "f", x);
          default -> String.format(Locale.ROOT, "%,." + d + "f", x);
        };
    // A small negative value rounds to "-0.0": no sign on a zero.
    return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9')
        ? text.substring(1)
        : text;
  }
}
