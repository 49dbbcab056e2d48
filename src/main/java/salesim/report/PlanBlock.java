package salesim.report;

import salesim.model.Metric;
import salesim.report.Summary.Stats;
import tools.jackson.databind.JsonNode;

/**
 * One scenario's block of a run's or a comparison's summary.json: its name, description, hash,
 * currency, metric summaries, the payback of an outbound hire and resolved parameters.
 *
 * @param hirePayback the outbound_hire_payback block, or null in an output written before it
 * @param where the block's path in the file, for messages
 */
record PlanBlock(
    String name,
    String description,
    String hash,
    String currency,
    JsonNode metrics,
    JsonNode parameters,
    JsonNode hirePayback,
    String where) {

  /** Reads a block; {@code where} is its path in the file. */
  static PlanBlock read(JsonNode node, String where) {
    return new PlanBlock(
        Summary.text(node, "scenario", where),
        Summary.text(node, "description", where, ""),
        Summary.text(node, "scenario_hash", where),
        PageParts.currency(node, where),
        Summary.object(node, "metrics", where),
        Summary.object(node, "parameters", where),
        node.get(SummaryJson.HIRE_PAYBACK),
        where);
  }

  /** A metric's summary. */
  Stats stats(Metric metric) {
    return Summary.stats(metrics, metric.key(), where + ".metrics");
  }
}
