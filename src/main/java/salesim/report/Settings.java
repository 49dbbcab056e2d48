package salesim.report;

import salesim.model.policy.Kpi;
import salesim.model.policy.SizingMode;
import salesim.model.policy.TeamStructure;
import salesim.scenario.ParameterCatalogue;
import salesim.scenario.ParameterPaths;
import tools.jackson.databind.JsonNode;

/**
 * How reports name a scenario setting: by its plain label from the {@link ParameterCatalogue},
 * the field path kept as a second, smaller line (or a method note), and whether the setting does
 * anything at all for a scenario's structure, KPI and mandate.
 */
final class Settings {

  private static final ParameterCatalogue CATALOGUE = ParameterCatalogue.load();

  private Settings() {}

  /** The plain label ("Deal value (ACV), mid-market"), list elements named from the tree. */
  static String label(String path, JsonNode parameters) {
    return CATALOGUE.label(path, parameters);
  }

  /** Units that say nothing a value does not already say. */
  private static final java.util.Set<String> NO_UNIT =
      java.util.Set.of("", "text", "choice", "file", "list", "yes/no");

  /** The label with its unit: "Inbound leads (leads per month)"; the label alone if unitless. */
  static String labelWithUnit(String path, JsonNode parameters, String currency) {
    String unit = CATALOGUE.unit(path, parameters, currency);
    String label = label(path, parameters);
    boolean plain = NO_UNIT.contains(unit) || unit.equalsIgnoreCase(label);
    return plain ? label : label + " (" + unit + ")";
  }

  /**
   * A table's first cell: the label with its unit (money in the scenario's currency), then the
   * path on a second, smaller line.
   */
  static String cell(String path, JsonNode parameters) {
    String label = labelWithUnit(path, parameters, currency(parameters));
    return label.equals(path) ? path : label + "\n" + path;
  }

  /** The currency of a resolved scenario tree ("currency" if it names none). */
  private static String currency(JsonNode parameters) {
    JsonNode c = at(parameters, "finance.currency");
    return c == null || !c.isString() ? ParameterCatalogue.CURRENCY : c.stringValue();
  }

  /**
   * Whether a setting has any effect on a scenario (its resolved tree): the inbound team's size
   * only once the team splits, the split rule only for split-when-ready, the review's settings
   * only when reviews judge something (and each KPI's target only under that KPI), a split team's
   * staffing review only for a split team (its head-count cap only when it hires), the mandate's
   * compliance only when a mandate asks for hours.
   */
  static boolean matters(String path, JsonNode parameters) {
    boolean mixed = is(parameters, ParameterPaths.STRUCTURE, TeamStructure.MIXED);
    String kpi = text(parameters, ParameterPaths.REVIEW_KPI);
    if (path.equals(ParameterPaths.INBOUND_REPS)) {
      return !mixed;
    }
    boolean sized = !is(parameters, ParameterPaths.SIZING_MODE, SizingMode.NONE);
    if (path.equals(ParameterPaths.TARGET_UTILIZATION)) {
      // Sizes the inbound side whenever a split team is sized from its load: at the split, or
      // at every staffing review.
      return !mixed && (number(parameters, ParameterPaths.INBOUND_REPS) == 0 || sized);
    }
    if (under(path, ParameterPaths.SIZING)) {
      return !mixed
          && (path.equals(ParameterPaths.SIZING_MODE)
              || (sized
                  && (!path.equals(ParameterPaths.SIZING_MAX_REPS)
                      || is(parameters, ParameterPaths.SIZING_MODE, SizingMode.HIRE))));
    }
    if (under(path, ParameterPaths.SPLIT_RULE)) {
      return is(parameters, ParameterPaths.STRUCTURE, TeamStructure.SPLIT_WHEN_READY);
    }
    if (path.equals(ParameterPaths.REVIEW_RESULTS_PAYBACK)) {
      return kpi.equals(Kpi.RESULTS.name()) || kpi.equals(Kpi.PIPELINE.name());
    }
    if (path.equals(ParameterPaths.REVIEW_MEETINGS)) {
      return kpi.equals(Kpi.ACTIVITY.name());
    }
    if (under(path, ParameterPaths.REVIEW) && !path.equals(ParameterPaths.REVIEW_KPI)) {
      return !kpi.equals(Kpi.NONE.name());
    }
    if (path.equals(ParameterPaths.MANDATE_COMPLIANCE)) {
      return number(parameters, ParameterPaths.MANDATE_HOURS) > 0;
    }
    return true;
  }

  /** Whether a path lies in a block: {@code management.review.kpi} in {@code management.review}. */
  private static boolean under(String path, String block) {
    return path.startsWith(block + ".");
  }

  /** Whether a choice in the tree is this constant (an absent one is none). */
  private static boolean is(JsonNode tree, String path, Enum<?> choice) {
    return text(tree, path).equals(choice.name());
  }

  private static JsonNode at(JsonNode tree, String path) {
    JsonNode node = tree;
    for (String step : path.split("\\.")) {
      node = node == null ? null : node.get(step);
    }
    return node;
  }

  private static String text(JsonNode tree, String path) {
    JsonNode node = at(tree, path);
    return node == null ? "" : node.asString();
  }

  private static double number(JsonNode tree, String path) {
    JsonNode node = at(tree, path);
    return node == null || !node.isNumber() ? Double.NaN : node.doubleValue();
  }
}
