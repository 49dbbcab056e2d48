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
      out.printf(
          Locale.ROOT,
          "  %-26s %14s %29s %29s%n",
          metric.key(),
          value(s.mean(), metric, currency),
          value(s.ci95Low(), metric, currency) + " .. " + value(s.ci95High(), metric, currency),
          value(s.p5(), metric, currency) + " .. " + value(s.p95(), metric, currency));
    }
  }

  /**
   * A difference in the metric's unit, signed; a difference of shares is in percentage points
   * ("+4.1 pts", as the report says), never a percentage that reads as a relative change.
   */
  static String difference(double x, Metric metric) {
    if (Unit.of(metric).isShare()) {
      String text = String.format(Locale.ROOT, "%.1f", 100.0 * x);
      return (x > 0 && !text.equals("0.0") ? "+" : "") + text + " pts";
    }
    String text = value(x, metric, "");
    return x > 0 ? "+" + text : text;
  }

  /** A value in the metric's unit: currency and counts grouped, shares as percentages. */
  static String value(double x, Metric metric, String currency) {
    return switch (Unit.of(metric)) {
      case CURRENCY -> String.format(Locale.ROOT, "%,.0f", x);
      case SHARE -> String.format(Locale.ROOT, "%.1f%%", 100.0 * x);
      case HOURS, RATIO -> String.format(Locale.ROOT, "%.2f", x);
      default -> String.format(Locale.ROOT, "%,.1f", x);
    };
  }
}
