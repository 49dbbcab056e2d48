package salesim.report;

import java.nio.file.Path;
import java.util.List;
import salesim.experiment.ExperimentKind;
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

  /**
   * The block that keeps the payback of an outbound hire apart from the runs that hired none
   * (whose {@code outbound_hire_payback_months} is the horizon, a placeholder).
   */
  static final String HIRE_PAYBACK = "outbound_hire_payback";

  private SummaryJson() {}

  /** One scenario's block (a run's whole summary, or one of a comparison's blocks). */
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
    root.set(HIRE_PAYBACK, Json.hirePayback(result.hirePayback()));
    root.set("parameters", Json.stable(ScenarioWriter.toTree(scenario)));
    return root;
  }

  /** Writes summary.json for a run. */
  public static void write(Path file, Scenario scenario, RunResult result, List<String> overrides) {
    ObjectNode root = Json.header(ExperimentKind.RUN, scenario, result, overrides);
    root.setAll(metricsAndParameters(scenario, result));
    Json.write(file, root);
  }

  private static ObjectNode metricsAndParameters(Scenario scenario, RunResult result) {
    ObjectNode tree = tree(scenario, result);
    ObjectNode out = Json.NODES.objectNode();
    out.set("metrics", tree.get("metrics"));
    out.set(HIRE_PAYBACK, tree.get(HIRE_PAYBACK));
    out.set("parameters", tree.get("parameters"));
    return out;
  }
}
