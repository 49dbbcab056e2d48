package salesim.scenario;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deep merge of scenario trees, used for {@code extends}, for the reference defaults and for {@code
 * --set}:
 *
 * <ul>
 *   <li>objects merge key by key, recursively;
 *   <li>lists and scalars replace (a file that lists segments lists all of them);
 *   <li>an object whose discriminator ({@code type}, as in {@code comp.commission}, or {@code
 *       curve}, as in {@code inbound.decay}) differs from the base's replaces the base object
 *       instead of merging with it, so switching {@code weighted} to {@code flat} does not keep
 *       {@code outboundMultiplier}, and {@code custom} to {@code hbr-2011} drops {@code floor}.
 * </ul>
 *
 * <p>Stateless; thread-safe. Inputs are never modified.
 */
final class TreeMerge {

  /** Fields whose value selects the variant, and with it the other fields, of their object. */
  static final Set<String> DISCRIMINATORS = Set.of("type", "curve");

  private TreeMerge() {}

  /**
   * A new tree: {@code overlay} merged over {@code base} key by key. The discriminator rule applies
   * to the objects inside, not to these two (a stray top-level {@code type} must not replace a
   * whole scenario).
   */
  static ObjectNode merge(ObjectNode base, ObjectNode overlay) {
    ObjectNode merged = base.deepCopy();
    for (Map.Entry<String, JsonNode> entry : overlay.properties()) {
      merged.set(entry.getKey(), mergeValue(merged.get(entry.getKey()), entry.getValue()));
    }
    return merged;
  }

  /** The value {@code overlay} leaves in place of {@code base} (which may be null). */
  static JsonNode mergeValue(JsonNode base, JsonNode overlay) {
    if (base instanceof ObjectNode baseObject
        && overlay instanceof ObjectNode overlayObject
        && !changesVariant(baseObject, overlayObject)) {
      return merge(baseObject, overlayObject);
    }
    return overlay.deepCopy();
  }

  /** Whether {@code overlay} names a different variant than {@code base}. */
  static boolean changesVariant(ObjectNode base, ObjectNode overlay) {
    for (String key : DISCRIMINATORS) {
      JsonNode chosen = overlay.get(key);
      if (chosen != null && !chosen.equals(base.get(key))) {
        return true;
      }
    }
    return false;
  }
}
