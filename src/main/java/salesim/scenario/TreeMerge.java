package salesim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deep merge of scenario trees, used for {@code extends}, for the reference defaults and for {@code
 * --set}:
 *
 * <ul>
 *   <li>objects merge key by key, recursively;
 *   <li>the lists of named parts of the company ({@link #BY_NAME}: {@code segments}, {@code
 *       pipeline.inbound}, {@code pipeline.outbound}) merge by {@code name}: an element whose name
 *       the base list has merges into that element, one with a new name is added at the end, and
 *       the base's other elements stay, so {@code segments: [{name: smb, accounts: 9000}]} changes
 *       one field of one segment (issue 12, item 7). Every element must then have a name;
 *   <li>{@code FIELD: {replace: [...]}} replaces such a list whole (to drop or reorder elements);
 *   <li>other lists ({@code seasonality}, {@code shocks}) and scalars replace: a file that lists
 *       shocks lists all of them, so a recession in the file it extends is not silently added to
 *       its own;
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

  /** The lists that merge by their elements' {@code name}, by path. */
  static final Set<String> BY_NAME = Set.of("segments", "pipeline.inbound", "pipeline.outbound");

  /** The key of the object that replaces a by-name list whole. */
  static final String REPLACE = "replace";

  private static final String NAME = "name";

  /** A merge that cannot be done: an element of a by-name list without a name. */
  static final class MergeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FieldPath path;

    MergeException(FieldPath path, String problem) {
      super(problem, null, false, false);
      this.path = path;
    }

    /** Where the merge failed. */
    FieldPath path() {
      return path;
    }
  }

  private TreeMerge() {}

  /**
   * A new tree: {@code overlay} merged over {@code base} key by key. The discriminator rule applies
   * to the objects inside, not to these two (a stray top-level {@code type} must not replace a
   * whole scenario).
   *
   * @throws MergeException if an element of a by-name list has no name
   */
  static ObjectNode merge(ObjectNode base, ObjectNode overlay) {
    return merge(base, overlay, FieldPath.ROOT);
  }

  private static ObjectNode merge(ObjectNode base, ObjectNode overlay, FieldPath at) {
    ObjectNode merged = base.deepCopy();
    for (Map.Entry<String, JsonNode> entry : overlay.properties()) {
      merged.set(
          entry.getKey(),
          mergeValue(merged.get(entry.getKey()), entry.getValue(), at.append(entry.getKey())));
    }
    return merged;
  }

  /** The value {@code overlay} leaves in place of {@code base} (which may be null) at {@code at}. */
  static JsonNode mergeValue(JsonNode base, JsonNode overlay, FieldPath at) {
    boolean byName = BY_NAME.contains(at.toString());
    if (byName && isReplacement(overlay)) {
      return overlay.get(REPLACE).deepCopy();
    }
    if (byName && base instanceof ArrayNode baseList && overlay instanceof ArrayNode overlayList) {
      return mergeByName(baseList, overlayList, at);
    }
    if (base instanceof ObjectNode baseObject
        && overlay instanceof ObjectNode overlayObject
        && !changesVariant(baseObject, overlayObject)) {
      return merge(baseObject, overlayObject, at);
    }
    return overlay.deepCopy();
  }

  /** Whether a value is {@code {replace: [...]}}. */
  private static boolean isReplacement(JsonNode node) {
    return node instanceof ObjectNode object
        && object.size() == 1
        && object.get(REPLACE) instanceof ArrayNode;
  }

  /** Base elements in their order, each merged with the overlay's of its name; new names last. */
  private static ArrayNode mergeByName(ArrayNode base, ArrayNode overlay, FieldPath at) {
    Map<String, JsonNode> merged = new LinkedHashMap<>();
    List<String> baseNames = new ArrayList<>();
    for (JsonNode element : base) {
      String name = nameOf(element);
      if (name == null || merged.containsKey(name)) {
        return overlay.deepCopy(); // a base without unique names is replaced, as lists were
      }
      merged.put(name, element);
      baseNames.add(name);
    }
    for (int i = 0; i < overlay.size(); i++) {
      JsonNode element = overlay.get(i);
      String name = nameOf(element);
      FieldPath here = at.append(new FieldPath(List.of(new FieldPath.Index(i))));
      if (name == null) {
        throw new MergeException(
            here,
            "needs a name: the elements of "
                + at
                + " merge by name with those of the file it builds on ("
                + String.join(", ", baseNames)
                + "); to replace the whole list write "
                + at.last()
                + ": {replace: [...]}");
      }
      for (int j = 0; j < i; j++) {
        if (name.equals(nameOf(overlay.get(j)))) {
          throw new MergeException(
              here.append(NAME),
              "two elements of "
                  + at
                  + " are named "
                  + name
                  + " (the other is "
                  + at.last()
                  + "["
                  + j
                  + "]); names must differ for the elements to merge by name, or write "
                  + at.last()
                  + ": {replace: [...]} to give the whole list");
        }
      }
      JsonNode old = merged.get(name);
      merged.put(name, old == null ? element.deepCopy() : mergeValue(old, element, here));
    }
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    merged.values().forEach(list::add);
    return list;
  }

  /** An element's name, or null if it is not an object with a text name. */
  private static String nameOf(JsonNode element) {
    JsonNode name = element instanceof ObjectNode object ? object.get(NAME) : null;
    return name != null && name.isString() ? name.stringValue() : null;
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
