package salesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.BreakEven;
import salesim.model.Metric;
import salesim.report.Page.Figure;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.Summary.Stats;
import salesim.report.chart.AxisFormats;
import salesim.report.chart.ChartStyle;
import salesim.report.chart.FanChart;
import salesim.report.chart.Interval;
import salesim.report.chart.Line;
import salesim.report.chart.MalformedOutputException;
import salesim.report.chart.MonthlyTable;
import salesim.report.chart.SweepChart.Curve;
import salesim.report.chart.SweepChart.Mark;
import salesim.report.chart.SweepChart.Point;
import salesim.report.chart.SweepChart.Threshold;
import salesim.report.chart.SweepChart;
import salesim.scenario.ParameterPaths;
import tools.jackson.databind.JsonNode;

/**
 * The report of a sweep: how bookings, contribution and the reps' time move across a grid of one or
 * two parameters, and — when the outbound commission multiplier is varied — the break-even
 * multiplier to settle with the CFO.
 */
final class SweepPage {

  /** The field whose sweep has break-even points. */
  static final String MULTIPLIER = ParameterPaths.OUTBOUND_MULTIPLIER;

  private SweepPage() {}

  /** One grid point. */
  record GridPoint(String x, String group, JsonNode metrics, String where) {

    Stats stats(Metric metric) {
      return Summary.stats(metrics, metric.key(), where + ".metrics");
    }
  }

  /** A line across the grid: the points sharing one value of the second varied parameter. */
  record Group(String value, List<GridPoint> points) {}

