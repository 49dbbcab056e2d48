package salesim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Every setting's plain name, unit and source grade, in one place: {@code
 * src/main/resources/salesim/scenario/parameters.yaml}, in the jar beside reference.yaml (not under
 * scenarios/, where every file is a scenario). Reports name a
 * setting by its label (the raw path stays in a note), and an assumption audit moves each grade-D
 * setting over its plausible range ({@link #assumptions()}).
 *
 * <p>Keys are field paths; {@code []} stands for any element of a list and {@code [name]} for the
 * element with that name, which overrides the pattern. A concrete path ({@code
 * segments[1].dealValueMean}) is looked up by the element's name first, then by the pattern.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParameterCatalogue {

  /** The catalogue's resource in the jar. */
  public static final String RESOURCE = "/salesim/scenario/parameters.yaml";

  /** The unit word that stands for the scenario's currency. */
  public static final String CURRENCY = "currency";

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");
  private static volatile ParameterCatalogue shipped;

  /** How well sourced a default is (PARAMETERS.md), or that it is the user's own input. */
  public enum Grade {
    /** Peer-reviewed, or a large dataset analysed by named researchers. */
    A,
    /** A vendor or analyst benchmark on a large sample. */
    B,
    /** A practitioner or secondary source: ranges only. */
    C,
    /** A modelling assumption with no source: exposed, with a plausible range. */
    D,
    /** Not an estimate: a choice or a fact of the company (horizon, team, plan, shocks). */
    INPUT;

    static Grade parse(String text, String key) {
      for (Grade g : values()) {
        if (g.name().equalsIgnoreCase(text)) {
          return g;
        }
      }
      throw new IllegalArgumentException(
          key + ": grade must be A, B, C, D or input (got " + text + ")");
    }
  }

  /**
   * One catalogue entry.
   *
   * @param key the key as written (a path, with {@code []} or {@code [name]} for list elements)
   * @param label the plain name a report prints
   * @param unit the unit as written ("currency" is the scenario's currency)
   * @param grade the default's source grade
   * @param low the plausible low end of a grade-D setting, by element name ("" for any element);
   *     empty otherwise
   * @param high the plausible high end, likewise
   * @param basis one line on where the range comes from; empty if none
   */
  public record Entry(
      String key,
      String label,
      String unit,
      Grade grade,
      Map<String, Double> low,
      Map<String, Double> high,
      String basis) {

    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(grade, "grade");
      low = Map.copyOf(low);
      high = Map.copyOf(high);
      Objects.requireNonNull(basis, "basis");
    }

    /** The unit as a report prints it: "currency" replaced by the scenario's currency. */
    public String unit(String currency) {
      return unit.replace(CURRENCY, currency);
    }

    /** Whether the setting is an amount of money (whatever else its unit says). */
    public boolean isMoney() {
      return unit.contains(CURRENCY);
    }

    /** The low end for a list element (by name; "" outside lists), or NaN if none is given. */
    public double low(String element) {
      return end(low, element);
    }

    /** The high end for a list element (by name; "" outside lists), or NaN if none is given. */
    public double high(String element) {
      return end(high, element);
    }

    private static double end(Map<String, Double> ends, String element) {
      Double v = ends.containsKey(element) ? ends.get(element) : ends.get("");
      return v == null ? Double.NaN : v;
    }
  }

  /**
   * A grade-D setting of the reference scenario, with the range an audit moves it over.
   *
   * @param path the concrete field path ({@code segments[2].accounts})
   * @param label its plain name, the element named ("Prospectable accounts, enterprise")
   * @param unit its unit as written
   * @param low the plausible low value
   * @param base the reference default
   * @param high the plausible high value
   * @param basis where the range comes from
   */
  public record Assumption(
      String path, String label, String unit, double low, double base, double high, String basis) {}

  private final Map<String, Entry> entries;
  private final JsonNode reference;

  private ParameterCatalogue(Map<String, Entry> entries, JsonNode reference) {
    this.entries = entries;
    this.reference = reference;
  }

  /** The catalogue shipped in the jar, read once. */
  public static ParameterCatalogue load() {
    ParameterCatalogue c = shipped;
    if (c == null) {
      synchronized (ParameterCatalogue.class) {
        c = shipped;
        if (c == null) {
          c = parse(resource(RESOURCE), resource(ScenarioLoader.REFERENCE_RESOURCE));
          shipped = c;
        }
      }
    }
    return c;
  }

  /** A catalogue from its YAML text, over the reference scenario's YAML text. */
  static ParameterCatalogue parse(String catalogue, String reference) {
    JsonNode root = Mappers.readTree(Mappers.forFile("x.yaml"), catalogue);
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      entries.put(e.getKey(), parseEntry(e.getKey(), e.getValue()));
    }
    return new ParameterCatalogue(
        java.util.Collections.unmodifiableMap(entries),
        Mappers.readTree(Mappers.forFile("reference.yaml"), reference));
  }

  private static Entry parseEntry(String key, JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(key + ": expected label, unit and grade");
    }
    return new Entry(
        key,
        text(node, "label", key),
        text(node, "unit", key),
        Grade.parse(text(node, "grade", key), key),
        ends(node.get("low"), key + ".low"),
        ends(node.get("high"), key + ".high"),
        node.has("basis") ? text(node, "basis", key) : "");
  }

  private static String text(JsonNode node, String field, String key) {
    JsonNode v = node.get(field);
    if (v == null || !v.isValueNode() || v.isNull()) {
      throw new IllegalArgumentException(key + ": missing " + field);
    }
    return v.asString();
  }

  private static Map<String, Double> ends(JsonNode node, String key) {
    Map<String, Double> ends = new LinkedHashMap<>();
    if (node == null) {
      return ends;
    }
    if (node.isNumber()) {
      ends.put("", node.doubleValue());
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getValue().isNumber()) {
          throw new IllegalArgumentException(key + "." + e.getKey() + ": expected a number");
        }
        ends.put(e.getKey(), e.getValue().doubleValue());
      }
    } else {
      throw new IllegalArgumentException(key + ": expected a number or one per element name");
    }
    return ends;
  }

  private static String resource(String name) {
    try (InputStream in = ParameterCatalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " (rebuild the jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** Every entry, in the catalogue's order. */
  public Map<String, Entry> entries() {
    return entries;
  }

  /**
   * The entry for a path ({@code comp.commission.rate}, {@code segments[].accounts}, {@code
   * segments[enterprise].accounts}, or {@code segments[1].accounts}, whose element is named from
   * the reference scenario); null if the catalogue has none.
   */
  public Entry entry(String path) {
    return entry(path, reference);
  }

  /**
   * The entry for a concrete path of a scenario, its list elements named from {@code parameters}
   * (a resolved scenario tree): the element's own entry if there is one, else the pattern's.
   */
  public Entry entry(String path, JsonNode parameters) {
    Entry exact = entries.get(path);
    if (exact != null) {
      return exact;
    }
    Entry named = entries.get(named(path, parameters));
    if (named != null) {
      return named;
    }
    return entries.get(INDEX.matcher(path).replaceAll("[]").replaceAll("\\[[^\\]]+\\]", "[]"));
  }

  /**
   * A setting's plain name, each list element it passes through named after it ("Deal value
   * (ACV), mid-market"); the path itself if the catalogue has no entry.
   */
  public String label(String path, JsonNode parameters) {
    Entry e = entry(path, parameters);
    if (e == null) {
      return path;
    }
    List<String> names = elementNames(path, parameters);
    return names.isEmpty() ? e.label() : e.label() + ", " + String.join(", ", names);
  }

  /** {@link #label(String, JsonNode)} with elements named from the reference scenario. */
  public String label(String path) {
    return label(path, reference);
  }

  /** The unit a report prints for a setting ("" if the catalogue has none). */
  public String unit(String path, JsonNode parameters, String currency) {
    Entry e = entry(path, parameters);
    return e == null ? "" : e.unit(currency);
  }

  /**
   * Every grade-D leaf of the reference scenario with its plausible range, in file order: what an
   * assumption audit moves, one at a time.
   */
  public List<Assumption> assumptions() {
    List<Assumption> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> leaf : leaves(reference).entrySet()) {
      Entry e = entry(leaf.getKey(), reference);
      if (e == null || e.grade() != Grade.D || !leaf.getValue().isNumber()) {
        continue;
      }
      List<String> names = elementNames(leaf.getKey(), reference);
      String element = names.isEmpty() ? "" : names.get(names.size() - 1);
      out.add(
          new Assumption(
              leaf.getKey(),
              label(leaf.getKey(), reference),
              e.unit(),
              e.low(element),
              leaf.getValue().doubleValue(),
              e.high(element),
              e.basis()));
    }
    return out;
  }

  /**
   * The leaves of a scenario tree by concrete path ({@code segments[0].name}), in order; an empty
   * list is a leaf of its own.
   */
  public static Map<String, JsonNode> leaves(JsonNode tree) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    leaves("", tree, out);
    return out;
  }

  private static void leaves(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject() && !node.isEmpty()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        leaves(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray() && !node.isEmpty() && node.get(0).isContainer()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(prefix + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(prefix, node);
    }
  }

  /** The path with each {@code [i]} replaced by {@code [name]} of that element, where named. */
  private static String named(String path, JsonNode parameters) {
    List<String> names = elementNames(path, parameters);
    if (names.isEmpty()) {
      return path;
    }
    Matcher m = INDEX.matcher(path);
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("[" + names.get(k++) + "]"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The names of the list elements a concrete path passes through (empty if any is unnamed). */
  private static List<String> elementNames(String path, JsonNode parameters) {
    List<String> names = new ArrayList<>();
    if (parameters == null || !INDEX.matcher(path).find()) {
      return names;
    }
    JsonNode node = parameters;
    for (String step : path.split("\\.")) {
      Matcher m = INDEX.matcher(step);
      String field = m.find() ? step.substring(0, m.start()) : step;
      node = node == null ? null : node.get(field);
      m.reset();
      while (m.find()) {
        int index = Integer.parseInt(m.group(1));
        node = node == null || !node.isArray() ? null : node.get(index);
        JsonNode name = node == null ? null : node.get("name");
        if (name == null || !name.isString()) {
          return List.of();
        }
        names.add(name.stringValue());
      }
    }
    return names;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ParameterCatalogue(%d entries)", entries.size());
  }
}
