package salesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One setting that differs between two resolved scenarios: a leaf of their trees (a number, a
 * choice, a list of plain values), or a whole list of parts when the two lists do not line up
 * element by element (another number of segments or shocks). What {@code salesim explain} groups
 * into levers and applies, lever by lever, to the first scenario ({@link ScenarioLoader#combine}).
 *
 * @param path the field path ({@code comp.commission.type}, {@code segments[1].accounts}, {@code
 *     shocks})
 * @param base the value in the first scenario, as JSON text ("" if it has no such field)
 * @param other the value in the second, likewise
 * @param tiedTo the path of the discriminator this setting belongs with ({@code
 *     comp.commission.type}) when the two scenarios choose different variants of its object: the
 *     field means nothing without that choice, so the two move together; "" otherwise
 */
public record SettingDifference(String path, String base, String other, String tiedTo) {

  public SettingDifference {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(tiedTo, "tiedTo");
  }

  /** Whether the first scenario lacks the field (it belongs to the second's variant). */
  public boolean onlyInOther() {
    return base.isEmpty();
  }

  /** Whether the second scenario lacks the field. */
  public boolean onlyInBase() {
    return other.isEmpty();
  }

  /**
   * The settings that differ between two resolved scenarios, in the order of the first scenario's
   * tree (fields only the second has follow their object's own). Name and description are labels,
   * not settings, and are left out.
   */
  public static List<SettingDifference> between(Scenario base, Scenario other) {
    List<SettingDifference> out = new ArrayList<>();
    ObjectNode a = ScenarioWriter.toTree(base);
    ObjectNode b = ScenarioWriter.toTree(other);
    a.remove(List.of(Schema.NAME, Schema.DESCRIPTION));
    b.remove(List.of(Schema.NAME, Schema.DESCRIPTION));
    compare(FieldPath.ROOT, a, b, "", out);
    return out;
  }

  private static void compare(
      FieldPath at, JsonNode a, JsonNode b, String tiedTo, List<SettingDifference> out) {
    if (a != null && a.equals(b)) {
      return;
    }
    if (a instanceof ObjectNode objectA && b instanceof ObjectNode objectB) {
      String tie = tiedTo;
      if (tie.isEmpty() && !at.isRoot() && TreeMerge.changesVariant(objectA, objectB)) {
        tie = discriminator(at, objectA, objectB);
      }
      Set<String> keys = new LinkedHashSet<>();
      objectA.propertyNames().forEach(keys::add);
      objectB.propertyNames().forEach(keys::add);
      for (String key : keys) {
        compare(at.append(key), objectA.get(key), objectB.get(key), tie, out);
      }
      return;
    }
    if (a instanceof ArrayNode listA && b instanceof ArrayNode listB && alignable(listA, listB)) {
      for (int i = 0; i < listA.size(); i++) {
        compare(
            at.append(new FieldPath(List.of(new FieldPath.Index(i)))),
            listA.get(i),
            listB.get(i),
            tiedTo,
            out);
      }
      return;
    }
    String path = at.toString();
    out.add(new SettingDifference(path, text(a), text(b), tiedTo.equals(path) ? "" : tiedTo));
  }

  /** The discriminator field whose value differs between two variants of one object. */
  private static String discriminator(FieldPath at, ObjectNode a, ObjectNode b) {
    for (String key : TreeMerge.DISCRIMINATORS) {
      JsonNode chosen = b.get(key);
      if (chosen != null && !chosen.equals(a.get(key))) {
        return at.append(key).toString();
      }
    }
    return "";
  }

  /**
   * Whether two lists of parts can be compared element by element: as long as each other, made of
   * objects, and (where the elements are named) with the same name at every position.
   */
  private static boolean alignable(ArrayNode a, ArrayNode b) {
    if (a.size() != b.size() || a.isEmpty()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isObject() || !b.get(i).isObject()) {
        return false;
      }
      JsonNode nameA = a.get(i).get("name");
      JsonNode nameB = b.get(i).get("name");
      if (!Objects.equals(nameA, nameB)) {
        return false;
      }
    }
    return true;
  }

  private static String text(JsonNode node) {
    if (node == null) {
      return "";
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isNumber()) {
      // As the settings tables print numbers: 3, not 3.0.
      java.math.BigDecimal exact = node.decimalValue().stripTrailingZeros();
      return (exact.scale() < 0 ? exact.setScale(0) : exact).toPlainString();
    }
    return Mappers.JSON.writeValueAsString(node);
  }

  /** The differences as path → difference, in order. */
  public static Map<String, SettingDifference> byPath(List<SettingDifference> differences) {
    Map<String, SettingDifference> map = new java.util.LinkedHashMap<>();
    for (SettingDifference d : differences) {
      map.put(d.path(), d);
    }
    return map;
  }
}
