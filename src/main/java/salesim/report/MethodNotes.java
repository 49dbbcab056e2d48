package salesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The method notes of a report on one plan varied on common random numbers (a sweep, a stress
 * test, a sensitivity analysis): {@link PageParts#method}'s notes, with the runs, seed, horizon,
 * model version and the plan's one scenario hash as summary.json's root gives them. Apart from
 * the pages so that the three read their method the same way, in one place; each page then adds
 * its own notes to the list.
 */
final class MethodNotes {

  private MethodNotes() {}

  /** The notes, in a list the page may add to; {@code plan} names the scenario hash. */
  static List<String> forOnePlan(JsonNode root, String plan, long runs, long months) {
    Map<String, String> hashes = new LinkedHashMap<>();
    hashes.put(plan, Summary.text(root, "scenario_hash", ""));
    return new ArrayList<>(
        PageParts.method(
            runs,
            Summary.whole(root, "seed", ""),
            months,
            Summary.text(root, "model_version", ""),
            hashes,
            true));
  }
}
