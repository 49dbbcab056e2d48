package salesim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import salesim.model.SalesParameters;
import salesim.model.market.InboundFlow;
import salesim.scenario.ExtendsChain.Layer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads scenario files (YAML {@code .yaml}/{@code .yml} or JSON {@code .json}) into {@link
 * Scenario}s (STYLE.md §2.4).
 *
 * <ol>
 *   <li>The file is read into a tree, then each file it {@code extends:} (a path relative to the
 *       file that names it; chains may be of any length; a cycle is an error).
 *   <li>The chain is deep-merged, each file over its parent, and the whole chain over the reference
 *       scenario embedded in the jar ({@code /salesim/scenario/reference.yaml}, a copy of {@code
 *       scenarios/reference.yaml}), which holds every default. Merge rules: objects merge key by
 *       key; lists and scalars replace; an object whose discriminator ({@code type}, as in {@code
 *       comp.commission}, or {@code curve}, as in {@code inbound.decay}) changes replaces the base
 *       object instead of merging with it, so switching {@code weighted} to {@code flat} does not
 *       keep {@code outboundMultiplier}. {@code name} and {@code description} come from the nearest
 *       file in the chain that has them (the reference's own are not inherited: a file without a
 *       name is named after itself).
 *   <li>{@code --set path=value} overrides apply in order ({@link Assignment}): a path such as
 *       {@code comp.commission.outboundMultiplier} or {@code segments[1].accounts} must name a
 *       field of the model; the value is read as YAML and merged at that path by the same rules.
 *   <li>The merged tree, less {@code name} and {@code description}, binds to {@link
 *       SalesParameters} strictly ({@link Mappers#JSON}): unknown fields, nulls for numbers and
 *       missing fields fail, enums are case-insensitive ({@code mixed} = {@code MIXED}), strings
 *       are never read as numbers, and a float given for an integer must be integral. The records'
 *       own checks then validate ranges and cross-field rules.
 * </ol>
 *
 * <p>Every user error is a {@link ScenarioException} whose message reads {@code file: field.path:
 * problem (got value)}. The file is the one that supplied the offending field: the deepest file of
 * the chain that sets it, or the loaded file when the value came from the defaults or a {@code
 * --set}. YAML input is bounded (see {@link Mappers}): 5 MB per file, 64 levels of nesting,
 * 100-character numbers and 100,000 values after alias expansion.
 *
 * <p>Thread-safe: a loader is immutable and may be shared.
 */
public final class ScenarioLoader {

  /** Where the reference scenario sits on the classpath. */
  public static final String REFERENCE_RESOURCE = "/salesim/scenario/reference.yaml";

  /** How messages and {@link Scenario#file()} name the built-in reference. */
  static final String REFERENCE_FILE = "reference.yaml (built-in)";

  /** Largest absolute value of any number in a scenario. */
  static final double MAX_MAGNITUDE = 1e12;

  /** Smallest absolute value of any non-zero number in a scenario. */
  static final double MIN_MAGNITUDE = 1e-12;

  /** Most inbound leads a month, growth and season included: InboundFlow's own bound. */
  static final double MAX_LEADS_PER_MONTH = 1.0e6;

  /** The reference tree; never modified (every use copies it). */
  private final ObjectNode reference;

  /**
   * Creates a loader, reading the reference scenario from the classpath.
   *
   * @throws IllegalStateException if the jar lacks a readable reference scenario (a build error)
   */
  public ScenarioLoader() {
    try (InputStream in = ScenarioLoader.class.getResourceAsStream(REFERENCE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(REFERENCE_RESOURCE + " is not on the classpath");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      reference = ExtendsChain.parse(Mappers.YAML, text, REFERENCE_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ScenarioException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The reference scenario: every default, as {@code scenarios/reference.yaml} documents it. */
  public Scenario loadDefaults() {
    return bind(reference.deepCopy(), REFERENCE_FILE, path -> REFERENCE_FILE);
  }

  /** Loads a scenario file without overrides. */
  public Scenario load(Path file) {
    return load(file, List.of());
  }

  /**
   * Loads a scenario file, then applies {@code sets} ({@code path=value}) in order.
   *
   * @throws ScenarioException if any file of the chain, any override or any value is invalid
   */
  public Scenario load(Path file, List<String> sets) {
    return load(file, sets, List.of());
  }

  /**
   * Loads a scenario file, applies {@code sets}, then {@code varied}: a sweep's grid point, whose
   * messages name {@code --vary} (the option the user typed) rather than {@code --set}.
   *
   * @throws ScenarioException if any file of the chain, any override or any value is invalid
   */
  public Scenario load(Path file, List<String> sets, List<String> varied) {
    Merged merged = merge(file, sets, varied);
    return bind(merged.tree(), merged.display(), merged.blame());
  }

  /**
   * {@code base} with the values {@code donor} has at {@code paths} ({@link
   * SettingDifference#path}s), bound and validated as a file would be: the variants of {@code
   * salesim explain}, one plan with some of another's settings. A field the donor lacks is removed,
   * a list the donor has in another shape is taken whole.
   *
   * @param name the new scenario's name (its description is {@code description})
   * @param display how messages name the combination, in place of a file
   * @throws ScenarioException naming {@code display} if the combination does not validate
   */
  public Scenario combine(
      Scenario base,
      Scenario donor,
      Collection<String> paths,
      String name,
      String description,
      String display) {
    ObjectNode tree = ScenarioWriter.toTree(base);
    ObjectNode from = ScenarioWriter.toTree(donor);
    for (String text : paths) {
      FieldPath path = FieldPath.parse(text);
      JsonNode value = path.find(from);
      JsonNode container = path.parent().find(tree);
      FieldPath.Step last = path.last();
      if (container instanceof ObjectNode object && last instanceof FieldPath.Key key) {
        if (value == null) {
          object.remove(key.name());
        } else {
          object.set(key.name(), value.deepCopy());
        }
      } else if (container instanceof tools.jackson.databind.node.ArrayNode list
          && last instanceof FieldPath.Index index
          && index.index() < list.size()
          && value != null) {
        list.set(index.index(), value.deepCopy());
      } else {
        throw new IllegalArgumentException(
            text + ": not a setting that differs between " + base.name() + " and " + donor.name());
      }
    }
    tree.put(Schema.NAME, name);
    tree.put(Schema.DESCRIPTION, description);
    return bind(tree, display, path -> display);
  }

  /**
   * A resolved scenario with {@code sets} ({@code path=value}) applied as {@code --set} applies
   * them to a file, bound and validated again: an assumption audit's point.
   *
   * @param display how messages name the result, in place of a file
   * @throws ScenarioException naming {@code display} if an override or the result is invalid
   */
  public Scenario override(Scenario scenario, List<String> sets, String display) {
    ObjectNode tree = ScenarioWriter.toTree(scenario);
    for (String set : sets) {
      Assignment.parse(set, display).applyTo(tree, display);
    }
    return bind(tree, display, path -> display);
  }

  /** Most problems {@link #problems} reports for one file. */
  static final int MAX_PROBLEMS = 100;

  /**
   * Every problem of a scenario file, not only the first (issue 12, item 9), as {@code validate}
   * reports them: after each problem the offending value is set back to the reference default (an
   * unknown field is dropped) and the scenario bound again, until it binds or a problem cannot be
   * set aside that way (a malformed file, a missing field the defaults do not have), whose message
   * is then the last. Empty when the file is valid.
   */
  public List<ScenarioException> problems(Path file, List<String> sets) {
    Merged merged;
    try {
      merged = merge(file, sets, List.of());
    } catch (ScenarioException e) {
      return List.of(e);
    }
    List<ScenarioException> found = new ArrayList<>();
    java.util.Set<String> repaired = new java.util.HashSet<>();
    java.util.Set<String> dropped = new java.util.HashSet<>();
    ObjectNode tree = merged.tree();
    while (found.size() < MAX_PROBLEMS) {
      try {
        bind(tree.deepCopy(), merged.display(), merged.blame());
        return found;
      } catch (ScenarioException e) {
        if (dropped.contains(e.path())) {
          // The field was dropped to look past its problem and is now missing: the file's problem
          // was already reported, and nothing can stand in for a field the reference lacks.
          return found;
        }
        if (found.stream().noneMatch(f -> f.getMessage().equals(e.getMessage()))) {
          found.add(e);
        }
        if (!setAside(tree, e.path(), repaired, dropped)) {
          return found;
        }
      }
    }
    return found;
  }

  /**
   * Puts the reference default at {@code path} (or, once that was tried, at its parent), or drops a
   * field the reference does not have (noted in {@code dropped}); false if nothing can be done.
   */
  private boolean setAside(
      ObjectNode tree, String pathText, java.util.Set<String> repaired,
      java.util.Set<String> dropped) {
    FieldPath path;
    try {
      path = FieldPath.parse(pathText);
    } catch (IllegalArgumentException e) {
      return false; // a quoted key or the whole file: nothing to set aside
    }
    while (repaired.contains(path.toString()) && !path.isRoot()) {
      path = path.parent();
    }
    if (path.isRoot()) {
      return false;
    }
    repaired.add(path.toString());
    JsonNode container = path.parent().find(tree);
    JsonNode fallback = path.find(reference);
    FieldPath.Step last = path.last();
    if (container instanceof ObjectNode object && last instanceof FieldPath.Key key) {
      if (fallback != null) {
        object.set(key.name(), fallback.deepCopy());
      } else if (object.has(key.name())) {
        object.remove(key.name());
        dropped.add(path.toString());
      } else {
        return false;
      }
      return true;
    }
    if (container instanceof tools.jackson.databind.node.ArrayNode list
        && last instanceof FieldPath.Index index
        && index.index() < list.size()
        && fallback != null) {
      list.set(index.index(), fallback.deepCopy());
      return true;
    }
    return false;
  }

  /** A scenario tree merged and overridden, with how to name the file to blame for a value. */
  private record Merged(ObjectNode tree, String display, Blame blame) {}

  private Merged merge(Path file, List<String> sets, List<String> varied) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sets, "sets");
    Objects.requireNonNull(varied, "varied");
    String display = file.toString();
    ExtendsChain chain = ExtendsChain.read(file);
    ObjectNode merged = reference.deepCopy();
    merged.remove(List.of(Schema.NAME, Schema.DESCRIPTION));
    for (int i = chain.layers().size() - 1; i >= 0; i--) {
      Layer layer = chain.layers().get(i);
      try {
        merged = TreeMerge.merge(merged, layer.tree());
      } catch (TreeMerge.MergeException e) {
        throw new ScenarioException(layer.file(), e.path().toString(), e.getMessage(), e);
      }
    }
    if (!merged.has(Schema.NAME)) {
      merged.put(Schema.NAME, stem(file));
    }
    if (!merged.has(Schema.DESCRIPTION)) {
      merged.put(Schema.DESCRIPTION, "");
    }
    List<Assignment> assignments = new ArrayList<>();
    for (String set : sets) {
      Assignment assignment = Assignment.parse(set, display);
      assignment.applyTo(merged, display);
      assignments.add(assignment);
    }
    for (String point : varied) {
      Assignment assignment = Assignment.parse(point, display, "--vary");
      assignment.applyTo(merged, display);
      assignments.add(assignment);
    }
    return new Merged(merged, display, path -> blame(path, chain, assignments, display));
  }

  /** Says which file to name for a bad value. */
  private interface Blame {

    /** The file to name for a bad value at {@code path}. */
    String fileFor(FieldPath path);
  }

  /** Binds a merged tree; {@code file} is the scenario's display name. */
  private static Scenario bind(ObjectNode merged, String file, Blame blame) {
    String name = text(merged, Schema.NAME, blame);
    String description = text(merged, Schema.DESCRIPTION, blame);
    if (name.isBlank()) {
      throw new ScenarioException(
          blame.fileFor(FieldPath.ROOT.append(Schema.NAME)), Schema.NAME, "must not be blank");
    }
    ObjectNode tree = merged.deepCopy();
    tree.remove(List.of(Schema.NAME, Schema.DESCRIPTION));
    ShockDefaults.fill(tree);
    Schema.normalize(tree, SalesParameters.class);
    SalesParameters parameters;
    try {
      parameters = Mappers.JSON.treeToValue(tree, SalesParameters.class);
    } catch (JacksonException e) {
      JacksonErrors.Problem problem = ShockDefaults.explain(JacksonErrors.binding(e, tree));
      throw new ScenarioException(
          blame.fileFor(problem.path()), problem.path().toString(), problem.text(), e);
    }
    // After binding, so a value of the wrong type or out of a record's range is named as such.
    checkValues(merged, FieldPath.ROOT, blame);
    checkLeadFlow(parameters, blame);
    String hash = ScenarioWriter.sha256(ScenarioWriter.tree(name, description, parameters));
    return new Scenario(name, description, parameters, file, hash);
  }

  /**
   * Refuses any number beyond {@link #MAX_MAGNITUDE} or, unless zero, below {@link #MIN_MAGNITUDE}
   * in absolute value, and text that is not valid
   * Unicode. The records check ranges,
   * but many amounts are only "finite and > 0": a deal worth 1e300 passes them, and its square in
   * the variance overflows to infinity. No parameter of a sales team needs more than 12 digits.
   */
  private static void checkValues(JsonNode node, FieldPath path, Blame blame) {
    // NaN and the infinities are left to the records, whose checks say "must be finite".
    if (node.isNumber()
        && Double.isFinite(node.doubleValue())
        && Math.abs(node.doubleValue()) > MAX_MAGNITUDE) {
      throw new ScenarioException(
          blame.fileFor(path),
          path.toString(),
          "must be at most 1e12 in absolute value (got " + node + ")");
    }
    if (node.isNumber()
        && node.doubleValue() != 0.0
        && Math.abs(node.doubleValue()) < MIN_MAGNITUDE) {
      // A stage's cv of 1e-300 squares to zero and a gamma's shape becomes infinite.
      throw new ScenarioException(
          blame.fileFor(path),
          path.toString(),
          "must be 0 or at least 1e-12 in absolute value (got " + node + ")");
    }
    if (node.isString() && !isWellFormed(node.stringValue())) {
      // A lone surrogate cannot be written as UTF-8: every output file would fail on it.
      throw new ScenarioException(
          blame.fileFor(path),
          path.toString(),
          "must be valid Unicode text; it holds half of a surrogate pair (got "
              + JacksonErrors.render(node)
              + ")");
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        checkValues(field.getValue(), path.append(field.getKey()), blame);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkValues(
            node.get(i), path.append(new FieldPath(List.of(new FieldPath.Index(i)))), blame);
      }
    }
  }

  /** Whether every surrogate in the text is half of a pair. */
  private static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Refuses a lead flow that compounds beyond what the model accepts for {@code leadsPerMonth}
   * (1,000,000 a month): each field is in range on its own, but 100 % growth a month for a century
   * overflows to infinity and the run would never end (found by the fuzz tests, issue 8).
   */
  private static void checkLeadFlow(SalesParameters parameters, Blame blame) {
    InboundFlow inbound = parameters.inbound();
    for (int m = 0; m < parameters.calendar().months(); m++) {
      double leads = inbound.leadsPerMonth(m);
      if (!(leads <= MAX_LEADS_PER_MONTH)) {
        String field = inbound.growthPerMonth() > 0 ? "growthPerMonth" : "seasonality";
        FieldPath path = FieldPath.parse("inbound." + field);
        throw new ScenarioException(
            blame.fileFor(path),
            path.toString(),
            String.format(
                Locale.ROOT,
                "inbound leads would reach %.3g a month in month %d; at most %,.0f a month are"
                    + " modelled (got leadsPerMonth %s, growthPerMonth %s)",
                leads,
                m + 1,
                MAX_LEADS_PER_MONTH,
                inbound.leadsPerMonth(),
                inbound.growthPerMonth()));
      }
    }
  }

  /** A top-level text field; numbers and booleans read as their text, as in the records. */
  private static String text(ObjectNode tree, String key, Blame blame) {
    JsonNode node = tree.get(key);
    if (node == null || !node.isValueNode() || node.isNull()) {
      FieldPath path = FieldPath.ROOT.append(key);
      throw new ScenarioException(
          blame.fileFor(path),
          key,
          "expected a string (got "
              + (node == null ? "nothing" : JacksonErrors.render(node))
              + ")");
    }
    return node.asString();
  }

  /**
   * The file to name for a bad value at {@code path}: the file of the chain that sets the most of
   * the path (the loaded file first among equals), unless a {@code --set} on the loaded file's
   * command line sets as much of it.
   */
  static String blame(FieldPath path, ExtendsChain chain, List<Assignment> sets, String loaded) {
    int bestDepth = 0;
    for (Assignment set : sets) {
      bestDepth = Math.max(bestDepth, path.commonPrefix(set.path()));
    }
    String best = loaded;
    for (Layer layer : chain.layers()) {
      int depth = path.depthIn(layer.tree());
      if (depth > bestDepth) {
        best = layer.file();
        bestDepth = depth;
      }
    }
    return best;
  }

  /** A file's name without its extension. */
  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
