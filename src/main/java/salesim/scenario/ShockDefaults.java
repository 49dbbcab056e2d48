package salesim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import salesim.scenario.FieldPath.Index;
import salesim.scenario.FieldPath.Key;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Defaults for the fields of a shock that a scenario may leave out (issue 12, item 11): a
 * multiplier not given is 1, no effect, and a missing {@code budgetFreezeChance} is 0, so a custom
 * shock names only what it changes. What defines the shock has no default: {@link #REQUIRED}. The
 * shocks list of {@code reference.yaml} is empty, so these defaults cannot live there.
 *
 * <p>Stateless; thread-safe.
 */
final class ShockDefaults {

  /** The fields every shock must give. */
  static final List<String> REQUIRED =
      List.of("name", "startMonth", "durationMonths", "shape", "recovery");

  /** Each optional field and the value that leaves the market as it is. */
  static final Map<String, Double> NO_EFFECT = noEffect();

  private ShockDefaults() {}

  private static Map<String, Double> noEffect() {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String multiplier :
        List.of(
            "inboundLeads",
            "connectRate",
            "meetingRate",
            "winRateInbound",
            "winRateOutbound",
            "dealValue",
            "cycleLength")) {
      values.put(multiplier, 1.0);
    }
    values.put("budgetFreezeChance", 0.0);
    return java.util.Collections.unmodifiableMap(values);
  }

  /** Adds the missing optional fields to every shock of a merged scenario tree, in place. */
  static void fill(ObjectNode tree) {
    JsonNode shocks = tree.get("shocks");
    if (shocks == null || !shocks.isArray()) {
      return; // binding reports a shocks field that is not a list
    }
    for (JsonNode shock : shocks) {
      if (shock instanceof ObjectNode object) {
        NO_EFFECT.forEach(
            (field, value) -> {
              if (!object.has(field)) {
                object.put(field, value);
              }
            });
      }
    }
  }

  /** A "shocks[i].field: is required" problem, with which fields are required and which are not. */
  static JacksonErrors.Problem explain(JacksonErrors.Problem problem) {
    List<FieldPath.Step> steps = problem.path().steps();
    if (steps.size() == 3
        && steps.get(0).equals(new Key("shocks"))
        && steps.get(1) instanceof Index
        && problem.text().equals("is required")) {
      return new JacksonErrors.Problem(
          problem.path(),
          "is required: a shock must give "
              + String.join(", ", REQUIRED)
              + "; the multipliers it leaves out are 1 (no effect) and budgetFreezeChance 0");
    }
    return problem;
  }
}
