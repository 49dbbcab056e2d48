package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.MetricSummary;
import salesim.experiment.PairedDifference;
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
import salesim.report.chart.MonthlyTable;
import salesim.report.chart.StressChart;
import tools.jackson.databind.JsonNode;

/**
 * The report of a stress test: a plan run without a shock and under each shock of a library, on the
 * same simulated markets, so every difference is the shock's doing. What each shock costs, how deep
 * it cuts month by month, and how long the plan takes to recover. Each shock is read back by
 * {@link ShockResult}, the findings are {@link StressFindings}'s and the CFO's section {@link
 * CfoPage}'s; this class lays out the page and draws its charts and its table of losses.
 */
final class StressPage {

  /** The mark on every recovery figure a shock still on at the horizon cuts short. */
  static final String CUT = "\u2021";

  private StressPage() {}

  /** The stress test's page, from its summary.json and monthly.csv. */
  static Page build(Summary summary, MonthlyTable monthly) {
    JsonNode root = summary.root();
    String plan = Summary.text(root, "scenario", "");
    JsonNode parameters = Summary.object(root, "parameters", "");
    String currency = PageParts.currency(root, "");
    long runs = Summary.whole(root, "runs", "");
    long months = Summary.whole(root, "months", "");
    JsonNode base = Summary.object(Summary.object(root, "no_shock", ""), "metrics", "no_shock");
    List<ShockResult> shocks = ShockResult.readAll(root, monthly, plan, runs);
    Line planLine = new Line(plan, plan + " (no shock)", ChartStyle.scenario(0));
    Stats bookings = Summary.stats(base, Metric.BOOKINGS_TOTAL.key(), "no_shock.metrics");
    Stats contribution = Summary.stats(base, Metric.CONTRIBUTION.key(), "no_shock.metrics");

    List<Recovery> recoveries = shocks.stream().map(s -> s.recovery(months)).toList();
    StressAnalysis analysis =
        StressAnalysis.of(shocks.stream().map(ShockResult::stressMetrics).toList(), recoveries);
    ShockResult worst = shocks.get(analysis.worst());
    List<String> findings =
        StressFindings.of(
            plan, months, currency, shocks, recoveries, analysis, bookings, contribution);

    List<Line> shockLines = shocks.stream().map(ShockResult::line).toList();
    List<FanChart.Window> starts = new ArrayList<>();
    for (ShockResult s : shocks) {
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
      for (ShockResult s : shocks) {
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
                worst.fanWindows(parameters)),
            "The plan without a shock and under the hardest shock: median month and spread"
                + " across runs, with the shock's window shaded."));

    List<Table> tables = new ArrayList<>();
    tables.add(stressTable(shocks, recoveries, bookings, contribution, currency));

    List<Table> plans = new ArrayList<>(PageParts.plans(List.of(plan), List.of(parameters), ""));
    List<Row> shockRows = new ArrayList<>();
    for (ShockResult s : shocks) {
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
    for (ShockResult s : shocks) {
      cfoShocks.add(s.cfoPlan());
    }
    List<CfoPage.Plan> cfoAll = new ArrayList<>(List.of(cfoPlan));
    cfoAll.addAll(cfoShocks);
    if (CfoPage.available(cfoAll, monthly)) {
      List<Map<String, PairedDifference>> costs = new ArrayList<>();
      for (ShockResult s : shocks) {
        costs.add(s.cfoCosts());
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
              worst.fanWindows(parameters)));
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

  private static Table stressTable(
      List<ShockResult> shocks,
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
      ShockResult s = shocks.get(i);
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

  private static String money(MetricSummary s, String currency) {
    return Formats.money(s.mean(), currency)
        + "\n"
        + Formats.moneyRange(s.ci95Low(), s.ci95High(), currency);
  }

  private static Interval interval(MetricSummary s) {
    return new Interval(s.mean(), s.ci95Low(), s.ci95High());
  }
}
