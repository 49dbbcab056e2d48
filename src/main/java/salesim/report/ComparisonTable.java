package salesim.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import salesim.experiment.Experiment;
import salesim.experiment.PairedDifference;
import salesim.experiment.RunResult;
import salesim.model.Metric;

/** The concise comparison table {@code salesim compare} prints. */
public final class ComparisonTable {

  private ComparisonTable() {}

  /** Prints means per scenario, then each scenario's paired difference against the first. */
  public static void print(PrintStream out, List<RunResult> results, Experiment experiment) {
    RunResult base = results.get(0);
    out.printf(
        Locale.ROOT,
        "%d scenarios x %d runs on common random numbers, seed %d, %d months; baseline: %s%n",
        results.size(),
        base.runs(),
        base.seed(),
        base.months(),
        base.scenario());
    // Columns as wide as the longest name: two variants must never read the same.
    int width = 16;
    for (RunResult r : results) {
      width = Math.max(width, r.scenario().length());
    }
    String column = " %" + width + "s";
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-24s", "mean"));
    for (RunResult r : results) {
      header.append(String.format(Locale.ROOT, column, r.scenario()));
    }
    out.println(header);
    for (Metric metric : HeadlineTable.HEADLINE) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-24s", metric.key()));
      for (RunResult r : results) {
        line.append(
            String.format(
                Locale.ROOT, column, HeadlineTable.value(r.summary(metric).mean(), metric, "")));
      }
      out.println(line);
    }
    for (int v = 1; v < results.size(); v++) {
      out.printf(
          Locale.ROOT,
          "%n  %s vs %s (paired: mean difference, 95%% CI, relative, P(higher), CRN variance reduction)%n",
          results.get(v).scenario(),
          base.scenario());
      for (Metric metric : HeadlineTable.HEADLINE) {
        PairedDifference d = experiment.difference(v, metric);
        int places = HeadlineTable.places(metric, d.ci95Low(), d.ci95High());
        out.printf(
            Locale.ROOT,
            "  %-24s %14s  [%s .. %s]  %8s  %5.1f%%  %7s%n",
            metric.key(),
            HeadlineTable.difference(d.mean(), metric, places),
            HeadlineTable.difference(d.ci95Low(), metric, places),
            HeadlineTable.difference(d.ci95High(), metric, places),
            Double.isNaN(d.relative())
                ? "n/a"
                : String.format(Locale.ROOT, "%+.1f%%", 100.0 * d.relative()),
            100.0 * d.pHigher(),
            Double.isNaN(d.varianceReduction())
                ? "n/a"
                : String.format(Locale.ROOT, "%.1fx", d.varianceReduction()));
      }
    }
  }
}
