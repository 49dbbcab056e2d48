package salesim.report;

import java.nio.file.Path;
import java.util.List;
import salesim.experiment.Experiment;
import salesim.experiment.ExperimentKind;
import salesim.experiment.PairedDifference;
import salesim.experiment.RunResult;
import salesim.model.Metric;
import salesim.scenario.Scenario;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * summary.json of a comparison (DESIGN.md §4): one run-style block per scenario, then every
 * other scenario's paired differences against the first (the baseline).
 */
public final class CompareJson {

  private CompareJson() {}

  /** The comparison as a tree. */
  public static ObjectNode tree(
      List<Scenario> scenarios, List<RunResult> results, Experiment experiment, List<String> overrides) {
    ObjectNode root =
        Json.header(ExperimentKind.COMPARE, scenarios.get(0), results.get(0), overrides);
    root.put("baseline", scenarios.get(0).name());
    ArrayNode blocks = root.putArray("scenarios");
    for (int i = 0; i < scenarios.size(); i++) {
      blocks.add(SummaryJson.tree(scenarios.get(i), results.get(i)));
    }
    ObjectNode paired = root.putObject("paired_differences");
    for (int v = 1; v < scenarios.size(); v++) {
      ObjectNode block = paired.putObject(scenarios.get(v).name());
      for (int k = 0; k < Metric.count(); k++) {
        Metric metric = Metric.at(k);
        block.set(metric.key(), difference(experiment.difference(v, metric)));
      }
    }
    return root;
  }

  /** One paired difference as JSON. */
  static ObjectNode difference(PairedDifference d) {
    ObjectNode node = Json.NODES.objectNode();
    node.put("mean", Numbers.decimal(d.mean()));
    node.put("ci95_low", Numbers.decimal(d.ci95Low()));
    node.put("ci95_high", Numbers.decimal(d.ci95High()));
    Json.putMaybe(node, "relative", d.relative());
    node.put("p_other_higher", Numbers.decimal(d.pHigher()));
    Json.putMaybe(node, "variance_reduction", d.varianceReduction());
    return node;
  }

  /** Writes summary.json for a comparison. */
  public static void write(
      Path file,
      List<Scenario> scenarios,
      List<RunResult> results,
      Experiment experiment,
      List<String> overrides) {
    write(file, scenarios, results, experiment, overrides, null);
  }

  /** Writes summary.json for a comparison, with its assumption audit (null for none). */
  public static void write(
      Path file,
      List<Scenario> scenarios,
      List<RunResult> results,
      Experiment experiment,
      List<String> overrides,
      salesim.experiment.Audit.Result audit) {
    ObjectNode root = tree(scenarios, results, experiment, overrides);
    if (audit != null) {
      root.set("audit", AuditJson.tree(audit));
    }
    Json.write(file, root);
  }
}
