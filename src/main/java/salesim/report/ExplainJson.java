package salesim.report;

import java.nio.file.Path;
import java.util.List;
import salesim.experiment.Attribution;
import salesim.experiment.Audit;
import salesim.experiment.Estimate;
import salesim.experiment.Experiment;
import salesim.experiment.ExperimentKind;
import salesim.experiment.Lever;
import salesim.experiment.LeverDesign;
import salesim.experiment.LeverPlan;
import salesim.experiment.RunResult;
import salesim.model.Metric;
import salesim.scenario.Scenario;
import salesim.scenario.SettingDifference;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * summary.json of an explanation (issue 16): the design and its levers (which setting fell into
 * which), the {@code attribution} of each key metric to the levers in the shape the issue gives
 * ({@code total}, {@code levers}, {@code interactions}), the exact additivity check, the channel
 * (how each lever moved the mechanism metrics), the assumption audit, and the usual block per
 * variant with OTHER's paired differences against BASE.
 */
public final class ExplainJson {

  private ExplainJson() {}

  /** The explanation as a tree. */
  public static ObjectNode tree(
      LeverPlan plan,
      List<SettingDifference> differences,
      List<RunResult> results,
      Experiment experiment,
      Attribution attribution,
      List<Metric> key,
      List<Metric> channel,
      Audit.Result audit,
      List<String> overrides) {
    Scenario base = plan.base();
    Scenario other = plan.other();
    LeverDesign design = plan.design();
    List<Lever> levers = design.levers();
    ObjectNode root = Json.header(ExperimentKind.EXPLAIN, base, results.get(0), overrides);
    root.put("baseline", base.name());
    root.put("other", other.name());

    ObjectNode d = root.putObject("design");
    d.put("method", design.method().key());
    d.put("levers", levers.size());
    d.put("variants", design.variants());
    if (design.method() == LeverDesign.Method.SHAPLEY) {
      d.put("orderings", design.orderings().size());
      d.put("orderings_exhaustive", design.exhaustive());
      ArrayNode orders = d.putArray("orderings_used");
      for (int[] ordering : design.orderings()) {
        ArrayNode o = orders.addArray();
        for (int i : ordering) {
          o.add(levers.get(i).name());
        }
      }
    } else {
      d.putNull("orderings");
    }
    d.put("interactions_estimated", !design.pairs().isEmpty() || levers.size() < 2);

    ArrayNode leverNodes = root.putArray("levers");
    java.util.Map<String, SettingDifference> byPath = SettingDifference.byPath(differences);
    for (Lever lever : levers) {
      ObjectNode node = leverNodes.addObject();
      node.put("name", lever.name());
      node.put("label", lever.label());
      node.put("origin", lever.origin());
      node.put("note", lever.note());
      ArrayNode settings = node.putArray("settings");
      for (String path : lever.settings()) {
        SettingDifference s = byPath.get(path);
        ObjectNode setting = settings.addObject();
        setting.put("path", path);
        setting.put("base", s.base());
        setting.put("other", s.other());
      }
    }
    ArrayNode merges = root.putArray("merges");
    for (LeverPlan.Merge m : plan.merges()) {
      ObjectNode node = merges.addObject();
      ArrayNode names = node.putArray("merged");
      m.merged().forEach(names::add);
      node.put("into", m.into());
      node.put("reason", m.reason());
    }

    ObjectNode attributed = root.putObject("attribution");
    for (Metric metric : key) {
      attributed.set(metric.key(), attribution(attribution, metric, levers, design));
    }
    ObjectNode additivity = root.putObject("additivity");
    for (Metric metric : key) {
      Attribution.Additivity a = attribution.additivity(metric);
      ObjectNode node = additivity.putObject(metric.key());
      node.put("replications_checked", a.checked());
      node.put("exact_in_every_replication", a.exact() && a.checked() > 0);
      node.put("replications_failed", a.failed());
      node.put("replications_undefined", a.undefined());
      node.put("largest_rounding_residual", Numbers.decimal(a.largestRoundingResidual()));
      node.put("rounding_floor", Numbers.decimal(attribution.roundingFloor(metric)));
    }
    ObjectNode channelNode = root.putObject("channel");
    ArrayNode metrics = channelNode.putArray("metrics");
    channel.forEach(m -> metrics.add(m.key()));
    ObjectNode totals = channelNode.putObject("total");
    for (Metric m : channel) {
      totals.set(m.key(), AuditJson.estimate(attribution.total(m)));
    }
    ObjectNode byLever = channelNode.putObject("levers");
    for (int i = 0; i < levers.size(); i++) {
      ObjectNode node = byLever.putObject(levers.get(i).name());
      for (Metric m : channel) {
        node.set(m.key(), AuditJson.estimate(attribution.share(m, i)));
      }
    }
    if (audit != null) {
      root.set("audit", AuditJson.tree(audit));
    }

    ArrayNode blocks = root.putArray("scenarios");
    List<Scenario> scenarios = plan.scenarios();
    for (int v = 0; v < scenarios.size(); v++) {
      ObjectNode block = SummaryJson.tree(scenarios.get(v), results.get(v));
      ArrayNode switched = Json.NODES.arrayNode();
      for (int i : design.leversOf(v)) {
        switched.add(levers.get(i).name());
      }
      ObjectNode ordered = Json.NODES.objectNode();
      ordered.put("scenario", block.get("scenario").stringValue());
      ordered.set("levers", switched);
      ordered.setAll(block);
      blocks.add(ordered);
    }
    ObjectNode paired = root.putObject("paired_differences").putObject(other.name());
    for (int k = 0; k < Metric.count(); k++) {
      Metric metric = Metric.at(k);
      paired.set(metric.key(), CompareJson.difference(experiment.difference(1, metric)));
    }
    return root;
  }

  /** One metric's attribution, in the shape of issue 16. */
  private static ObjectNode attribution(
      Attribution attribution, Metric metric, List<Lever> levers, LeverDesign design) {
    ObjectNode node = Json.NODES.objectNode();
    node.set("total", AuditJson.estimate(attribution.total(metric)));
    ObjectNode shares = node.putObject("levers");
    for (int i = 0; i < levers.size(); i++) {
      Lever lever = levers.get(i);
      ObjectNode share = shares.putObject(lever.name());
      ArrayNode settings = share.putArray("settings");
      lever.settings().forEach(settings::add);
      share.setAll(AuditJson.estimate(attribution.share(metric, i)));
    }
    ArrayNode interactions = node.putArray("interactions");
    List<int[]> pairs = design.pairs();
    for (int p = 0; p < pairs.size(); p++) {
      Estimate e = attribution.interaction(metric, p);
      if (!attribution.clearInteraction(metric, p)) {
        continue; // issue 16: the interactions that exceed their CI (and floating-point rounding)
      }
      ObjectNode pair = interactions.addObject();
      ArrayNode names = pair.putArray("levers");
      names.add(levers.get(pairs.get(p)[0]).name());
      names.add(levers.get(pairs.get(p)[1]).name());
      pair.setAll(AuditJson.estimate(e));
    }
    return node;
  }

  /** Writes summary.json for an explanation. */
  public static void write(
      Path file,
      LeverPlan plan,
      List<SettingDifference> differences,
      List<RunResult> results,
      Experiment experiment,
      Attribution attribution,
      List<Metric> key,
      List<Metric> channel,
      Audit.Result audit,
      List<String> overrides) {
    Json.write(
        file,
        tree(plan, differences, results, experiment, attribution, key, channel, audit, overrides));
  }
}
