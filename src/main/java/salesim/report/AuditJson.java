package salesim.report;

import java.util.Map;
import salesim.experiment.Audit;
import salesim.experiment.Estimate;
import salesim.model.Metric;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An assumption audit in summary.json, for {@code explain} and {@code compare --audit}. */
final class AuditJson {

  private AuditJson() {}

  /** The audit's block. */
  static ObjectNode tree(Audit.Result audit) {
    ObjectNode root = Json.NODES.objectNode();
    root.put("mode", audit.mode().key());
    root.put("runs_per_point", audit.runs());
    root.put("search_steps", Audit.SEARCH_STEPS);
    ArrayNode settings = root.putArray("assumptions");
    for (Audit.Setting s : audit.settings()) {
      ObjectNode node = settings.addObject();
      node.put("path", s.path());
      node.put("label", s.label());
      node.put("unit", s.unit());
      node.put("basis", s.basis());
      node.put("low", Numbers.decimal(s.low()));
      node.put("value", Numbers.decimal(s.base()));
      node.put("high", Numbers.decimal(s.high()));
      node.put("whole", s.whole());
    }
    ArrayNode skipped = root.putArray("skipped");
    for (Audit.Skip s : audit.skipped()) {
      ObjectNode node = skipped.addObject();
      node.put("path", s.path());
      node.put("label", s.label());
      node.put("reason", s.reason());
    }
    ArrayNode findings = root.putArray("findings");
    for (Audit.Finding f : audit.findings()) {
      ObjectNode node = findings.addObject();
      node.put("kind", f.kind().key());
      node.put("metric", f.metric().key());
      node.put("reads", f.reads());
      node.put("holds", f.holds());
      ArrayNode changes = node.putArray("changes");
      for (Audit.Change c : f.changes()) {
        ObjectNode change = changes.addObject();
        change.put("path", c.path());
        change.put("end", c.end());
        change.put("value", Numbers.decimal(c.value()));
        change.put("verdict", c.verdict().key());
        change.put("becomes", c.becomes());
        Json.putMaybe(change, "holds_to", c.holdsTo());
        Json.putMaybe(change, "turns_by", c.turnsBy());
      }
    }
    ArrayNode points = root.putArray("points");
    for (Audit.Point p : audit.points()) {
      ObjectNode node = points.addObject();
      node.put("path", p.path());
      node.put("value", Numbers.decimal(p.value()));
      node.put("role", p.role());
      ObjectNode totals = node.putObject("totals");
      for (Map.Entry<Metric, Estimate> e : p.totals().entrySet()) {
        totals.set(e.getKey().key(), estimate(e.getValue()));
      }
      if (!p.largest().isEmpty()) {
        ObjectNode largest = node.putObject("largest_lever");
        for (Map.Entry<Metric, String> e : p.largest().entrySet()) {
          largest.put(e.getKey().key(), e.getValue());
        }
      }
    }
    return root;
  }

  /** An estimate's mean and 95 % interval (null where undefined). */
  static ObjectNode estimate(Estimate e) {
    ObjectNode node = Json.NODES.objectNode();
    Json.putMaybe(node, "mean", e.mean());
    Json.putMaybe(node, "ci95_low", e.ci95Low());
    Json.putMaybe(node, "ci95_high", e.ci95High());
    return node;
  }
}
