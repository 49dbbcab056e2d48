package salesim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import salesim.experiment.Estimate;
import salesim.experiment.Unit;
import salesim.model.Metric;
import salesim.report.Page.Table;
import salesim.report.chart.Chart;
import salesim.report.chart.ChartStyle;
import salesim.report.chart.Interval;
import salesim.report.chart.TornadoChart;
import tools.jackson.databind.JsonNode;

/**
 * An assumption audit as a report shows it, read back from summary.json's {@code audit} block: one
 * sentence per headline finding ("holds across every assumption", or "turns on X above Y"), the
 * table of findings, the table of every point, and a tornado of the difference at each end of each
 * range. Shared by the explanation's and the comparison's reports. This class holds what was read
 * and draws the tornado; the sentences are {@link AuditSentences}', the tables {@link
 * AuditTables}'.
 */
final class AuditSection {

  /** The most assumptions the audit chart shows: those that move the difference most. */
  static final int CHART_ROWS = 15;

  /**
   * One assumption as audited.
   *
   * @param path its field path
   * @param label its plain name
   * @param unit its unit as written
   * @param basis where its range comes from
   * @param low the low end tried
   * @param value the plans' own value
   * @param high the high end tried
   */
  record Assumption(
      String path, String label, String unit, String basis, double low, double value, double high) {

    /** The assumption at one place of the file. */
    static Assumption read(JsonNode a, String where) {
      return new Assumption(
          Summary.text(a, "path", where),
          Summary.text(a, "label", where),
          Summary.text(a, "unit", where),
          Summary.text(a, "basis", where),
          Summary.number(a, "low", where),
          Summary.number(a, "value", where),
          Summary.number(a, "high", where));
    }
  }

  /** A point's totals by metric key, with its value and role. */
  record Point(
      String path,
      double value,
      String role,
      Map<String, Estimate> totals,
      Map<String, String> largest) {

    /** The point at one place of the file. */
    static Point read(JsonNode p, String where) {
      Map<String, Estimate> totals = new LinkedHashMap<>();
      JsonNode t = Summary.object(p, "totals", where);
      for (String metric : t.propertyNames()) {
        totals.put(metric, estimate(t, metric, where + ".totals", 0));
      }
      Map<String, String> largest = new LinkedHashMap<>();
      JsonNode l = p.get("largest_lever");
      if (l != null && l.isObject()) {
        for (String metric : l.propertyNames()) {
          largest.put(metric, Summary.text(l, metric, where + ".largest_lever"));
        }
      }
      return new Point(
          Summary.text(p, "path", where),
          Summary.number(p, "value", where),
          Summary.text(p, "role", where),
          totals,
          largest);
    }
  }

  /** A change of a finding at a point. */
  record Change(
      String path,
      String end,
      double value,
      String verdict,
      String becomes,
      double holdsTo,
      double turnsBy) {

    /** The change at one place of the file. */
    static Change read(JsonNode c, String where) {
      return new Change(
          Summary.text(c, "path", where),
          Summary.text(c, "end", where),
          Summary.number(c, "value", where),
          Summary.text(c, "verdict", where),
          Summary.text(c, "becomes", where),
          Summary.numberOrNaN(c, "holds_to", where),
          Summary.numberOrNaN(c, "turns_by", where));
    }
  }

  /** A headline finding and its changes. */
  record Finding(String kind, String metric, String reads, List<Change> changes) {

    /** The finding at one place of the file, its metric checked. */
    static Finding read(JsonNode f, String where) {
      List<Change> changes = each(f, "changes", where, Change::read);
      String metric = Summary.text(f, "metric", where);
      AuditSection.metric(metric, where + ".metric");
      return new Finding(
          Summary.text(f, "kind", where), metric, Summary.text(f, "reads", where), changes);
    }

    /** Its changes, clear reversals first, then turns within the noise, then the rest. */
    List<Change> ordered() {
      List<Change> ordered = new ArrayList<>();
      for (String verdict : List.of("reverses", "turns", "emerges")) {
        changes.stream().filter(c -> c.verdict().equals(verdict)).forEach(ordered::add);
      }
      return ordered;
    }
  }

  private final String mode;
  private final long runs;
  private final List<Assumption> assumptions;
  private final List<String[]> skipped;
  private final List<Point> points;
  private final List<Finding> findings;
  private final long searchSteps;

