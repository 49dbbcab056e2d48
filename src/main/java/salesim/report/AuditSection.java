package salesim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.Estimate;
import salesim.experiment.LeverPlan;
import salesim.experiment.Unit;
import salesim.model.Metric;
import salesim.report.Page.Row;
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
 * range. Shared by the explanation's and the comparison's reports.
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
      String path,
      String label,
      String unit,
      String basis,
      double low,
      double value,
      double high) {}

  /** A point's totals by metric key, with its value and role. */
  record Point(
      String path,
      double value,
      String role,
      Map<String, Estimate> totals,
      Map<String, String> largest) {}

  /** A change of a finding at a point. */
  record Change(
      String path,
      String end,
      double value,
      String verdict,
      String becomes,
      double holdsTo,
      double turnsBy) {}

  /** A headline finding and its changes. */
  record Finding(String kind, String metric, String reads, List<Change> changes) {}

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
    List<Assumption> assumptions = new ArrayList<>();
    List<JsonNode> nodes = Summary.array(audit, "assumptions", at);
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode a = nodes.get(i);
      String where = at + ".assumptions[" + i + "]";
      assumptions.add(
          new Assumption(
              Summary.text(a, "path", where),
              Summary.text(a, "label", where),
              Summary.text(a, "unit", where),
              Summary.text(a, "basis", where),
              Summary.number(a, "low", where),
              Summary.number(a, "value", where),
              Summary.number(a, "high", where)));
    }
    List<String[]> skipped = new ArrayList<>();
    List<JsonNode> skips = Summary.array(audit, "skipped", at);
    for (int i = 0; i < skips.size(); i++) {
      String where = at + ".skipped[" + i + "]";
      skipped.add(
          new String[] {
            Summary.text(skips.get(i), "label", where), Summary.text(skips.get(i), "reason", where)
          });
    }
    List<Point> points = new ArrayList<>();
    List<JsonNode> pointNodes = Summary.array(audit, "points", at);
    for (int i = 0; i < pointNodes.size(); i++) {
      JsonNode p = pointNodes.get(i);
      String where = at + ".points[" + i + "]";
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
      points.add(
          new Point(
              Summary.text(p, "path", where),
              Summary.number(p, "value", where),
              Summary.text(p, "role", where),
              totals,
              largest));
    }
    List<Finding> findings = new ArrayList<>();
    List<JsonNode> findingNodes = Summary.array(audit, "findings", at);
    for (int i = 0; i < findingNodes.size(); i++) {
      JsonNode f = findingNodes.get(i);
      String where = at + ".findings[" + i + "]";
      List<Change> changes = new ArrayList<>();
      List<JsonNode> changeNodes = Summary.array(f, "changes", where);
      for (int j = 0; j < changeNodes.size(); j++) {
        JsonNode c = changeNodes.get(j);
        String w = where + ".changes[" + j + "]";
        changes.add(
            new Change(
                Summary.text(c, "path", w),
                Summary.text(c, "end", w),
                Summary.number(c, "value", w),
                Summary.text(c, "verdict", w),
                Summary.text(c, "becomes", w),
                Summary.numberOrNaN(c, "holds_to", w),
                Summary.numberOrNaN(c, "turns_by", w)));
      }
      String metric = Summary.text(f, "metric", where);
      metric(metric, where + ".metric");
      findings.add(
          new Finding(
              Summary.text(f, "kind", where), metric, Summary.text(f, "reads", where), changes));
    }
    return new AuditSection(
        Summary.text(audit, "mode", at),
        Summary.whole(audit, "runs_per_point", at),
        Summary.whole(audit, "search_steps", at),
        assumptions,
        skipped,
        points,
        findings);
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

  private Assumption assumption(String path) {
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
  private static String number(double value) {
    return Math.abs(value) >= 1000
        ? Formats.count(value)
        : new java.math.BigDecimal(value)
            .round(new java.math.MathContext(3))
            .stripTrailingZeros()
            .toPlainString();
  }

  /** The unit a value is printed with; "" for shares, ratios and multiples, which need none. */
  private static String unitWord(String unit, String currency) {
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
   * What a sign finding says, in words: "split-weighted books more than mixed-flat", "... earns
   * less contribution ...", or that the two are level.
   */
  static String signClause(String reads, Metric metric, String base, String other) {
    if (reads.equals("level")) {
      return base
          + " and "
          + other
          + " are level on "
          + PageParts.name(metric).toLowerCase(Locale.ROOT);
    }
    boolean up = reads.equals("positive");
    if (metric == Metric.BOOKINGS_TOTAL) {
      return other + " books " + (up ? "more" : "less") + " than " + base;
    }
    if (metric == Metric.CONTRIBUTION) {
      return other + " earns " + (up ? "more" : "less") + " contribution than " + base;
    }
    return PageParts.name(metric).toLowerCase(Locale.ROOT)
        + " is "
        + (up ? "higher" : "lower")
        + " under "
        + other
        + " than under "
        + base;
  }

  /**
   * The audit's verdicts in sentences carrying the numbers of summary.json: one for every finding
   * that holds everywhere, then one per finding that does not, naming the assumption, its value
   * there and the difference it gives ("... turns on call reluctance above 0.55: at 1 the
   * difference reverses (−USD 93.1 k, 95 % CI ...)").
   *
   * @param levers the explanation's lever names → how sentences name them ("the pay plan"); empty
   *     for a comparison
   */
  List<String> sentences(String base, String other, String currency, Map<String, String> levers) {
    List<String> out = new ArrayList<>();
    List<String> holding = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (Finding f : findings) {
      Metric metric = metric(f.metric(), "audit.findings");
      String claim =
          f.kind().equals("sign")
              ? "that " + signClause(f.reads(), metric, base, other)
              : "that "
                  + levers.getOrDefault(f.reads(), f.reads())
                  + " "
                  + (levers.size() == 1 ? "is all" : "does the most")
                  + " of the "
                  + PageParts.name(metric).toLowerCase(Locale.ROOT)
                  + " difference";
      if (f.changes().isEmpty()) {
        holding.add(claim);
      } else {
        rest.add(changed(f, metric, claim, currency, levers));
      }
    }
    if (!holding.isEmpty()) {
      out.add(
          String.format(
              Locale.ROOT,
              "%s %s across all %d assumptions, each tried at both ends of its plausible range"
                  + " (%s runs per point).",
              capital(LeverPlan.joined(holding)),
              holding.size() == 1 ? "holds" : "hold",
              assumptions.size(),
              Formats.whole(runs)));
    }
    out.addAll(rest);
    return out;
  }

  /** The most points a sentence names where a finding does not hold. */
  private static final int SHOWN = 3;

  private String changed(
      Finding f, Metric metric, String claim, String currency, Map<String, String> levers) {
    List<String> turns = new ArrayList<>();
    List<String> emerges = new ArrayList<>();
    for (Change c : order(f.changes())) {
      Assumption a = assumption(c.path());
      Point p = point(c.path(), c.value());
      String at = value(c.value(), a.unit(), currency);
      Estimate e = p == null ? null : p.totals().get(f.metric());
      String difference =
          e == null
              ? ""
              : Formats.difference(e.mean(), metric, currency)
                  + " (95 % CI "
                  + Formats.difference(e.ci95Low(), metric, currency)
                  + " to "
                  + Formats.difference(e.ci95High(), metric, currency)
                  + ")";
      if (c.verdict().equals("emerges")) {
        String inner =
            e == null
                ? ""
                : " ("
                    + Formats.difference(e.mean(), metric, currency)
                    + ", 95 % CI "
                    + Formats.difference(e.ci95Low(), metric, currency)
                    + " to "
                    + Formats.difference(e.ci95High(), metric, currency)
                    + ")";
        emerges.add(String.format(Locale.ROOT, "%s at %s%s", lower(a.label()), at, inner));
        continue;
      }
      String direction = c.value() > a.value() ? "above" : "below";
      String there;
      if (f.kind().equals("sign")) {
        there =
            "the difference is "
                + difference
                + (c.verdict().equals("reverses")
                    ? ", clearly reversed"
                    : ", though within the noise of " + Formats.whole(runs) + " runs");
      } else {
        there = levers.getOrDefault(c.becomes(), c.becomes()) + " does more";
      }
      // "turns on X above Y": Y is the last value at which the search still found it holding.
      String turned =
          Double.isNaN(c.turnsBy()) || c.turnsBy() == c.value()
              ? ""
              : " (it has turned by " + value(c.turnsBy(), a.unit(), currency) + ")";
      turns.add(
          String.format(
              Locale.ROOT,
              "turns on %s %s %s%s: at %s %s",
              lower(a.label()),
              direction,
              value(Double.isNaN(c.holdsTo()) ? a.value() : c.holdsTo(), a.unit(), currency),
              turned,
              at,
              there));
    }
    StringBuilder sentence = new StringBuilder(capital(claim));
    List<String> parts = turns.isEmpty() ? emerges : turns;
    List<String> shown = parts.subList(0, Math.min(SHOWN, parts.size()));
    if (turns.isEmpty()) {
      sentence
          .append(" does not hold everywhere: a clear difference appears with ")
          .append(LeverPlan.joined(shown));
    } else {
      sentence.append(' ').append(String.join("; it also ", shown));
    }
    int more = f.changes().size() - shown.size();
    if (more > 0) {
      sentence
          .append("; and it does not hold at ")
          .append(more)
          .append(more == 1 ? " more point" : " more points")
          .append(" (the audit table lists them)");
    }
    return sentence.append('.').toString();
  }

  /** Clear reversals first, then turns within the noise, then the rest, each in audit order. */
  private static List<Change> order(List<Change> changes) {
    List<Change> ordered = new ArrayList<>();
    for (String verdict : List.of("reverses", "turns", "emerges")) {
      changes.stream().filter(c -> c.verdict().equals(verdict)).forEach(ordered::add);
    }
    return ordered;
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String lower(String label) {
    return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  /** The findings table: what each finding reads, and where it does not hold. */
  Table findingsTable(String currency, Map<String, String> leverLabels) {
    List<Row> rows = new ArrayList<>();
    for (Finding f : findings) {
      Metric metric = metric(f.metric(), "audit.findings");
      String finding =
          (f.kind().equals("sign") ? "Which plan is ahead on " : "Largest lever of ")
              + PageParts.name(metric).toLowerCase(Locale.ROOT);
      String reads =
          f.kind().equals("sign") ? f.reads() : leverLabels.getOrDefault(f.reads(), f.reads());
      if (f.changes().isEmpty()) {
        rows.add(Row.of(finding, reads, "holds across every assumption", "", ""));
        continue;
      }
      // One row per point where it does not hold; the finding named on the first.
      boolean first = true;
      for (Change c : order(f.changes())) {
        Assumption a = assumption(c.path());
        String becomes =
            f.kind().equals("sign")
                ? c.becomes()
                : leverLabels.getOrDefault(c.becomes(), c.becomes());
        String bracket =
            Double.isNaN(c.turnsBy())
                ? ""
                : value(c.holdsTo(), a.unit(), currency)
                    + " \u2013 "
                    + value(c.turnsBy(), a.unit(), currency);
        rows.add(
            new Row(
                List.of(
                    first ? finding : "",
                    first ? reads : "",
                    a.label() + " at " + value(c.value(), a.unit(), currency) + "\n" + a.path(),
                    c.verdict() + ": " + becomes,
                    bracket),
                true));
        first = false;
      }
    }
    return new Table(
        "The assumption audit: does each finding hold?",
        String.format(
            Locale.ROOT,
            "%s audit: %d modelling assumptions, each at the low and the high end of its plausible"
                + " range, one at a time, %s runs per point on the same random numbers as the main"
                + " run. A finding holds where the mean difference keeps its direction; where it"
                + " turns (clearly: reverses; within the noise: turns) the range was halved %d"
                + " times to bracket the value: the last column gives the last value at which it"
                + " held and the first at which it had turned.",
            mode.equals("full") ? "Full" : "Quick",
            assumptions.size(),
            Formats.whole(runs),
            searchSteps),
        List.of("Finding", "Reads", "Where it does not hold", "There", "Turns between"),
        rows,
        false);
  }

  /** Every point: the difference at each end of each assumption's range. */
  Table pointsTable(List<Metric> metrics, String currency) {
    List<String> header = new ArrayList<>(List.of("Assumption", "Low \u2013 plans \u2013 high"));
    for (Metric m : metrics) {
      header.add(PageParts.name(m) + " at low");
      header.add("at high");
    }
    List<Row> rows = new ArrayList<>();
    for (Assumption a : assumptions) {
      List<String> cells = new ArrayList<>();
      cells.add(a.label() + "\n" + a.path());
      // The unit once, with the three numbers: "0.5 – 1 – 2 hours".
      String unit = unitWord(a.unit(), currency);
      String numbers =
          number(a.low()) + " \u2013 " + number(a.value()) + " \u2013 " + number(a.high());
      cells.add(
          unit.isEmpty()
              ? numbers
              : a.unit().equals(salesim.scenario.ParameterCatalogue.CURRENCY)
                  ? unit + " " + numbers
                  : numbers + " " + unit);
      boolean changed = false;
      for (Metric m : metrics) {
        for (double v : new double[] {a.low(), a.high()}) {
          Point p = v == a.value() ? null : point(a.path(), v);
          if (p == null || !p.totals().containsKey(m.key())) {
            cells.add("\u2014");
            continue;
          }
          Estimate e = p.totals().get(m.key());
          cells.add(
              Formats.difference(e.mean(), m, currency)
                  + "\n\u00b1 "
                  + Formats.metric(e.halfWidth(), m, currency).replace(Formats.MINUS, ""));
        }
      }
      for (Finding f : findings) {
        changed |= f.changes().stream().anyMatch(c -> c.path().equals(a.path()));
      }
      rows.add(new Row(cells, changed));
    }
    StringBuilder note =
        new StringBuilder(
            "The difference between the plans with each assumption at the low and the high end of"
                + " its range (the others at the plans' values); \u00b1 is the 95 % CI's"
                + " half-width. Highlighted: an assumption under which a finding does not hold.");
    if (!skipped.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      for (String[] s : skipped) {
        reasons.add(s[0] + " (" + s[1] + ")");
      }
      note.append(" Left out: ").append(String.join("; ", reasons)).append('.');
    }
    return new Table("The audit, assumption by assumption", note.toString(), header, rows, false);
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
            + PageParts.name(metric).toLowerCase(Locale.ROOT)
            + " difference survive the"
            + " assumptions?",
        rows,
        "Assumption at its low end",
        "at its high end",
        other
            + " \u2212 "
            + base
            + ", "
            + PageParts.name(metric).toLowerCase(Locale.ROOT)
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
