package salesim.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.MetricSummary;
import salesim.experiment.Recovery;
import salesim.experiment.StressAnalysis;
import salesim.experiment.StressMetric;
import salesim.model.Metric;
import salesim.report.Page.Figure;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.Summary.Stats;
import salesim.report.chart.ChartStyle;
import salesim.report.chart.FanChart;
import salesim.report.chart.Interval;
import salesim.report.chart.Line;
import salesim.report.chart.MalformedOutputException;
import salesim.report.chart.MonthlyTable;
import salesim.report.chart.StressChart;
import tools.jackson.databind.JsonNode;

/**
 * The report of a stress test: a plan run without a shock and under each shock of a library, on the
 * same simulated markets, so every difference is the shock's doing. What each shock costs, how deep
 * it cuts month by month, and how long the plan takes to recover.
 */
final class StressPage {

  /** The mark on every recovery figure a shock still on at the horizon cuts short. */
  static final String CUT = "\u2021";

  private StressPage() {}

  /**
   * One shock's results.
   *
   * @param start the month the shock starts (1-based), read from where its runs part from the
   *     plan's; -1 if they never do
   */
  record Shock(
      String name,
      Line line,
      JsonNode stress,
      JsonNode metrics,
      String where,
      int start,
      JsonNode windows,
      long runs,
      JsonNode node) {

    /** A stress metric's summary across the runs, read back into the experiment's record. */
    MetricSummary stress(StressMetric metric) {
      return Summary.summary(stress, metric.key(), where + ".stress", runs);
    }

    /** Every stress metric, for the experiment's analysis. */
    Map<StressMetric, MetricSummary> stressMetrics() {
      Map<StressMetric, MetricSummary> all = new EnumMap<>(StressMetric.class);
      for (StressMetric m : StressMetric.values()) {
        all.put(m, stress(m));
      }
      return all;
    }

    /**
     * How the plan comes back, read back into the experiment's record. An output written before
     * the recovery block existed gives the share from the censoring flag and no median.
     */
    Recovery recovery(long months) {
      JsonNode block = node.get("recovery");
      if (block == null) {
        double share = stress(StressMetric.REGAINED_RUN_RATE).mean();
        return new Recovery(
            runs, Math.round(share * runs), Double.NaN, endFromWindows(), (int) months);
      }
      String at = where + ".recovery";
      return new Recovery(
          runs,
          Summary.whole(block, "runs_recovered", at),
          Summary.numberOrNaN(block, "median_months_among_recovered", at),
          (int) Summary.whole(block, "shock_end_month", at),
          (int) months);
    }

    /** The month the last recorded shock window ends (0 if none is recorded). */
    private int endFromWindows() {
      int end = 0;
      if (windows != null && windows.isArray()) {
        for (JsonNode w : windows) {
          end =
              Math.max(
                  end,
                  (int)
                      Math.ceil(
                          w.path("start_month").asDouble() + w.path("duration_months").asDouble()));
        }
      }
      return end;
    }

    Stats metric(Metric metric) {
      return Summary.stats(metrics, metric.key(), where + ".metrics");
    }
  }