  private AuditSection(
      String mode,
      long runs,
      long searchSteps,
      List<Assumption> assumptions,
      List<String[]> skipped,
      List<Point> points,
      List<Finding> findings) {
    this.mode = mode;
    this.runs = runs;
    this.searchSteps = searchSteps;
    this.assumptions = assumptions;
    this.skipped = skipped;
    this.points = points;
    this.findings = findings;
  }

  /** The audit of a summary, or null if it has none. */
  static AuditSection read(JsonNode root) {
    JsonNode audit = root.get("audit");
    if (audit == null || audit.isNull()) {
      return null;
    }
    String at = "audit";
    List<Assumption> assumptions = each(audit, "assumptions", at, Assumption::read);
    List<String[]> skipped =
        each(
            audit,
            "skipped",
            at,
            (s, where) ->
                new String[] {Summary.text(s, "label", where), Summary.text(s, "reason", where)});
    List<Point> points = each(audit, "points", at, Point::read);
    List<Finding> findings = each(audit, "findings", at, Finding::read);
    return new AuditSection(
        Summary.text(audit, "mode", at),
        Summary.whole(audit, "runs_per_point", at),
        Summary.whole(audit, "search_steps", at),
        assumptions,
        skipped,
        points,
        findings);
  }

  /**
   * Each element of an array of the file, read with its place for messages: {@code
   * audit.points[2]}, or {@code levers[0]} at the top of the file.
   */
  static <T> List<T> each(
      JsonNode parent, String field, String at, BiFunction<JsonNode, String, T> read) {
    List<T> out = new ArrayList<>();
    List<JsonNode> nodes = Summary.array(parent, field, at);
    for (int i = 0; i < nodes.size(); i++) {
      out.add(read.apply(nodes.get(i), (at.isEmpty() ? "" : at + ".") + field + "[" + i + "]"));
    }
    return out;
  }

  /** A metric key of the file, checked. */
  static Metric metric(String key, String where) {
    try {
      return Metric.forKey(key);
    } catch (IllegalArgumentException e) {
      throw new salesim.report.chart.MalformedOutputException(
          Summary.FILE, where + ": no metric named " + key);
    }
  }

  /** An estimate block {@code {mean, ci95_low, ci95_high}} of the file. */
  static Estimate estimate(JsonNode parent, String field, String where, long n) {
    JsonNode e = Summary.object(parent, field, where);
    String at = where + "." + field;
    return new Estimate(
        n,
        Summary.numberOrNaN(e, "mean", at),
        Summary.numberOrNaN(e, "ci95_low", at),
        Summary.numberOrNaN(e, "ci95_high", at));
  }

  /** The audit's mode word. */
  String mode() {
    return mode;
  }

  /** Replications per point. */
  long runs() {
    return runs;
  }

  /** The assumptions moved. */
  List<Assumption> assumptions() {
    return assumptions;
  }

  /** The findings. */
  List<Finding> findings() {
    return findings;
  }

  /** The assumptions left out, each its label and the reason. */
  List<String[]> skipped() {
    return skipped;
  }

  /** How many times the search halved a range. */
  long searchSteps() {
    return searchSteps;
  }

  /** The assumption at this field path. */
  Assumption assumption(String path) {
    for (Assumption a : assumptions) {
      if (a.path().equals(path)) {
        return a;
      }
    }
    throw new salesim.report.chart.MalformedOutputException(
        Summary.FILE, "audit: a change names " + path + ", which is not among its assumptions");
  }

  /** The point at one value of one assumption, or null. */
  Point point(String path, double value) {
    for (Point p : points) {
      if (p.path().equals(path) && p.value() == value) {
        return p;
      }
    }
    return null;
  }

  /** A value of an assumption with its unit, as sentences print it ("0.8", "20 days"). */
  static String value(double value, String unit, String currency) {
    String word = unitWord(unit, currency);
    if (word.isEmpty()) {
      return number(value);
    }
    return unit.equals(salesim.scenario.ParameterCatalogue.CURRENCY)
        ? word + " " + number(value)
        : number(value) + " " + word;
  }

  /** A value to three significant digits, grouped from 1,000 on. */
  static String number(double value) {
    return Math.abs(value) >= 1000
        ? Formats.count(value)
        : new java.math.BigDecimal(value)
            .round(new java.math.MathContext(3))
            .stripTrailingZeros()
            .toPlainString();
  }

  /** The unit a value is printed with; "" for shares, ratios and multiples, which need none. */
  static String unitWord(String unit, String currency) {
    if (unit.equals(salesim.scenario.ParameterCatalogue.CURRENCY)) {
      return currency;
    }
    boolean plain =
        unit.isEmpty()
            || unit.equals("ratio")
            || unit.startsWith("share")
            || unit.startsWith("\u00d7")
            || unit.contains("base pay");
    return plain ? "" : unit.replace(salesim.scenario.ParameterCatalogue.CURRENCY, currency);
  }

