package salesim.scenario;

import java.util.List;
import salesim.scenario.FieldPath.Index;
import salesim.scenario.FieldPath.Key;
import salesim.scenario.FieldPath.Step;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code --set path=value} override. The path uses dots and {@code [i]} ({@code
 * segments[1].accounts}) and must name a field of the model; the value is read as YAML, so {@code
 * 3}, {@code true}, {@code ACTIVITY}, {@code [1, 2]} and {@code {type: flat, rate: 0.1}} all work.
 * Setting a value is merging it over the tree at that path, by {@link TreeMerge}'s rules: an object
 * value merges into the object there, anything else replaces. Setting a discriminator ({@code
 * comp.commission.type=weighted}) to a new value replaces its object with just that field, so later
 * {@code --set}s supply the new variant's fields.
 *
 * @param text the override as the user wrote it
 * @param path the field it sets
 * @param value the parsed value
 * @param flag the option the user typed it with ({@code --set}, or {@code --vary} for a sweep's
 *     grid point), so messages name that option
 */
record Assignment(String text, FieldPath path, JsonNode value, String flag) {

  /** The option of a plain override. */
  static final String SET = "--set";

  /**
   * Parses {@code path=value}.
   *
   * @throws ScenarioException naming {@code file} if the text is not {@code path=value}, the path
   *     is malformed or the value is not YAML
   */
  static Assignment parse(String text, String file) {
    return parse(text, file, SET);
  }

  /** As {@link #parse(String, String)}, for an override given with {@code flag}. */
  static Assignment parse(String text, String file, String flag) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw new ScenarioException(file, flag, "expected path=value (got " + text + ")");
    }
    FieldPath path;
    try {
      path = FieldPath.parse(text.substring(0, equals).strip());
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(file, flag, e.getMessage() + " (got " + text + ")", e);
    }
    String valueText = text.substring(equals + 1);
    JsonNode value;
    try {
      value = Mappers.readTree(Mappers.YAML, valueText);
    } catch (JacksonException e) {
      JacksonErrors.Problem problem = JacksonErrors.reading(e, "YAML");
      throw new ScenarioException(
          file, path.toString(), flag + " value: " + problem.text() + " (got " + valueText + ")", e);
    }
    String tag = Mappers.unsupportedTag(valueText);
    if (tag != null) {
      throw new ScenarioException(
          file,
          path.toString(),
          flag + " value: YAML tag " + tag + " is not allowed (got " + valueText + ")");
    }
    if (value == null || value.isMissingNode()) {
      value = JsonNodeFactory.instance.nullNode(); // "x=" is YAML's empty value
    }
    return new Assignment(text, path, value, flag);
  }

  /**
   * Sets the value in a merged scenario tree, in place.
   *
   * @throws ScenarioException naming {@code file} if the path is not a field of the model, or names
   *     a list element that does not exist
   */
  void applyTo(ObjectNode tree, String file) {
    try {
      Schema.typeAt(path, tree);
    } catch (Schema.PathException e) {
      throw new ScenarioException(file, path.toString(), "cannot " + flag + ": " + e.getMessage(), e);
    }
    JsonNode container = tree;
    FieldPath walked = FieldPath.ROOT;
    for (Step step : path.parent().steps()) {
      JsonNode child = FieldPath.child(container, step);
      if (child == null && step instanceof Key key && container instanceof ObjectNode object) {
        child = object.putObject(key.name()); // a field of a record the tree lacks so far
      }
      walked = walked.append(new FieldPath(List.of(step)));
      if (child == null) {
        throw missing(file, walked, container);
      }
      container = child;
    }
    try {
      set(container, file);
    } catch (TreeMerge.MergeException e) {
      throw new ScenarioException(file, e.path().toString(), flag + " value: " + e.getMessage(), e);
    }
  }

  /** Sets the value in its container, the object or list its path's parent names. */
  private void set(JsonNode container, String file) {
    Step last = path.last();
    if (last instanceof Key key && container instanceof ObjectNode object) {
      JsonNode old = object.get(key.name());
      if (TreeMerge.DISCRIMINATORS.contains(key.name()) && !value.equals(old)) {
        object.removeAll(); // a new variant: none of the old variant's fields carry over
        object.set(key.name(), value.deepCopy());
      } else {
        object.set(key.name(), TreeMerge.mergeValue(old, value, path));
      }
    } else if (last instanceof Index index
        && container instanceof ArrayNode list
        && index.index() < list.size()) {
      list.set(index.index(), TreeMerge.mergeValue(list.get(index.index()), value, path));
    } else {
      throw missing(file, path, container);
    }
  }

  /** The error for a step the tree cannot take: past a list's end, or into a non-object. */
  private ScenarioException missing(String file, FieldPath at, JsonNode container) {
    String where = at.parent().isRoot() ? "the top level" : at.parent().toString();
    String problem =
        container.isArray()
            ? "cannot " + flag + ": " + where + " has " + container.size() + " element(s)"
            : "cannot " + flag + ": " + where + " holds " + JacksonErrors.render(container);
    return new ScenarioException(file, path.toString(), problem);
  }
}