  static Page build(Summary summary, MonthlyTable monthly) {
    JsonNode root = summary.root();
    String plan = Summary.text(root, "scenario", "");
    JsonNode parameters = Summary.object(root, "parameters", "");
    String currency = PageParts.currency(root, "");
    long runs = Summary.whole(root, "runs", "");
    long months = Summary.whole(root, "months", "");
    JsonNode base = Summary.object(Summary.object(root, "no_shock", ""), "metrics", "no_shock");
    List<String> keys = monthly.scenarios();
    if (!monthly.has(plan)) {
      throw new MalformedOutputException(MonthlyTable.FILE, "has no rows for the plan " + plan);
    }
    Line planLine = new Line(plan, plan + " (no shock)", ChartStyle.scenario(0));
    List<Shock> shocks = new ArrayList<>();
    List<JsonNode> nodes = Summary.array(root, "shocks", "");
    for (int i = 0; i < nodes.size(); i++) {
      String at = "shocks[" + i + "]";
      String name = Summary.text(nodes.get(i), "shock", at);
      // The stress command names each shocked variant "plan + shock"; fall back to file order.
      String key = plan + " + " + name;
      if (!monthly.has(key)) {
        if (keys.size() != nodes.size() + 1) {
          throw new MalformedOutputException(
              MonthlyTable.FILE, "has no rows for the shock " + name);
        }
        key = keys.get(i + 1);
      }
      shocks.add(
          new Shock(
              name,
              new Line(key, name, ChartStyle.scenario(i + 1)),
              Summary.object(nodes.get(i), "stress", at),
              Summary.object(nodes.get(i), "metrics", at),
              at,
              monthly.firstDifference(plan, key),
              nodes.get(i).get("windows"),
              runs,
              nodes.get(i)));
    }
    if (shocks.isEmpty()) {
      throw new MalformedOutputException(Summary.FILE, "shocks: none listed");
    }
    Stats bookings = Summary.stats(base, Metric.BOOKINGS_TOTAL.key(), "no_shock.metrics");
    Stats contribution = Summary.stats(base, Metric.CONTRIBUTION.key(), "no_shock.metrics");

    List<Recovery> recoveries = shocks.stream().map(s -> s.recovery(months)).toList();
    StressAnalysis analysis =
        StressAnalysis.of(shocks.stream().map(Shock::stressMetrics).toList(), recoveries);
    Shock worst = shocks.get(analysis.worst());
    Shock mildest = shocks.get(analysis.mildest());
    Shock slowest = shocks.get(analysis.slowest());
    int losing = analysis.losing();
    List<String> findings = new ArrayList<>();
    findings.add(
        String.format(
            Locale.ROOT,
            "Without a shock, %s books %s over %d months on average (nine runs in ten between %s"
                + " and %s) and contributes %s.",
            plan,
            Formats.money(bookings.mean(), currency),
            months,
            Formats.money(bookings.p5(), currency),
            Formats.money(bookings.p95(), currency),
            Formats.money(contribution.mean(), currency)));
    findings.add(lossSentence("The hardest shock is", worst, bookings.mean(), currency));
    if (mildest != worst) {
      findings.add(lossSentence("The mildest is", mildest, bookings.mean(), currency));
    }
    Recovery slow = recoveries.get(analysis.slowest());
    findings.add(recoverySentence(slowest.name(), slow, months));
    List<String> cut = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < shocks.size(); i++) {
      if (!recoveries.get(i).shockEndsBeforeHorizon()) {
        cut.add(shocks.get(i).name());
        ends.add(recoveries.get(i).shockEndMonth());
      }
    }
    if (!cut.isEmpty()) {
      findings.add(
          "Warning: "
              + StressReport.cutShort(cut, ends, months)
              + "; the recovery figures marked "
              + CUT
              + " count only what happened by then.");
    }
    findings.add(
        losing == 0
            ? "Under every shock the plan's worst month still has a positive contribution on"
                + " average."
            : String.format(
                Locale.ROOT,
                "Under %s the plan's worst month loses money on average (lowest monthly"
                    + " contribution below zero).",
                losing == shocks.size()
                    ? "all " + shocks.size() + " shocks"
                    : losing + " of the " + shocks.size() + " shocks"));
    findings.add(
        String.format(
            Locale.ROOT,
            "In a bad run (P5) under %s, contribution over the horizon is %s, against %s without a"
                + " shock.",
            worst.name(),
            Formats.money(worst.metric(Metric.CONTRIBUTION).p5(), currency),
            Formats.money(contribution.p5(), currency)));

