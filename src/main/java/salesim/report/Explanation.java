package salesim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import salesim.experiment.Estimate;
import salesim.model.Metric;
import salesim.report.chart.MalformedOutputException;
import tools.jackson.databind.JsonNode;

/**
 * An explanation as summary.json holds it (issue 16): the two plans, the design, the levers with
 * their settings, each key metric's attribution to the levers, OTHER's paired differences and the
 * assumption audit. Read and checked once, in the file's order, so the findings, tables and charts
 * of the report draw on one set of values; apart from the page because reading the file (and naming
 * what is wrong with it) is a different job from writing about it.
 *
 * @param root the whole file, for the blocks only the method notes read
 * @param base the plan the company has
 * @param other the plan it considers
 * @param currency the currency amounts are in
 * @param runsPer runs per combination of levers
 * @param months the horizon in months
 * @param blocks every combination's block, the two plans first
 * @param baseBlock BASE's block
 * @param otherBlock OTHER's block
 * @param design the design block
 * @param method the design's method word ("factorial" or sampled orderings)
 * @param variants how many combinations were simulated
 * @param levers the levers, in the file's order
 * @param attributed each metric's attribution, in the file's order
 * @param paired OTHER's paired differences against BASE
 * @param audit the assumption audit, or null if the file has none
 */
