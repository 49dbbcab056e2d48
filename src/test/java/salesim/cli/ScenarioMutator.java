package salesim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;

/**
 * Hostile edits of a valid scenario tree, and the YAML text they serialise to (issue 8): what an
 * advisor editing by hand or a CFO pasting from a spreadsheet might produce, and worse. A tree is
 * edited in place by {@link #apply}; {@link #yaml} writes it in flow style, where a {@link Raw}
 * node is written verbatim so the text can hold what no tree can (.nan, tags, aliases, broken
 * syntax).
 */
final class ScenarioMutator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** YAML text written as is, in place of a value. */
  record Raw(String yaml) {}

  /** What an edit does at its location. */
  enum Op {
    HOSTILE_SCALAR,
    SCALE_NUMBER,
    NEGATE_NUMBER,
    TYPE_SWAP,
    REMOVE,
    ADD_FIELD,
    RENAME_FIELD,
    EMPTY_LIST,
    HUGE_LIST,
    DEEP_NESTING,
    ODD_STRING
  }

  /**
   * One edit: an operation, which location of the tree it hits ({@code target} modulo the number
   * of locations), and numbers that pick its details.
   */
  record Mutation(Op op, int target, int variant, int size, String text) {}

  /** Scalars that are valid YAML but hostile as values: non-finite, extreme, typed, tagged. */
  static final List<String> HOSTILE = List.of(
      ".nan", ".NaN", ".inf", "-.inf", "+.inf", "NaN", "Infinity", "-Infinity",
      "1e309", "-1e309", "1e308", "-1e308", "4.9e-324", "1e-400", "-0.0", "-0", "0",
      "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
      "99999999999999999999999999999999999999", "1" + "0".repeat(120), "0." + "0".repeat(150) + "1",
      "0x7fffffff", "0o777", "0b101", "1_000", "1,5", "12 %", "$100", "1.5.2", ".5", "5.", "1e",
      "~", "null", "''", "\"\"", "yes", "no", "on", "true", "false", "[]", "{}",
      "!!binary aGVsbG8=", "!!java.lang.Runtime {}", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]",
      "!!float 1", "!!int \"3\"", "!!str 5", "!!set {a, b}", "!!timestamp 2001-12-14",
      "&anchor 5", "*undefined", "\"\\u202E\\u0000\\uD800\"", "\"\\x00\"", "\"\\e\\a\"",
      "١٢٣", "１２", "Ⅻ", "[1, 2", "{a: 1", "@reserved", "`tick`", "? complex", "- dash",
      "2026-13-45", "0.1e+99999", "-1e-99999");

  private ScenarioMutator() {}

  /** A location in the tree: a field of an object or an element of a list. */
  private record Place(JsonNode parent, String key, int index) {

    JsonNode get() {
      return key != null ? parent.get(key) : parent.get(index);
    }

    void set(JsonNode value) {
      if (key != null) {
        ((ObjectNode) parent).set(key, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (key != null) {
        ((ObjectNode) parent).remove(key);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  /** Applies the edits in order to {@code tree}, in place. */
  static void apply(ObjectNode tree, List<Mutation> mutations) {
    for (Mutation m : mutations) {
      List<Place> places = new ArrayList<>();
      collect(tree, places);
      if (places.isEmpty()) {
        return;
      }
      apply(places.get(Math.floorMod(m.target(), places.size())), m, tree);
    }
  }

  private static void collect(JsonNode node, List<Place> places) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        places.add(new Place(object, e.getKey(), -1));
        collect(e.getValue(), places);
      }
    } else if (node instanceof ArrayNode list) {
      for (int i = 0; i < list.size(); i++) {
        places.add(new Place(list, null, i));
        collect(list.get(i), places);
      }
    }
  }

  private static void apply(Place place, Mutation m, ObjectNode root) {
    JsonNode value = place.get();
    switch (m.op()) {
      case HOSTILE_SCALAR -> place.set(raw(HOSTILE.get(Math.floorMod(m.variant(), HOSTILE.size()))));
      case SCALE_NUMBER -> {
        if (value.isNumber()) {
          // A factor from 1e-300 to 1e300: finite, extreme, or overflowing to infinity on purpose.
          double factor = Math.pow(10, Math.floorMod(m.variant(), 601) - 300);
          place.set(raw(Double.toString(value.doubleValue() * factor)));
        } else {
          place.set(NODES.numberNode(m.variant()));
        }
      }
      case NEGATE_NUMBER ->
          place.set(value.isNumber() ? raw(Double.toString(-value.doubleValue() - m.size())) : NODES.numberNode(-1));
      case TYPE_SWAP -> place.set(swap(value, m.variant()));
      case REMOVE -> place.remove();
      case ADD_FIELD -> {
        JsonNode target = value.isObject() ? value : root;
        ((ObjectNode) target).set(m.text(), NODES.numberNode(m.size()));
      }
      case RENAME_FIELD -> {
        if (place.key() != null) {
          place.remove();
          ((ObjectNode) place.parent()).set(m.text(), value);
        }
      }
      case EMPTY_LIST -> place.set(value.isObject() ? NODES.objectNode() : NODES.arrayNode());
      case HUGE_LIST -> {
        ArrayNode list = NODES.arrayNode();
        JsonNode element = value.isArray() && !value.isEmpty() ? value.get(0) : value;
        for (int i = 0; i < m.size(); i++) {
          list.add(element.deepCopy());
        }
        place.set(list);
      }
      case DEEP_NESTING -> {
        JsonNode nested = value;
        for (int i = 0; i < Math.floorMod(m.variant(), 120) + 1; i++) {
          nested = i % 2 == 0 ? NODES.arrayNode().add(nested) : NODES.objectNode().set("x", nested);
        }
        place.set(nested);
      }
      case ODD_STRING -> place.set(NODES.stringNode(m.text()));
    }
  }

  /** The value as another type: a list, an object, a quoted number, a boolean or null. */
  private static JsonNode swap(JsonNode value, int variant) {
    return switch (Math.floorMod(variant, 6)) {
      case 0 -> NODES.arrayNode().add(value.deepCopy());
      case 1 -> NODES.objectNode().set("value", value.deepCopy());
      case 2 -> NODES.stringNode(value.isValueNode() && !value.isPojo() ? value.asString() : "12");
      case 3 -> NODES.booleanNode(variant % 2 == 0);
      case 4 -> NODES.nullNode();
      default -> value.isNumber() ? NODES.numberNode(value.doubleValue() + 0.5) : NODES.numberNode(3);
    };
  }

  private static JsonNode raw(String yaml) {
    return NODES.pojoNode(new Raw(yaml));
  }

  /** The tree as YAML flow-style text, one top-level field per line. */
  static String yaml(ObjectNode tree) {
    StringBuilder out = new StringBuilder();
    out.append("{\n");
    boolean first = true;
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      if (!first) {
        out.append(",\n");
      }
      first = false;
      out.append("  ").append(quote(e.getKey())).append(": ");
      write(e.getValue(), out);
    }
    return out.append("\n}\n").toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node instanceof POJONode pojo && pojo.getPojo() instanceof Raw raw) {
      out.append(raw.yaml());
    } else if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.append(first ? "" : ", ").append(quote(e.getKey())).append(": ");
        write(e.getValue(), out);
        first = false;
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isString()) {
      out.append(quote(node.stringValue()));
    } else {
      out.append(node.toString());
    }
  }

  /** A YAML double-quoted string: escapes for quotes, backslashes and every control character. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validPair(text, i)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