    List<Line> shockLines = shocks.stream().map(Shock::line).toList();
    List<FanChart.Window> starts = new ArrayList<>();
    for (Shock s : shocks) {
      if (s.start() > 0) {
        starts.add(new FanChart.Window("shock starts", s.start() - 1, 0));
      }
    }
    starts = starts.stream().distinct().toList();
    if (starts.size() > 1) {
      starts = starts.stream().map(w -> new FanChart.Window("", w.startMonth(), 0)).toList();
    }
    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.of(
            StressChart.drawdown("stress-drawdown", monthly, planLine, shockLines, starts),
            "Each line is the plan's monthly bookings under one shock, as a change from the same"
                + " runs without it: the depth of the dip, when it starts and how fast it"
                + " closes."));
    List<List<Interval>> losses = new ArrayList<>();
    for (StressMetric key : List.of(StressMetric.BOOKINGS_LOST, StressMetric.CONTRIBUTION_LOST)) {
      List<Interval> values = new ArrayList<>();
      for (Shock s : shocks) {
        values.add(interval(s.stress(key)));
      }
      losses.add(values);
    }
    figures.add(
        Figure.of(
            StressChart.losses(
                "stress-losses",
                "What each shock costs over " + months + " months",
                shockLines,
                List.of("Bookings lost (" + currency + ")", "Contribution lost (" + currency + ")"),
                losses),
            "The total each shock takes out of bookings and contribution over the whole horizon,"
                + " against the same runs without it."));
    figures.add(
        Figure.of(
            FanChart.of(
                "bookings-fan",
                "Bookings month by month: no shock and " + worst.name(),
                monthly,
                List.of(planLine, worst.line()),
                Metric.BOOKINGS_TOTAL.key(),
                "Bookings per month (" + currency + ")",
                fanWindows(parameters, worst)),
            "The plan without a shock and under the hardest shock: median month and spread"
                + " across runs, with the shock's window shaded."));

    List<Table> tables = new ArrayList<>();
    tables.add(stressTable(shocks, recoveries, bookings, contribution, currency));

    List<Table> plans = new ArrayList<>(PageParts.plans(List.of(plan), List.of(parameters), ""));
    List<Row> shockRows = new ArrayList<>();
    for (Shock s : shocks) {
      shockRows.add(Row.of(s.name()));
    }
    plans.add(
        1,
        new Table(
            "Shocks tested",
            "Each is added to the plan on its own.",
            List.of("Shock"),
            shockRows,
            false));

    List<String> method = MethodNotes.forOnePlan(root, plan, runs, months);
    method.add(
        2,
        "Under common random numbers a shocked run is identical to its unshocked twin until the"
            + " shock starts, so each loss is measured run by run against that twin; the month a"
            + " shock starts is read from where the two part.");
    method.add(
        3,
        "Recovery: a run is back once the trailing three-month average of its bookings, from the"
            + " shock's worst month on, reaches the average of the six months before the shock."
            + " The share of runs that get there within the horizon is shown, and the median"
            + " months from the shock's start among those runs only; where fewer than half get"
            + " there, recovery is \u201cnot within the horizon\u201d. A shock still on at the end"
            + " of the horizon (marked "
            + CUT
            + ") leaves no time to recover in, so its figures count only what happened by then.");
    List<Page.Term> glossary = new ArrayList<>(PageParts.glossary(false));
    List<Page.Section> sections = new ArrayList<>();
    JsonNode noShock = Summary.object(root, "no_shock", "");
    CfoPage.Plan cfoPlan =
        new CfoPage.Plan(
            "no shock",
            planLine,
            base,
            noShock.get(SummaryJson.HIRE_PAYBACK),
            runs,
            "no_shock");
    List<CfoPage.Plan> cfoShocks = new ArrayList<>();
    for (Shock s : shocks) {
      cfoShocks.add(
          new CfoPage.Plan(
              s.name(), s.line(), s.metrics(), s.node().get(SummaryJson.HIRE_PAYBACK), runs,
              s.where()));
    }
    List<CfoPage.Plan> cfoAll = new ArrayList<>(List.of(cfoPlan));
    cfoAll.addAll(cfoShocks);
    if (CfoPage.available(cfoAll, monthly)) {
      List<Map<String, salesim.experiment.PairedDifference>> costs = new ArrayList<>();
      for (Shock s : shocks) {
        JsonNode block = Summary.object(s.node(), "paired_differences", s.where());
        Map<String, salesim.experiment.PairedDifference> byMetric = new LinkedHashMap<>();
        for (Metric m : CfoPage.SHOCK_COSTS) {
          byMetric.put(
              m.key(), Summary.difference(block, m.key(), s.where() + ".paired_differences"));
        }
        costs.add(byMetric);
      }
      sections.add(
          CfoPage.forStress(
              plan,
              cfoPlan,
              cfoShocks,
              costs,
              analysis.worst(),
              analysis.mildest(),
              monthly,
              currency,
              months,
              fanWindows(parameters, worst)));
      glossary.addAll(CfoPage.glossary());
    } else {
      method.add(CfoPage.MISSING);
    }
    return new Page(
        plan + " under " + shocks.size() + " shocks",
        "Stress test",
        String.format(
            Locale.ROOT,
            "%d shocks \u00b7 %s simulated runs each, on the same markets \u00b7 %d"
                + " months \u00b7 amounts in %s",
            shocks.size(),
            Formats.whole(runs),
            months,
            currency),
        List.of(
            "How does "
                + plan
                + " hold up when the market stops hard? Each shock below hits the"
                + " same simulated runs; the difference to the run without the shock is what the"
                + " shock costs, and how fast bookings come back shows how resilient the plan is.",
            PageParts.described(plan, parameters),
            PageParts.CONTEXT),
        plans,
        findings,
        figures,
        tables,
        method,
        glossary)
        .withKeys(2, 1)
        .withSections(sections);
  }

  /**
   * The plan's own shocks and the stress shock shaded; for outputs that do not record the shock's
   * window, its start marked where the runs part.
   */
  private static List<FanChart.Window> fanWindows(JsonNode parameters, Shock shock) {
    List<FanChart.Window> windows =
        new ArrayList<>(PageParts.shockWindows(parameters, "parameters"));
    JsonNode recorded = shock.windows();
    if (recorded != null && recorded.isArray() && !recorded.isEmpty()) {
      for (int i = 0; i < recorded.size(); i++) {
        JsonNode w = recorded.get(i);
        String at = shock.where() + ".windows[" + i + "]";
        windows.add(
            new FanChart.Window(
                Summary.text(w, "name", at),
                Summary.number(w, "start_month", at),
                Summary.number(w, "duration_months", at)));
      }
    } else if (shock.start() > 0) {
      windows.add(new FanChart.Window("shock starts", shock.start() - 1, 0));
    }
    return windows;
  }

  private static String lossSentence(String lead, Shock s, double baseBookings, String currency) {
    MetricSummary lost = s.stress(StressMetric.BOOKINGS_LOST);
    MetricSummary contribution = s.stress(StressMetric.CONTRIBUTION_LOST);
    return String.format(
        Locale.ROOT,
        "%s %s: it takes %s of bookings over the horizon (95 %% CI %s; %s of the no-shock total)"
            + " and %s of contribution.",
        lead,
        s.name(),
        Formats.money(lost.mean(), currency),
        Formats.moneyRange(lost.ci95Low(), lost.ci95High(), currency),
        baseBookings != 0 ? Formats.percent(lost.mean() / baseBookings) : "n/a",
        Formats.money(contribution.mean(), currency));
  }

  private static Table stressTable(
      List<Shock> shocks,
      List<Recovery> recoveries,
      Stats bookings,
      Stats contribution,
      String currency) {
    List<String> header =
        List.of(
            "Shock",
            "Bookings lost in the shock window",
            "Bookings lost, horizon",
            "Contribution lost, horizon",
            "Runs back at the run rate",
            "Months to regain it (median of those runs)",
            "Lowest monthly contribution",
            "P5 bookings",
            "P5 contribution");
    List<Row> rows = new ArrayList<>();
    rows.add(
        Row.of(
            "none",
            "\u2014",
            "\u2014",
            "\u2014",
            "\u2014",
            "\u2014",
            "\u2014",
            Formats.money(bookings.p5(), currency),
            Formats.money(contribution.p5(), currency)));
    for (int i = 0; i < shocks.size(); i++) {
      Shock s = shocks.get(i);
      Recovery r = recoveries.get(i);
      String cut = r.shockEndsBeforeHorizon() ? "" : " " + CUT;
      rows.add(
          Row.of(
              s.name() + (cut.isEmpty() ? "" : "\n" + CUT + " on to month " + r.shockEndMonth()),
              money(s.stress(StressMetric.BOOKINGS_LOST_IN_SHOCK_WINDOW), currency),
              money(s.stress(StressMetric.BOOKINGS_LOST), currency),
              money(s.stress(StressMetric.CONTRIBUTION_LOST), currency),
              Formats.percent(r.share()) + cut,
              monthsCell(r) + cut,
              money(s.stress(StressMetric.LOWEST_MONTHLY_CONTRIBUTION), currency),
              Formats.money(s.metric(Metric.BOOKINGS_TOTAL).p5(), currency),
              Formats.money(s.metric(Metric.CONTRIBUTION).p5(), currency)));
    }
    return new Table(
        "What each shock costs",
        "Means of the runs with their 95 % CI; losses are against the same runs without the shock."
            + " Recovery: the share of runs back at the pre-shock run rate within the horizon, and"
            + " the median months among them. "
            + CUT
            + ": the shock is still on at the end of the horizon. P5: one run in twenty ends"
            + " lower.",
        header,
        rows,
        false);
  }

  /** The median months among recovered runs, or why there is none. */
  private static String monthsCell(Recovery r) {
    if (!r.medianRunRecovers()) {
      return "not within the horizon";
    }
    return Double.isNaN(r.medianMonths())
        ? "not recorded (an older output)"
        : Formats.decimals(r.medianMonths(), 0);
  }

  /** The finding on the slowest recovery, stated from its share and median. */
  static String recoverySentence(String shock, Recovery r, long months) {
    String share = Formats.percent(r.share());
    if (!r.medianRunRecovers()) {
      return String.format(
          Locale.ROOT,
          "Recovery is slowest after %s: only %s of runs are back at their pre-shock run rate by"
              + " the end of the %d-month horizon, so recovery is not within the horizon.",
          shock,
          share,
          months);
    }
    return String.format(
        Locale.ROOT,
        "Recovery is slowest after %s: %s of runs are back at their pre-shock run rate within the"
            + " horizon, %s.",
        shock,
        share,
        Double.isNaN(r.medianMonths())
            ? "after a median not recorded in this older output"
            : "after a median of " + Formats.decimals(r.medianMonths(), 0) + " months among them");
  }

  private static String money(MetricSummary s, String currency) {
    return Formats.money(s.mean(), currency)
        + "\n"
        + Formats.moneyRange(s.ci95Low(), s.ci95High(), currency);
  }

  private static Interval interval(MetricSummary s) {
    return new Interval(s.mean(), s.ci95Low(), s.ci95High());
  }
}