  static Page build(Summary summary, MonthlyTable monthly) {
    JsonNode root = summary.root();
    String scenario = Summary.text(root, "scenario", "");
    JsonNode parameters = Summary.object(root, "parameters", "");
    String currency = PageParts.currency(root, "");
    long runs = Summary.whole(root, "runs", "");
    long months = Summary.whole(root, "months", "");
    List<String> vary = new ArrayList<>();
    for (JsonNode v : Summary.array(root, "vary", "")) {
      vary.add(v.asString());
    }
    if (vary.isEmpty() || vary.size() > 2) {
      throw new MalformedOutputException(Summary.FILE, "vary: expected one or two parameters");
    }
    int xAxis = vary.contains(MULTIPLIER) ? vary.indexOf(MULTIPLIER) : 0;
    String xPath = vary.get(xAxis);
    String groupPath = vary.size() == 2 ? vary.get(1 - xAxis) : null;

    Map<String, Group> groups = new LinkedHashMap<>();
    List<GridPoint> all = new ArrayList<>();
    List<JsonNode> grid = Summary.array(root, "grid", "");
    for (int i = 0; i < grid.size(); i++) {
      String at = "grid[" + i + "]";
      JsonNode values = Summary.object(grid.get(i), "values", at);
      String x = Summary.text(values, xPath, at + ".values");
      String g = groupPath == null ? "" : Summary.text(values, groupPath, at + ".values");
      GridPoint point = new GridPoint(x, g, Summary.object(grid.get(i), "metrics", at), at);
      all.add(point);
      groups.computeIfAbsent(g, k -> new Group(k, new ArrayList<>())).points().add(point);
    }
    if (all.isEmpty()) {
      throw new MalformedOutputException(Summary.FILE, "grid: no points");
    }
    List<String> xValues =
        groups.values().iterator().next().points().stream().map(GridPoint::x).toList();
    boolean numeric = xValues.stream().allMatch(SweepPage::isNumber);
    List<Group> lines = new ArrayList<>(groups.values());
    // Settings by their plain names; the paths stay in the method notes.
    String xName = Settings.label(xPath, parameters);
    String groupName = groupPath == null ? null : Settings.label(groupPath, parameters);
    String xLabel =
        xPath.equals(MULTIPLIER)
            ? "Outbound commission multiplier (\u00d7 the inbound rate)"
            : Settings.labelWithUnit(xPath, parameters, currency);

    List<JsonNode> breakEvens = Summary.array(root, "break_even", "");

    // A sweep of calendar.months (or of anything that sets it) runs grid points over different
    // horizons: totals then cover each point's own, and the monthly chart the months all share.
    boolean differ = monthly.horizonsDiffer();
    String span = differ ? "each grid point's own horizon" : months + " months";
    List<String> findings = new ArrayList<>();
    if (differ) {
      findings.add(
          "The grid points run over different horizons ("
              + monthly.months()
              + " to "
              + monthly.longest()
              + " months): each total covers its point's own horizon, and the monthly chart the"
              + " first "
              + monthly.months()
              + " months, which every point has.");
    }
    List<Mark> marks = new ArrayList<>();
    List<Point> peaks = new ArrayList<>();
    for (int b = 0; b < breakEvens.size() && b < lines.size(); b++) {
      JsonNode be = breakEvens.get(b);
      String at = "break_even[" + b + "]";
      String where =
          groupPath == null ? "" : " With " + groupName + " = " + lines.get(b).value() + ":";
      double on = Summary.numberOrNaN(be, "outbound_turns_on_at", at);
      boolean atLowest =
          be.has("outbound_on_at_lowest") && be.get("outbound_on_at_lowest").booleanValue();
      double threshold = Summary.number(be, "outbound_share_threshold", at);
      double peak = Summary.number(be, "contribution_peaks_at", at);
      String thresholdText = Formats.percent(threshold);
      String onText;
      if (Double.isNaN(on)) {
        onText =
            "reps never spend "
                + thresholdText
                + " of their selling hours prospecting at any"
                + " multiplier tried";
      } else if (atLowest) {
        onText =
            "reps already spend at least "
                + thresholdText
                + " of their selling hours"
                + " prospecting at the lowest multiplier tried ("
                + times(on)
                + ")";
      } else {
        onText =
            "outbound turns on at "
                + times(on)
                + ": from there reps spend at least "
                + thresholdText
                + " of their selling hours prospecting";
      }
      findings.add(
          (where.isEmpty() ? "" : where.trim() + " ")
              + capital(onText)
              + "; contribution peaks at "
              + times(peak)
              + ", at "
              + Formats.money(Summary.number(be, "peak_contribution_mean", at), currency)
              + " (95 % CI "
              + Formats.moneyRange(
                  Summary.number(be, "peak_contribution_ci95_low", at),
                  Summary.number(be, "peak_contribution_ci95_high", at),
                  currency)
              + ").");
      if (lines.size() == 1) {
        if (!Double.isNaN(on) && !atLowest) {
          marks.add(new Mark(on, "outbound on from " + times(on)));
        }
        marks.add(new Mark(peak, "contribution peaks at " + times(peak)));
      } else {
        peaks.add(
            new Point(
                peak, Summary.number(be, "peak_contribution_mean", at), ChartStyle.scenario(b)));
      }
    }
    for (Group g : lines) {
      GridPoint first = g.points().get(0);
      GridPoint last = g.points().get(g.points().size() - 1);
      findings.add(
          String.format(
              Locale.ROOT,
              "%sFrom %s = %s to %s, mean bookings go from %s to %s and contribution from %s to"
                  + " %s; selling cost from %s to %s.",
              groupPath == null ? "" : "With " + groupName + " = " + g.value() + ": ",
              xName,
              first.x(),
              last.x(),
              Formats.money(first.stats(Metric.BOOKINGS_TOTAL).mean(), currency),
              Formats.money(last.stats(Metric.BOOKINGS_TOTAL).mean(), currency),
              Formats.money(first.stats(Metric.CONTRIBUTION).mean(), currency),
              Formats.money(last.stats(Metric.CONTRIBUTION).mean(), currency),
              Formats.money(first.stats(Metric.COST_OF_SALES).mean(), currency),
              Formats.money(last.stats(Metric.COST_OF_SALES).mean(), currency)));
    }
    if (breakEvens.isEmpty()) {
      double[] contribution = new double[all.size()];
      for (int i = 0; i < all.size(); i++) {
        contribution[i] = all.get(i).stats(Metric.CONTRIBUTION).mean();
      }
      GridPoint best = all.get(BreakEven.peak(contribution));
      findings.add(
          "Contribution is highest at "
              + xName
              + " = "
              + best.x()
              + (groupPath == null ? "" : ", " + groupName + " = " + best.group())
              + ": "
              + Formats.money(best.stats(Metric.CONTRIBUTION).mean(), currency)
              + " on average.");
    }

    List<String> names = numeric ? null : xValues;
    List<Figure> figures = new ArrayList<>();
    List<Curve> money = new ArrayList<>();
    List<Curve> hours = new ArrayList<>();
    List<Curve> sources = new ArrayList<>();
    for (int g = 0; g < lines.size(); g++) {
      Group group = lines.get(g);
      String suffix =
          groupPath == null ? "" : " (" + groupName + " " + group.value() + ")";
      java.awt.Color colour = ChartStyle.scenario(g);
      if (lines.size() == 1) {
        money.add(curve("Bookings", colour, group, Metric.BOOKINGS_TOTAL, 1, 0, names));
        money.add(curve("Contribution", colour, group, Metric.CONTRIBUTION, 1, 9f, names));
        money.add(curve("Selling cost", colour, group, Metric.COST_OF_SALES, 1, 3f, names));
      } else {
        money.add(curve("Contribution" + suffix, colour, group, Metric.CONTRIBUTION, 1, 0, names));
      }
      hours.add(
          curve("Prospecting" + suffix, colour, group, Metric.OUTBOUND_HOURS_SHARE, 100, 0, names));
      hours.add(curve("Idle" + suffix, colour, group, Metric.IDLE_HOURS_SHARE, 100, 9f, names));
      sources.add(curve("Inbound" + suffix, colour, group, Metric.BOOKINGS_INBOUND, 1, 0, names));
      sources.add(
          curve("Outbound" + suffix, colour, group, Metric.BOOKINGS_OUTBOUND, 1, 9f, names));
    }
    double threshold =
        breakEvens.isEmpty()
            ? Double.NaN
            : Summary.number(breakEvens.get(0), "outbound_share_threshold", "break_even[0]");
    figures.add(
        Figure.of(
            SweepChart.of(
                "sweep-money",
                lines.size() == 1 ? "Bookings, selling cost and contribution" : "Contribution",
                "Mean of runs at each grid point; bands: 95 % confidence intervals.",
                xLabel,
                names,
                currency + " over " + span,
                AxisFormats.compact(),
                money,
                marks,
                peaks,
                null,
                lines.size() == 1),
            lines.size() == 1
                ? "What each setting of "
                    + xName
                    + " books, costs and earns. Dashed lines mark where"
                    + " outbound turns on and where contribution peaks."
                : "Contribution at each grid point, one line per value of "
                    + groupName
                    + "; rings mark each line's peak."));
    figures.add(
        Figure.of(
            SweepChart.of(
                "sweep-hours",
                "Are they prospecting?",
                "Share of selling hours spent prospecting (solid) and idle (dashed).",
                xLabel,
                names,
                "% of selling hours",
                AxisFormats.percent(),
                hours,
                marks,
                List.of(),
                Double.isNaN(threshold)
                    ? null
                    : new Threshold(
                        100 * threshold,
                        "Grey dashed line: "
                            + Formats.percent(threshold)
                            + ", where outbound counts as switched on."),
                lines.size() == 1),
            "How the reps' time responds to "
                + xName
                + ". Outbound counts as switched on once"
                + " reps spend at least the threshold share of their hours prospecting."));
    figures.add(
        Figure.of(
            SweepChart.of(
                "sweep-sources",
                "Where bookings come from",
                "Bookings from inbound leads (solid) and from the reps' own prospecting (dashed).",
                xLabel,
                names,
                currency + " over " + span,
                AxisFormats.compact(),
                sources,
                marks,
                List.of(),
                null,
                lines.size() == 1),
            "Inbound and outbound bookings at each grid point: paying more for outbound moves"
                + " effort from one to the other."));
    List<Line> fanLines = new ArrayList<>();
    List<String> scenarios = monthly.scenarios();
    if (!scenarios.isEmpty()) {
      fanLines.add(new Line(scenarios.get(0), scenarios.get(0), ChartStyle.scenario(0)));
      if (scenarios.size() > 1) {
        String lastKey = scenarios.get(scenarios.size() - 1);
        fanLines.add(new Line(lastKey, lastKey, ChartStyle.scenario(1)));
      }
    }
    figures.add(
        Figure.of(
            FanChart.of(
                "bookings-fan",
                "Bookings month by month: first and last grid point",
                monthly,
                fanLines,
                Metric.BOOKINGS_TOTAL.key(),
                "Bookings per month (" + currency + ")",
                PageParts.shockWindows(parameters, "parameters")),
            "The monthly path of bookings at the two ends of the grid: the median month and the"
                + " spread across runs."));

    List<Table> tables = new ArrayList<>();
    tables.add(gridTable(xName, groupName, lines, currency));

    List<Table> plans =
        PageParts.plans(
            List.of(scenario),
            List.of(parameters),
            "Varied: "
                + varied(root, vary)
                + ". The settings below are those of the first grid point.");

    String question =
        "How do bookings, selling cost and contribution change as "
            + xName
            + " goes from "
            + xValues.get(0)
            + " to "
            + xValues.get(xValues.size() - 1)
            + (groupPath == null ? "" : ", for each value of " + groupName)
            + "?"
            + (xPath.equals(MULTIPLIER)
                ? " Paying outbound-sourced deals a multiple of the inbound commission makes"
                    + " prospecting worth the reps' while; where does it start to work, and where"
                    + " does it stop paying for itself?"
                : "");
    List<String> method = MethodNotes.forOnePlan(root, scenario, runs, months);
    method.add(
        2,
        "Varied, as written in scenario files and --vary: "
            + String.join(
                "; ",
                vary.stream().map(v -> Settings.label(v, parameters) + ": " + v).toList())
            + ".");
    method.add(
        3,
        "Every grid point runs the same "
            + Formats.whole(runs)
            + " simulated markets (common"
            + " random numbers), so the lines move with the parameter, not with luck.");
    return new Page(
        scenario
            + ": sweep of "
            + String.join(
                " \u00d7 ", vary.stream().map(v -> Settings.label(v, parameters)).toList()),
        "Sweep of " + (vary.size() == 1 ? "one parameter" : "two parameters"),
        String.format(
            Locale.ROOT,
            "%d grid points \u00b7 %s simulated runs each \u00b7 %s \u00b7 amounts in %s",
            all.size(),
            Formats.whole(runs),
            differ ? monthly.months() + " to " + monthly.longest() + " months" : months + " months",
            currency),
        List.of(question, PageParts.described(scenario, parameters), PageParts.CONTEXT),
        plans,
        findings,
        figures,
        tables,
        method,
        PageParts.glossary(false))
        .withKeys(2, 1);
  }

