package salesim.report;

import java.nio.file.Path;
import salesim.experiment.RunResult;
import salesim.model.Metric;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioWriter;
import tools.jackson.databind.node.ObjectNode;

/**
 * summary.json (DESIGN.md §4): the scenario, runs, seed and months, one statistics block per
 * metric, and the resolved parameters that produced them.
 */
public final class SummaryJson {

  private SummaryJson() {}

  /** The summary of a run as a tree. */
  public static ObjectNode tree(Scenario scenario, RunResult result) {
    ObjectNode root = Json.NODES.objectNode();
    root.put("scenario", scenario.name());
    root.put("description", scenario.description());
    root.put("scenario_hash", scenario.hash());
    root.put("model_version", ProgramVersion.get());
    root.put("runs", result.runs());
    root.put("seed", result.seed());
    root.put("months", result.months());
    root.put("currency", scenario.parameters().finance().currency());
    ObjectNode metrics = root.putObject("metrics");
    for (int k = 0; k < Metric.count(); k++) {
      Metric metric = Metric.at(k);
      metrics.set(metric.key(), Json.summary(result.summary(metric)));
    }
    root.set("parameters", Json.stable(ScenarioWriter.toTree(scenario)));
    return root;
  }

  /** Writes summary.json for a run. */
  public static void write(Path file, Scenario scenario, RunResult result) {
    Json.write(file, tree(scenario, result));
  }
}
