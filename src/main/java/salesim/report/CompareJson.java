package salesim.report;

import java.nio.file.Path;
import java.util.List;
import salesim.experiment.Experiment;
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
  public static ObjectNode tree(List<Scenario> scenarios, List<RunResult> results, Experiment experiment) {
    ObjectNode root = Json.NODES.objectNode();
    root.put("baseline", scenarios.get(0).name());
    root.put("model_version", ProgramVersion.get());
    root.put("runs", results.get(0).runs());
    root.put("seed", results.get(0).seed());
    root.put("months", results.get(0).months());
    root.put("common_random_numbers", true);
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
    node.put("relative", Numbers.decimal(d.relative()));
    node.put("p_other_higher", Numbers.decimal(d.pHigher()));
    node.put("variance_reduction", Numbers.decimal(d.varianceReduction()));
    return node;
  }

  /** Writes summary.json for a comparison. */
  public static void write(Path file, List<Scenario> scenarios, List<RunResult> results, Experiment experiment) {
    Json.write(file, tree(scenarios, results, experiment));
  }
}
