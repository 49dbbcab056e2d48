package salesim.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import salesim.experiment.PairedDifference;
import salesim.experiment.Tornado;
import salesim.experiment.Unit;
import salesim.model.Metric;
import salesim.report.Page.Figure;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.chart.ChartStyle;
import salesim.report.chart.FanChart;
import salesim.report.chart.Interval;
import salesim.report.chart.Line;
import salesim.report.chart.MalformedOutputException;
import salesim.report.chart.MonthlyTable;
import salesim.report.chart.TornadoChart;
import tools.jackson.databind.JsonNode;

/**
 * The report of a sensitivity analysis: which assumptions move the result most when each is changed
 * on its own, on the same simulated markets (a tornado).
 */
final class SensitivityPage {

  private SensitivityPage() {}

  /**
   * One parameter's moves as the file prints them, and their paired effects read back into the
   * experiment's {@link Tornado.Effect}, which owns the swing and the clear-effect rule.
   *
   * @param label the plain name, for sentences and chart bars
   * @param cell a table's first cell: the name with its unit, the path under it
   */
  record Move(
      String path,
      String label,
      String cell,
      String base,
      String low,
      String high,
      JsonNode effects,
      String where) {

    Tornado.Effect effect(String metric) {
      JsonNode m = Summary.object(effects, metric, where + ".effects");
      String at = where + ".effects." + metric;
      return new Tornado.Effect(
          Summary.difference(m, "low", at), Summary.difference(m, "high", at));
    }

    double swing(String metric) {
      return effect(metric).swing();
    }
  }

  static Page build(Summary summary, MonthlyTable monthly) {
    JsonNode root = summary.root();
    String scenario = Summary.text(root, "scenario", "");
    JsonNode parameters = Summary.object(root, "parameters", "");
    String currency = PageParts.currency(root, "");
    long runs = Summary.whole(root, "runs", "");
    long months = Summary.whole(root, "months", "");
    double delta = Summary.number(root, "delta", "");
    String target = Summary.text(root, "target", "");
    // Moving calendar.months runs the low and high variants over other horizons than the base:
    // their effects are then totals over their own horizons.
    boolean differ = monthly.horizonsDiffer();
    String span = differ ? "each run's own horizon" : months + " months";
    List<Move> moves = new ArrayList<>();
    List<JsonNode> rows = Summary.array(root, "tornado", "");
    for (int i = 0; i < rows.size(); i++) {
      JsonNode r = rows.get(i);
      String at = "tornado[" + i + "]";
      String path = Summary.text(r, "parameter", at);
      moves.add(
          new Move(
              path,
              Settings.label(path, parameters),
              Settings.cell(path, parameters),
              plain(r, "base_value", at),
              plain(r, "low_value", at), plain(r, "high_value", at),
              Summary.object(r, "effects", at), at));
    }
    if (moves.isEmpty()) {
      throw new MalformedOutputException(Summary.FILE, "tornado: no parameters");
    }
    List<String> metrics = new ArrayList<>(moves.get(0).effects().propertyNames());
    // The tornado is ordered by the target; draw it if the effects include it.
    String drawn = metrics.contains(target) ? target : metrics.get(0);
    Metric drawnMetric = Metric.forKey(drawn);
    String percent = Formats.decimals(100 * delta, 0) + " %";
    String lowLabel = "Lower value (about \u2212" + percent + ")";
    String highLabel = "Higher value (about +" + percent + ")";

    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.of(
            tornado("tornado", drawnMetric, moves, lowLabel, highLabel, currency, span),
            "Each bar is the change in "
                + PageParts.inSentence(drawnMetric)
                + " when one assumption is moved down (light) or up (dark) and everything else"
                + " stays put. Long bars are the assumptions worth checking first."));
    if (!drawn.equals(Metric.BOOKINGS_TOTAL.key())
        && metrics.contains(Metric.BOOKINGS_TOTAL.key())) {
      figures.add(
          Figure.of(
              tornado(
                  "tornado-bookings",
                  Metric.BOOKINGS_TOTAL,
                  moves,
                  lowLabel,
                  highLabel,
                  currency,
                  span),
              "The same moves, their effect on bookings (same order as above)."));
    }
    if (monthly.has(scenario)) {
      figures.add(
          Figure.of(
              FanChart.of(
                  "bookings-fan",
                  "Bookings month by month: " + scenario,
                  monthly,
                  List.of(new Line(scenario, scenario, ChartStyle.scenario(0))),
                  Metric.BOOKINGS_TOTAL.key(),
                  "Bookings per month (" + currency + ")",
                  PageParts.shockWindows(parameters, "parameters")),
              "The base case: the median month and how much a month varies across runs."));
    }