  private static Curve curve(
      String label,
      java.awt.Color colour,
      Group group,
      Metric metric,
      double scale,
      float dash,
      List<String> names) {
    List<Double> x = new ArrayList<>();
    List<Interval> y = new ArrayList<>();
    for (int i = 0; i < group.points().size(); i++) {
      GridPoint p = group.points().get(i);
      x.add(names == null ? Double.parseDouble(p.x()) : i);
      Stats s = p.stats(metric);
      y.add(new Interval(scale * s.mean(), scale * s.low(), scale * s.high()));
    }
    return new Curve(label, colour, x, y, dash);
  }

  private static Table gridTable(
      String xName, String groupName, List<Group> lines, String currency) {
    List<String> header = new ArrayList<>();
    header.add(xName);
    if (groupName != null) {
      header.add(groupName);
    }
    List<Metric> metrics =
        List.of(
            Metric.BOOKINGS_TOTAL,
            Metric.BOOKINGS_OUTBOUND,
            Metric.COST_OF_SALES,
            Metric.CONTRIBUTION,
            Metric.OUTBOUND_HOURS_SHARE,
            Metric.IDLE_HOURS_SHARE,
            Metric.OUTBOUND_REPS_END);
    for (Metric m : metrics) {
      header.add(PageParts.name(m));
    }
    List<Row> rows = new ArrayList<>();
    for (Group g : lines) {
      for (GridPoint p : g.points()) {
        List<String> cells = new ArrayList<>();
        cells.add(p.x());
        if (groupName != null) {
          cells.add(p.group());
        }
        for (Metric m : metrics) {
          Stats s = p.stats(m);
          cells.add(
              Formats.metric(s.mean(), m, currency)
                  + "\n\u00b1 "
                  + Formats.metric((s.high() - s.low()) / 2, m, currency));
        }
        rows.add(new Row(cells, false));
      }
    }
    return new Table(
        "Every grid point",
        "Mean of the runs \u00b1 half its 95 % confidence interval.",
        header,
        rows,
        false);
  }

  private static String varied(JsonNode root, List<String> vary) {
    List<String> parts = new ArrayList<>();
    for (String path : vary) {
      List<String> values = new ArrayList<>();
      for (JsonNode point : Summary.array(root, "grid", "")) {
        String v = point.get("values").get(path).asString();
        if (!values.contains(v)) {
          values.add(v);
        }
      }
      parts.add(Settings.label(path, root.get("parameters")) + " = " + String.join(", ", values));
    }
    return String.join("; ", parts);
  }

  private static boolean isNumber(String text) {
    try {
      return Double.isFinite(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** "3×" for a multiplier, the plain number otherwise. */
  private static String times(double value) {
    return Numbers.format(value) + "\u00d7";
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