record Explanation(
    JsonNode root,
    String base,
    String other,
    String currency,
    long runsPer,
    long months,
    List<JsonNode> blocks,
    PlanBlock baseBlock,
    PlanBlock otherBlock,
    JsonNode design,
    String method,
    long variants,
    List<Lever> levers,
    List<Attributed> attributed,
    JsonNode paired,
    AuditSection audit) {

  /** A lever as the file describes it. */
  record Lever(String name, String label, String origin, String note, List<String[]> settings) {}

  /** One metric's attribution read back. */
  record Attributed(
      Metric metric,
      Estimate total,
      Map<String, Estimate> shares,
      List<Interaction> interactions,
      double floor) {

    /** The levers by the size of their share, largest first (ties in lever order). */
    List<String> bySize() {
      List<String> names = new ArrayList<>(shares.keySet());
      names.sort(Comparator.comparingDouble((String n) -> -Math.abs(shares.get(n).mean())));
      return names;
    }
  }

  /** A two-way interaction beyond its CI. */
  record Interaction(String a, String b, Estimate estimate) {}

  /**
   * The channel block: how each lever moved the mechanism metrics.
   *
   * @param node the block itself, which holds the totals
   * @param levers each lever's shares of the mechanism metrics' changes
   * @param metrics the mechanism metrics' keys, in the file's order
   */
  record Channel(JsonNode node, JsonNode levers, List<String> metrics) {}

  /** Reads an explanation's summary.json, failing on the first block that is missing or wrong. */
  static Explanation read(JsonNode root) {
    String base = Summary.text(root, "baseline", "");
    String other = Summary.text(root, "other", "");
    String currency = PageParts.currency(root, "");
    long runsPer = Summary.whole(root, "runs", "");
    long months = Summary.whole(root, "months", "");
    List<JsonNode> blocks = Summary.array(root, "scenarios", "");
    if (blocks.size() < 2) {
      throw new MalformedOutputException(
          Summary.FILE, "scenarios: an explanation needs two at least");
    }
    PlanBlock baseBlock = PlanBlock.read(blocks.get(0), "scenarios[0]");
    PlanBlock otherBlock = PlanBlock.read(blocks.get(1), "scenarios[1]");
    if (!baseBlock.name().equals(base) || !otherBlock.name().equals(other)) {
      throw new MalformedOutputException(
          Summary.FILE, "scenarios: the first two must be the baseline and the other plan");
    }
    JsonNode design = Summary.object(root, "design", "");
    String method = Summary.text(design, "method", "design");
    long variants = Summary.whole(design, "variants", "design");
    List<Lever> levers = levers(root);

    JsonNode attribution = Summary.object(root, "attribution", "");
    List<Attributed> attributed = new ArrayList<>();
    for (String key : attribution.propertyNames()) {
      attributed.add(
          attributed(attribution, Summary.object(root, "additivity", ""), key, levers, runsPer));
    }
    if (attributed.isEmpty()) {
      throw new MalformedOutputException(Summary.FILE, "attribution: no metric");
    }
    JsonNode paired =
        Summary.object(Summary.object(root, "paired_differences", ""), other, "paired_differences");
    AuditSection audit = AuditSection.read(root);
    return new Explanation(
        root,
        base,
        other,
        currency,
        runsPer,
        months,
        blocks,
        baseBlock,
        otherBlock,
        design,
        method,
        variants,
        levers,
        attributed,
        paired,
        audit);
  }

  /**
   * The channel block; read when the page reaches it, after the findings that come before it, so a
   * file with several faults names the same one first as it always has.
   */
  Channel channel() {
    List<String> metrics = new ArrayList<>();
    JsonNode channel = Summary.object(root, "channel", "");
    Summary.array(channel, "metrics", "channel").forEach(n -> metrics.add(n.asString()));
    return new Channel(channel, Summary.object(channel, "levers", "channel"), metrics);
  }

  /** The first two metrics, bookings and contribution: the ones the key figures and audit show. */
  List<Attributed> headline() {
    return attributed.subList(0, Math.min(2, attributed.size()));
  }

  /** Each lever's plain name by its name, in lever order. */
  Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    levers.forEach(l -> labels.put(l.name(), l.label()));
    return labels;
  }

  /** How many settings differ between the plans, over every lever. */
  int settingCount() {
    return levers.stream().mapToInt(l -> l.settings().size()).sum();
  }

  /** The lever of this name. */
  Lever lever(String name) {
    for (Lever l : levers) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    throw new MalformedOutputException(Summary.FILE, "levers: no lever named " + name);
  }

  /** A setting's value as the page shows it: "none" where the plan leaves it empty. */
  static String shown(String value) {
    return value.isEmpty() ? "none" : value;
  }

  /** A lever's label at the start of a table cell or a bar: "Pay plan". */
  static String title(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  private static List<Lever> levers(JsonNode root) {
    return AuditSection.each(root, "levers", "", Explanation::lever);
  }

  private static Lever lever(JsonNode l, String at) {
    List<String[]> settings = AuditSection.each(l, "settings", at, Explanation::setting);
    return new Lever(
        Summary.text(l, "name", at),
        Summary.text(l, "label", at),
        Summary.text(l, "origin", at),
        Summary.text(l, "note", at),
        settings);
  }

  /** A setting of a lever: its path, BASE's value and OTHER's. */
  private static String[] setting(JsonNode s, String where) {
    return new String[] {
      Summary.text(s, "path", where),
      Summary.text(s, "base", where),
      Summary.text(s, "other", where)
    };
  }

  private static Attributed attributed(
      JsonNode attribution, JsonNode additivity, String key, List<Lever> levers, long n) {
    Metric metric = AuditSection.metric(key, "attribution");
    JsonNode block = Summary.object(attribution, key, "attribution");
    String at = "attribution." + key;
    Estimate total = AuditSection.estimate(block, "total", at, n);
    JsonNode shares = Summary.object(block, "levers", at);
    Map<String, Estimate> byLever = new LinkedHashMap<>();
    for (Lever l : levers) {
      byLever.put(l.name(), AuditSection.estimate(shares, l.name(), at + ".levers", n));
    }
    List<Interaction> interactions =
        AuditSection.each(block, "interactions", at, (node, w) -> interaction(node, w, n));
    double floor =
        Summary.number(
            Summary.object(additivity, key, "additivity"), "rounding_floor", "additivity." + key);
    return new Attributed(metric, total, byLever, interactions, floor);
  }

  private static Interaction interaction(JsonNode node, String w, long n) {
    List<JsonNode> pair = Summary.array(node, "levers", w);
    if (pair.size() != 2) {
      throw new MalformedOutputException(Summary.FILE, w + ".levers: expected two levers");
    }
    return new Interaction(
        pair.get(0).asString(),
        pair.get(1).asString(),
        new Estimate(
            n,
            Summary.number(node, "mean", w),
            Summary.number(node, "ci95_low", w),
            Summary.number(node, "ci95_high", w)));
  }
}