    List<String> findings = new ArrayList<>();
    if (differ) {
      findings.add(
          "Some moves change the horizon itself ("
              + monthly.months()
              + " to "
              + monthly.longest()
              + " months), so their effects are totals over a different number of months, not"
              + " like for like with the others.");
    }
    String measure = PageParts.inSentence(drawnMetric);
    for (int i = 0; i < Math.min(3, moves.size()); i++) {
      Move m = moves.get(i);
      PairedDifference low = m.effect(drawn).low();
      PairedDifference high = m.effect(drawn).high();
      findings.add(
          String.format(
              Locale.ROOT,
              "%s %s: moving it from %s to %s changes %s by %s; to %s, by %s.",
              i == 0 ? "The result is most sensitive to" : i == 1 ? "Next comes" : "Then",
              m.label(),
              m.base(),
              m.low(),
              measure,
              Formats.difference(low.mean(), drawnMetric, currency),
              m.high(),
              Formats.difference(high.mean(), drawnMetric, currency)));
    }
    List<String> unclear = new ArrayList<>();
    for (Move m : moves) {
      if (m.effect(drawn).unclear()) {
        unclear.add(m.label());
      }
    }
    if (!unclear.isEmpty()) {
      findings.add(
          "No clear effect (both 95 % CIs include zero) from: " + String.join(", ", unclear) + ".");
    }
    Move least = moves.get(moves.size() - 1);
    findings.add(
        "The least influential of the "
            + moves.size()
            + " assumptions tried is "
            + least.label()
            + (least.swing(drawn) == 0
                ? ": it changes nothing here (the plan has nothing it applies to)."
                : " (swing " + Formats.metric(least.swing(drawn), drawnMetric, currency) + ")."));

    List<Table> tables = new ArrayList<>();
    tables.add(effectTable(moves, drawn, drawnMetric, currency, span));
    tables.add(swingTable(moves, metrics, currency));

    List<Table> plans =
        new ArrayList<>(PageParts.plans(List.of(scenario), List.of(parameters), ""));
    List<Row> moved = new ArrayList<>();
    for (Move m : moves) {
      moved.add(Row.of(m.cell(), m.base(), m.low(), m.high()));
    }
    plans.add(
        1,
        new Table(
            "Assumptions moved",
            "Each moved by about "
                + percent
                + " on its own (whole-number"
                + " fields rounded, probabilities kept within 0 and 1).",
            List.of("Setting", "Base", "Lower", "Higher"),
            moved,
            false));

