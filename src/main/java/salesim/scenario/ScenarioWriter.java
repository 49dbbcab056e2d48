package salesim.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import salesim.model.SalesParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a resolved scenario as JSON, in the shape of a scenario file: {@code name}, {@code
 * description}, then every {@link SalesParameters} component, each object's fields in record
 * component order. The output is complete (it does not rely on the reference defaults), so the
 * loader reads it back to equal parameters; reports echo it into {@code summary.json}, and its
 * SHA-256 is the scenario's hash.
 *
 * <p>The canonical form is compact, UTF-8, with nulls omitted and doubles in their shortest
 * round-tripping form, independent of the JDK. Stateless; thread-safe.
 */
public final class ScenarioWriter {

  private ScenarioWriter() {}

  /** The scenario as a tree (a copy the caller may modify). */
  public static ObjectNode toTree(Scenario scenario) {
    return tree(scenario.name(), scenario.description(), scenario.parameters());
  }

  /** The scenario's canonical JSON: the text its hash is computed from. */
  public static String toJson(Scenario scenario) {
    return Mappers.JSON.writeValueAsString(toTree(scenario));
  }

  /** The tree of a scenario that is not built yet (the hash is part of a {@link Scenario}). */
  static ObjectNode tree(String name, String description, SalesParameters parameters) {
    ObjectNode tree = Mappers.JSON.createObjectNode();
    tree.put(Schema.NAME, name);
    tree.put(Schema.DESCRIPTION, description);
    tree.setAll((ObjectNode) Mappers.JSON.valueToTree(parameters));
    return tree;
  }

  /** The SHA-256 of a tree's canonical JSON, in lower-case hex. */
  static String sha256(ObjectNode tree) {
    byte[] json = Mappers.JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /**
   * The number at a field path of the resolved scenario ({@code comp.commission.rate},
   * {@code segments[1].dealValueMean}), or null if the path names no number there.
   *
   * @throws IllegalArgumentException if the path is malformed
   */
  public static Double numberAt(Scenario scenario, String path) {
    JsonNode node = nodeAt(scenario, path);
    return node != null && node.isNumber() ? node.doubleValue() : null;
  }

  /**
   * Whether the field at a path of the resolved scenario holds a whole number (a count such as
   * {@code pipeline.maxStalls}): values moved over its range must then stay whole.
   *
   * @throws IllegalArgumentException if the path is malformed
   */
  public static boolean wholeAt(Scenario scenario, String path) {
    JsonNode node = nodeAt(scenario, path);
    return node != null && node.isIntegralNumber();
  }

  private static JsonNode nodeAt(Scenario scenario, String path) {
    JsonNode node = toTree(scenario);
    for (FieldPath.Step step : FieldPath.parse(path).steps()) {
      if (step instanceof FieldPath.Key key) {
        node = node.isObject() ? node.get(key.name()) : null;
      } else {
        int index = ((FieldPath.Index) step).index();
        node = node.isArray() && index < node.size() ? node.get(index) : null;
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }
}
