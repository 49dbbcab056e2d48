package salesim.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import salesim.experiment.BreakEven;
import salesim.experiment.RunResult;
import salesim.model.Metric;
import salesim.scenario.ParameterPaths;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioWriter;
import tools.jackson.databind.JsonNode;

/** What {@code salesim sweep} prints: a row per grid point, then the break-even points. */
public final class SweepTable {

  private SweepTable() {}

  public static void print(
      PrintStream out,
      Scenario base,
      List<String> paths,
      List<List<String>> points,
      List<RunResult> results,
      List<BreakEven> breakEvens,
      List<List<String>> axes) {
    JsonNode tree = ScenarioWriter.toTree(base);
    List<String> named = new ArrayList<>();
    for (String path : paths) {
      String label = Settings.label(path, tree);
      named.add(label.equals(path) ? path : label + " (" + path + ")");
    }
    out.printf(
        Locale.ROOT,
        "sweep of %s: %d points x %d runs on common random numbers%n",
        String.join(" x ", named),
        points.size(),
        results.get(0).runs());
    out.printf(
        Locale.ROOT,
        "  %-28s %14s %14s %14s %9s %9s%n",
        "point",
        "bookings",
        "contribution",
        "+/- 95% CI",
        "outbound",
        "idle");
    for (int i = 0; i < points.size(); i++) {
      RunResult r = results.get(i);
      out.printf(
          Locale.ROOT,
          "  %-28s %14s %14s %14s %8.1f%% %8.1f%%%n",
          String.join(", ", points.get(i)),
          HeadlineTable.value(r.summary(Metric.BOOKINGS_TOTAL).mean(), Metric.BOOKINGS_TOTAL, ""),
          HeadlineTable.value(r.summary(Metric.CONTRIBUTION).mean(), Metric.CONTRIBUTION, ""),
          HeadlineTable.value(r.summary(Metric.CONTRIBUTION).halfWidth(), Metric.CONTRIBUTION, ""),
          100 * r.summary(Metric.OUTBOUND_HOURS_SHARE).mean(),
          100 * r.summary(Metric.IDLE_HOURS_SHARE).mean());
    }
    String threshold =
        String.format(Locale.ROOT, "%.0f %%", 100 * BreakEven.OUTBOUND_SHARE_THRESHOLD);
    for (int b = 0; b < breakEvens.size(); b++) {
      BreakEven e = breakEvens.get(b);
      String where =
          breakEvens.size() == 1
              ? ""
              : " ("
                  + Settings.label(
                      paths.get(1 - paths.indexOf(ParameterPaths.OUTBOUND_MULTIPLIER)), tree)
                  + " = "
                  + otherValue(paths, axes, b)
                  + ")";
      String on =
          Double.isNaN(e.turnOn())
              ? "outbound time stays under " + threshold + " at every multiplier tried"
              : e.turnOnAtLowest()
                  ? "outbound time is already above " + threshold + " at the lowest multiplier"
                  : "outbound time turns on (>= " + threshold + ") at " + plain(e.turnOn()) + " x";
      out.printf(
          Locale.ROOT,
          "%nBreak-even%s: %s; contribution peaks at %s x (%s, 95%% CI %s .. %s)%n",
          where,
          on,
          plain(e.peak()),
          HeadlineTable.value(e.peakContribution(), Metric.CONTRIBUTION, ""),
          HeadlineTable.value(e.peakCi95Low(), Metric.CONTRIBUTION, ""),
          HeadlineTable.value(e.peakCi95High(), Metric.CONTRIBUTION, ""));
    }
  }

  private static String otherValue(List<String> paths, List<List<String>> axes, int b) {
    int axis = paths.indexOf(ParameterPaths.OUTBOUND_MULTIPLIER);
    return axes.get(1 - axis).get(b);
  }

  private static String plain(double x) {
    return Numbers.format(x);
  }
}
