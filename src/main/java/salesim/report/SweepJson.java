package salesim.report;

import java.nio.file.Path;
import java.util.List;
import salesim.experiment.BreakEven;
import salesim.experiment.ExperimentKind;
import salesim.experiment.RunResult;
import salesim.model.Metric;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** summary.json of a sweep: the grid, each point's metric summaries, and the break-even points. */
public final class SweepJson {

  private SweepJson() {}

  /** Writes the file. */
  /**
   * Writes the file.
   *
   * @param breakEvenAt for a two-parameter sweep, the other parameter's path and the value each
   *     break-even entry belongs to; null for one parameter
   */
  public static void write(
      Path file,
      Scenario base,
      List<String> paths,
      List<List<String>> points,
      List<RunResult> results,
      List<BreakEven> breakEvens,
      String breakEvenPath,
      List<String> breakEvenAt,
      List<String> overrides) {
    ObjectNode root = Json.header(ExperimentKind.SWEEP, base, results.get(0), overrides);
    ArrayNode vary = root.putArray("vary");
    paths.forEach(vary::add);
    ArrayNode grid = root.putArray("grid");
    for (int i = 0; i < results.size(); i++) {
      ObjectNode point = grid.addObject();
      ObjectNode values = point.putObject("values");
      for (int d = 0; d < paths.size(); d++) {
        values.put(paths.get(d), points.get(i).get(d));
      }
      ObjectNode metrics = point.putObject("metrics");
      for (Metric metric : GridCsv.METRICS) {
        metrics.set(metric.key(), Json.summary(results.get(i).summary(metric)));
      }
    }
    ArrayNode breaks = root.putArray("break_even");
    for (int i = 0; i < breakEvens.size(); i++) {
      BreakEven b = breakEvens.get(i);
      ObjectNode node = breaks.addObject();
      if (breakEvenPath != null) {
        node.putObject("at").put(breakEvenPath, breakEvenAt.get(i));
      }
      if (Double.isNaN(b.turnOn())) {
        node.putNull("outbound_turns_on_at");
      } else {
        node.put("outbound_turns_on_at", Numbers.decimal(b.turnOn()));
      }
      node.put("outbound_on_at_lowest", b.turnOnAtLowest());
      node.put("outbound_share_threshold", Numbers.decimal(BreakEven.OUTBOUND_SHARE_THRESHOLD));
      node.put("contribution_peaks_at", Numbers.decimal(b.peak()));
      node.put("peak_contribution_mean", Numbers.decimal(b.peakContribution()));
      node.put("peak_contribution_ci95_low", Numbers.decimal(b.peakCi95Low()));
      node.put("peak_contribution_ci95_high", Numbers.decimal(b.peakCi95High()));
    }
    root.set("parameters", Json.stable(ScenarioWriter.toTree(base)));
    Json.write(file, root);
  }
}