    List<String> method = MethodNotes.forOnePlan(root, scenario, runs, months);
    List<String> paths = new ArrayList<>();
    for (Move m : moves) {
      if (!m.label().equals(m.path())) {
        paths.add(m.label() + ": " + m.path());
      }
    }
    if (!paths.isEmpty()) {
      method.add(
          2,
          "Assumptions are named in plain words; as written in scenario files and --set: "
              + String.join("; ", paths)
              + ".");
    }
    return new Page(
        scenario + ": what matters most",
        "Sensitivity analysis",
        String.format(
            Locale.ROOT,
            "%d assumptions moved \u00b1%s \u00b7 %s simulated runs each \u00b7 %d months"
                + " \u00b7 amounts in %s",
            moves.size(),
            percent,
            Formats.whole(runs),
            months,
            currency),
        List.of(
            "Which of the model's assumptions matter most for "
                + scenario
                + "'s "
                + measure
                + "? Each is moved down and up by about "
                + percent
                + " on its own, on the same"
                + " simulated markets; the wider the effect, the more the decision depends on"
                + " getting that number right.",
            PageParts.described(scenario, parameters),
            PageParts.CONTEXT),
        plans,
        findings,
        figures,
        tables,
        method,
        PageParts.glossary(true))
        .withKeys(1, 1);
  }

  private static salesim.report.chart.Chart tornado(
      String name,
      Metric metric,
      List<Move> moves,
      String lowLabel,
      String highLabel,
      String currency,
      String span) {
    boolean share = Unit.of(metric) == Unit.SHARE;
    double scale = share ? 100 : 1;
    List<TornadoChart.Row> rows = new ArrayList<>();
    for (Move m : moves) {
      PairedDifference low = m.effect(metric.key()).low();
      PairedDifference high = m.effect(metric.key()).high();
      rows.add(
          new TornadoChart.Row(
              m.label(),
              new Interval(scale * low.mean(), scale * low.ci95Low(), scale * low.ci95High()),
              new Interval(scale * high.mean(), scale * high.ci95Low(), scale * high.ci95High())));
    }
    String unit =
        share
            ? "percentage points"
            : Unit.of(metric) == Unit.CURRENCY ? currency : Unit.of(metric).word();
    NumberFormat format =
        share
            ? salesim.report.chart.AxisFormats.percent()
            : salesim.report.chart.AxisFormats.compact();
    return TornadoChart.of(
        name,
        "What moves " + PageParts.inSentence(metric),
        rows,
        lowLabel,
        highLabel,
        "Change over " + span + " (" + unit + ")",
        ChartStyle.scenario(0),
        format);
  }

  private static Table effectTable(
      List<Move> moves, String key, Metric metric, String currency, String span) {
    List<String> header =
        List.of("Setting", "Base", "Lower \u2192 effect", "Higher \u2192 effect", "Swing");
    List<Row> rows = new ArrayList<>();
    for (Move m : moves) {
      PairedDifference low = m.effect(key).low();
      PairedDifference high = m.effect(key).high();
      rows.add(
          Row.of(
              m.cell(),
              m.base(),
              m.low() + ": " + withCi(low, metric, currency),
              m.high() + ": " + withCi(high, metric, currency),
              Formats.metric(m.swing(key), metric, currency)));
    }
    return new Table(
        "Effect on "
            + PageParts.inSentence(metric)
            + " over "
            + span,
        "Paired differences against the base case, widest swing first.",
        header,
        rows,
        false);
  }

  private static Table swingTable(List<Move> moves, List<String> metrics, String currency) {
    List<String> header = new ArrayList<>(List.of("Setting"));
    for (String key : metrics) {
      header.add(PageParts.name(Metric.forKey(key)));
    }
    List<Row> rows = new ArrayList<>();
    for (Move m : moves) {
      List<String> cells = new ArrayList<>(List.of(m.cell()));
      for (String key : metrics) {
        Metric metric = Metric.forKey(key);
        cells.add(
            Formats.difference(m.effect(key).low().mean(), metric, currency)
                + " / "
                + Formats.difference(m.effect(key).high().mean(), metric, currency));
      }
      rows.add(new Row(cells, false));
    }
    return new Table(
        "Every measure",
        "Effect of the lower / higher value, against the base case.",
        header,
        rows,
        false);
  }

  private static String plain(JsonNode node, String field, String where) {
    Summary.number(node, field, where);
    JsonNode value = node.get(field);
    return value.isBigDecimal()
        ? value.decimalValue().stripTrailingZeros().toPlainString()
        : value.asString();
  }

  /** A paired difference and its interval, to the decimals that tell the interval's ends apart. */
  private static String withCi(PairedDifference d, Metric metric, String currency) {
    Formats.Interval i = Formats.Interval.of(d.mean(), d.ci95Low(), d.ci95High(), metric, currency);
    return i.mean() + "\n95 % CI " + i.range();
  }
}
