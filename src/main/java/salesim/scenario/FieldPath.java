package salesim.scenario;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A path to a field of a scenario tree, written as in the error messages and in {@code --set}: dots
 * between field names, {@code [i]} for list elements ({@code segments[1].accounts}).
 *
 * @param steps the field names and list indices from the root, outermost first
 */
record FieldPath(List<Step> steps) {

  /** The root of the tree. */
  static final FieldPath ROOT = new FieldPath(List.of());

  FieldPath {
    steps = List.copyOf(steps);
  }

  /** One step down the tree. */
  sealed interface Step {}

  /** A field of an object. */
  record Key(String name) implements Step {

    /** Longest field name shown in full in a path. */
    private static final int MAX_SHOWN = 40;

    /**
     * The name as a path shows it: as is when it is an identifier, else quoted with escapes (and
     * cut short), so an empty, dotted or control-character key still shows where it is.
     */
    @Override
    public String toString() {
      if (isIdentifier(name)) {
        return name;
      }
      return JacksonErrors.quote(name, MAX_SHOWN);
    }

    private static boolean isIdentifier(String name) {
      if (name.isEmpty() || isDigit(name.charAt(0))) {
        return false;
      }
      return name.chars().allMatch(c -> isNamePart((char) c));
    }
  }

  /** An element of a list. */
  record Index(int index) implements Step {

    @Override
    public String toString() {
      return "[" + index + "]";
    }
  }

  /**
   * Parses {@code a.b[1].c}. Field names are ASCII identifiers (record component names); indices
   * are non-negative decimal integers.
   *
   * @throws IllegalArgumentException with a message that says where the text goes wrong
   */
  static FieldPath parse(String text) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    int n = text.length();
    if (n == 0) {
      throw new IllegalArgumentException("empty path");
    }
    while (i < n) {
      char c = text.charAt(i);
      if (c == '[') {
        int close = text.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed [ at position " + (i + 1) + " in " + text);
        }
        String digits = text.substring(i + 1, close);
        if (digits.isEmpty()
            || digits.length() > 9
            || !digits.chars().allMatch(d -> isDigit((char) d))) {
          throw new IllegalArgumentException(
              "expected a list index at position " + (i + 2) + " in " + text);
        }
        steps.add(new Index(Integer.parseInt(digits)));
        i = close + 1;
      } else {
        if (c == '.') {
          if (steps.isEmpty()) {
            throw new IllegalArgumentException("path starts with a dot: " + text);
          }
          i++;
        } else if (!steps.isEmpty()) {
          throw new IllegalArgumentException(
              "expected . or [ at position " + (i + 1) + " in " + text);
        }
        int start = i;
        while (i < n && isNamePart(text.charAt(i))) {
          i++;
        }
        if (i == start || !isNamePart(text.charAt(start)) || isDigit(text.charAt(start))) {
          throw new IllegalArgumentException(
              "expected a field name at position " + (start + 1) + " in " + text);
        }
        steps.add(new Key(text.substring(start, i)));
      }
    }
    if (steps.get(0) instanceof Index) {
      throw new IllegalArgumentException("path must start with a field name: " + text);
    }
    return new FieldPath(steps);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNamePart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isDigit(c);
  }

  /** The path a Jackson exception points at (its chain of property names and indices). */
  static FieldPath of(JacksonException e) {
    List<Step> steps = new ArrayList<>();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        steps.add(new Key(ref.getPropertyName()));
      } else if (ref.getIndex() >= 0) {
        steps.add(new Index(ref.getIndex()));
      }
    }
    return new FieldPath(steps);
  }

  /** This path followed by {@code more}. */
  FieldPath append(FieldPath more) {
    List<Step> all = new ArrayList<>(steps);
    all.addAll(more.steps);
    return new FieldPath(all);
  }

  /** This path followed by one field. */
  FieldPath append(String key) {
    return append(new FieldPath(List.of(new Key(key))));
  }

  /** The path without its last step; the root stays the root. */
  FieldPath parent() {
    return steps.isEmpty() ? this : new FieldPath(steps.subList(0, steps.size() - 1));
  }

  /** The last step, or null at the root. */
  Step last() {
    return steps.isEmpty() ? null : steps.get(steps.size() - 1);
  }

  /** Whether this is the root. */
  boolean isRoot() {
    return steps.isEmpty();
  }

  /** The number of steps this path shares with {@code other} from the root. */
  int commonPrefix(FieldPath other) {
    int k = 0;
    while (k < steps.size() && k < other.steps.size() && steps.get(k).equals(other.steps.get(k))) {
      k++;
    }
    return k;
  }

  /** The node at this path in {@code tree}, or null if some step is absent. */
  JsonNode find(JsonNode tree) {
    JsonNode node = tree;
    for (Step step : steps) {
      node = child(node, step);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /** How many leading steps of this path exist in {@code tree}. */
  int depthIn(JsonNode tree) {
    JsonNode node = tree;
    int depth = 0;
    for (Step step : steps) {
      node = child(node, step);
      if (node == null) {
        break;
      }
      depth++;
    }
    return depth;
  }

  /** The child of a node one step down, or null. */
  static JsonNode child(JsonNode node, Step step) {
    if (step instanceof Key key) {
      return node.isObject() ? node.get(key.name()) : null;
    }
    int index = ((Index) step).index();
    return node.isArray() && index < node.size() ? node.get(index) : null;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Step step : steps) {
      if (step instanceof Key && text.length() > 0) {
        text.append('.');
      }
      text.append(step);
    }
    return text.toString();
  }
}
