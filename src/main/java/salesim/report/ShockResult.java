package salesim.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import salesim.experiment.MetricSummary;
import salesim.experiment.PairedDifference;
import salesim.experiment.Recovery;
import salesim.experiment.StressMetric;
import salesim.model.Metric;
import salesim.report.Summary.Stats;
import salesim.report.chart.ChartStyle;
import salesim.report.chart.FanChart;
import salesim.report.chart.Line;
import salesim.report.chart.MalformedOutputException;
import salesim.report.chart.MonthlyTable;
import tools.jackson.databind.JsonNode;

/**
 * One shock of a stress test as its output gives it: its block in summary.json (stress metrics,
 * metrics, recovery, windows, paired differences for the CFO's page) and its rows in monthly.csv.
 * Apart from {@link StressPage} because reading a shock back, with the fallbacks for older
 * outputs, is its own job; the page only formats what this record reads.
 *
 * @param start the month the shock starts (1-based), read from where its runs part from the
 *     plan's; -1 if they never do
 */
record ShockResult(
    String name,
    Line line,
    JsonNode stress,
    JsonNode metrics,
    String where,
    int start,
    JsonNode windows,
    long runs,
    JsonNode node) {

  /**
   * Every shock in summary.json's {@code shocks}, matched to its rows in monthly.csv; the plan
   * without a shock must have rows there already.
   */
  static List<ShockResult> readAll(JsonNode root, MonthlyTable monthly, String plan, long runs) {
    List<String> keys = monthly.scenarios();
    if (!monthly.has(plan)) {
      throw new MalformedOutputException(MonthlyTable.FILE, "has no rows for the plan " + plan);
    }
    List<ShockResult> shocks = new ArrayList<>();
    List<JsonNode> nodes = Summary.array(root, "shocks", "");
    for (int i = 0; i < nodes.size(); i++) {
      String at = "shocks[" + i + "]";
      String name = Summary.text(nodes.get(i), "shock", at);
      // The stress command names each shocked variant "plan + shock"; fall back to file order.
      String key = plan + " + " + name;
      if (!monthly.has(key)) {
        if (keys.size() != nodes.size() + 1) {
          throw new MalformedOutputException(
              MonthlyTable.FILE, "has no rows for the shock " + name);
        }
        key = keys.get(i + 1);
      }
      shocks.add(
          new ShockResult(
              name,
              new Line(key, name, ChartStyle.scenario(i + 1)),
              Summary.object(nodes.get(i), "stress", at),
              Summary.object(nodes.get(i), "metrics", at),
              at,
              monthly.firstDifference(plan, key),
              nodes.get(i).get("windows"),
              runs,
              nodes.get(i)));
    }
    if (shocks.isEmpty()) {
      throw new MalformedOutputException(Summary.FILE, "shocks: none listed");
    }
    return shocks;
  }

  /** A stress metric's summary across the runs, read back into the experiment's record. */
  MetricSummary stress(StressMetric metric) {
    return Summary.summary(stress, metric.key(), where + ".stress", runs);
  }

  /** Every stress metric, for the experiment's analysis. */
  Map<StressMetric, MetricSummary> stressMetrics() {
    Map<StressMetric, MetricSummary> all = new EnumMap<>(StressMetric.class);
    for (StressMetric m : StressMetric.values()) {
      all.put(m, stress(m));
    }
    return all;
  }

  /**
   * How the plan comes back, read back into the experiment's record. An output written before
   * the recovery block existed gives the share from the censoring flag and no median.
   */
  Recovery recovery(long months) {
    JsonNode block = node.get("recovery");
    if (block == null) {
      double share = stress(StressMetric.REGAINED_RUN_RATE).mean();
      return new Recovery(
          runs, Math.round(share * runs), Double.NaN, endFromWindows(), (int) months);
    }
    String at = where + ".recovery";
    return new Recovery(
        runs,
        Summary.whole(block, "runs_recovered", at),
        Summary.numberOrNaN(block, "median_months_among_recovered", at),
        (int) Summary.whole(block, "shock_end_month", at),
        (int) months);
  }

  /** The month the last recorded shock window ends (0 if none is recorded). */
  private int endFromWindows() {
    int end = 0;
    if (windows != null && windows.isArray()) {
      for (JsonNode w : windows) {
        end =
            Math.max(
                end,
                (int)
                    Math.ceil(
                        w.path("start_month").asDouble() + w.path("duration_months").asDouble()));
      }
    }
    return end;
  }

  /** A metric's summary across the runs under the shock. */
  Stats metric(Metric metric) {
    return Summary.stats(metrics, metric.key(), where + ".metrics");
  }

  /**
   * The plan's own shocks and this shock shaded; for outputs that do not record the shock's
   * window, its start marked where the runs part.
   */
  List<FanChart.Window> fanWindows(JsonNode parameters) {
    List<FanChart.Window> shaded =
        new ArrayList<>(PageParts.shockWindows(parameters, "parameters"));
    JsonNode recorded = windows;
    if (recorded != null && recorded.isArray() && !recorded.isEmpty()) {
      for (int i = 0; i < recorded.size(); i++) {
        JsonNode w = recorded.get(i);
        String at = where + ".windows[" + i + "]";
        shaded.add(
            new FanChart.Window(
                Summary.text(w, "name", at),
                Summary.number(w, "start_month", at),
                Summary.number(w, "duration_months", at)));
      }
    } else if (start > 0) {
      shaded.add(new FanChart.Window("shock starts", start - 1, 0));
    }
    return shaded;
  }

  /** The shock as the CFO's page reads a plan. */
  CfoPage.Plan cfoPlan() {
    return new CfoPage.Plan(name, line, metrics, node.get(SummaryJson.HIRE_PAYBACK), runs, where);
  }

  /** What the shock costs the CFO's measures: its paired differences against the plan alone. */
  Map<String, PairedDifference> cfoCosts() {
    JsonNode block = Summary.object(node, "paired_differences", where);
    Map<String, PairedDifference> byMetric = new LinkedHashMap<>();
    for (Metric m : CfoPage.SHOCK_COSTS) {
      byMetric.put(m.key(), Summary.difference(block, m.key(), where + ".paired_differences"));
    }
    return byMetric;
  }
}