  /**
   * The audit's verdicts in sentences carrying the numbers of summary.json: one for every finding
   * that holds everywhere, then one per finding that does not.
   *
   * @param levers the explanation's lever names → how sentences name them ("the pay plan"); empty
   *     for a comparison
   */
  List<String> sentences(String base, String other, String currency, Map<String, String> levers) {
    return AuditSentences.of(this, base, other, currency, levers);
  }

  /** The findings table: what each finding reads, and where it does not hold. */
  Table findingsTable(String currency, Map<String, String> leverLabels) {
    return AuditTables.findings(this, currency, leverLabels);
  }

  /** Every point: the difference at each end of each assumption's range. */
  Table pointsTable(List<Metric> metrics, String currency) {
    return AuditTables.points(this, metrics, currency);
  }

  /**
   * A tornado of the difference at each end of each range, the assumptions that move it most first:
   * a bar that crosses zero is a reversal.
   */
  Chart chart(
      String name, Metric metric, Estimate main, String currency, String base, String other) {
    record Bar(Assumption a, Estimate low, Estimate high, double swing) {}
    List<Bar> bars = new ArrayList<>();
    for (Assumption a : assumptions) {
      Estimate low = end(a, a.low(), metric, main);
      Estimate high = end(a, a.high(), metric, main);
      bars.add(new Bar(a, low, high, Math.abs(high.mean() - low.mean())));
    }
    bars.sort(Comparator.comparingDouble((Bar b) -> -b.swing()));
    boolean share = Unit.of(metric) == Unit.SHARE;
    double scale = share ? 100 : 1;
    List<TornadoChart.Row> rows = new ArrayList<>();
    for (Bar b : bars.subList(0, Math.min(CHART_ROWS, bars.size()))) {
      rows.add(
          new TornadoChart.Row(
              b.a().label(),
              new Interval(
                  scale * b.low().mean(), scale * b.low().ci95Low(), scale * b.low().ci95High()),
              new Interval(
                  scale * b.high().mean(),
                  scale * b.high().ci95Low(),
                  scale * b.high().ci95High())));
    }
    String unit =
        share
            ? "percentage points"
            : Unit.of(metric) == Unit.CURRENCY ? currency : Unit.of(metric).word();
    return TornadoChart.of(
        name,
        "Does the "
            + PageParts.inSentence(metric)
            + " difference survive the"
            + " assumptions?",
        rows,
        "Assumption at its low end",
        "at its high end",
        other
            + " \u2212 "
            + base
            + ", "
            + PageParts.inSentence(metric)
            + " ("
            + unit
            + ")",
        ChartStyle.scenario(0),
        share
            ? salesim.report.chart.AxisFormats.percent()
            : salesim.report.chart.AxisFormats.compact());
  }

  /** The difference at one end of a range; the main run's where the end is the plans' value. */
  private Estimate end(Assumption a, double v, Metric metric, Estimate main) {
    Point p = v == a.value() ? null : point(a.path(), v);
    return p == null || !p.totals().containsKey(metric.key()) ? main : p.totals().get(metric.key());
  }

  /** The method note on how the audit was made. */
  String methodNote() {
    return String.format(
        Locale.ROOT,
        "Assumption audit (%s): every setting the parameter catalogue grades D (a modelling"
            + " assumption with no source) that both plans share, %d in all, was moved to the low"
            + " and to the high end of its plausible range (the catalogue gives the range and its"
            + " basis), one at a time, the rest at the plans' values, and the comparison run again"
            + " with %s runs per point on the same random numbers as the main run. A finding holds"
            + " at a point when the mean difference there points the same way as in the main run"
            + " (for the largest lever: when the same lever is largest), whatever the width of its"
            + " interval, since a point has fewer runs than the main run; where it points the other"
            + " way, the point says whether clearly (its 95 %% CI excludes zero) or within the"
            + " noise, and the range between the plans' value and that end is halved %d times,"
            + " each time running the midpoint, to bracket the value at which the sign turns. A"
            + " difference the main run could not tell from zero is flagged where a point makes"
            + " it clear.%s",
        mode,
        assumptions.size(),
        Formats.whole(runs),
        searchSteps,
        mode.equals("quick")
            ? " A quick audit runs the two plans only, so it audits which plan is ahead, not"
                + " which lever does the most (--audit full does)."
            : "");
  }
}
