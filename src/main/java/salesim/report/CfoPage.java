package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.HirePayback;
import salesim.experiment.PairedDifference;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.report.Page.Figure;
import salesim.report.Page.Row;
import salesim.report.Page.Section;
import salesim.report.Page.Table;
import salesim.report.Page.Term;
import salesim.report.Summary.Stats;
import salesim.report.chart.FanChart;
import salesim.report.chart.HorizonValueChart;
import salesim.report.chart.Line;
import salesim.report.chart.MonthlyTable;
import salesim.report.chart.NetNewArrChart;
import tools.jackson.databind.JsonNode;

/**
 * The CFO's page (issue 15, item 6) of the report of a run, a comparison or a stress test: what a
 * plan does to recurring revenue, to what it costs to win it and how fast that pays back, and how
 * much of the value at the horizon is realised rather than still expected. Every number is
 * summary.json's or monthly.csv's; paired differences are the experiment's own, never recomputed
 * here.
 */
final class CfoPage {

  /** The section's anchor in report.html. */
  static final String ID = "cfo";

  /** Its heading. */
  static final String TITLE = "The CFO's page";

  /** The measures whose paired differences against the baseline the page tabulates. */
  static final List<Metric> PAIRED =
      List.of(
          Metric.ARR_END,
          Metric.NET_NEW_ARR,
          Metric.COST_OF_SALES,
          Metric.CAC_PAYBACK_MONTHS,
          Metric.CONTRIBUTION,
          Metric.TOTAL_VALUE);

  /** What a stress test's page says each shock costs, against the same runs without it. */
  static final List<Metric> SHOCK_COSTS =
      List.of(Metric.ARR_END, Metric.NET_NEW_ARR, Metric.TOTAL_VALUE);

  /** The per-plan table, top to bottom. */
  static final List<Metric> TABLE =
      List.of(
          Metric.ARR_END,
          Metric.NEW_ARR,
          Metric.EXPANSION_ARR,
          Metric.CHURNED_ARR,
          Metric.NET_NEW_ARR,
          Metric.REVENUE,
          Metric.COST_OF_SALES,
          Metric.COST_OF_SALES_RATIO,
          Metric.CAC,
          Metric.CAC_PAYBACK_MONTHS,
          Metric.MAGIC_NUMBER,
          Metric.OUTBOUND_HIRE_PAYBACK_MONTHS,
          Metric.OUTBOUND_HIRES,
          Metric.ARR_PER_REP);

  /** The value at the horizon: what is realised, then what is still expected, then the sum. */
  static final List<Metric> VALUE =
      List.of(
          Metric.CONTRIBUTION,
          Metric.PIPELINE_VALUE_END,
          Metric.CUSTOMER_VALUE_END,
          Metric.TOTAL_VALUE);

  /** The monthly series the charts draw. */
  static final List<MonthlyMetric> MONTHLY =
      List.of(
          MonthlyMetric.ARR,
          MonthlyMetric.NEW_ARR,
          MonthlyMetric.CHURNED_ARR,
          MonthlyMetric.EXPANSION_ARR);

  /** The method note of an output written before the model reported ARR. */
  static final String MISSING =
      "This output was written before the model reported recurring revenue (ARR, CAC, the value"
          + " at the horizon), so the report has no CFO's page; run the experiment again to get"
          + " it.";

  private CfoPage() {}

  /**
   * One plan, or the plan under one shock, as the page reads it.
   *
   * @param name what the tables call it
   * @param line its key in monthly.csv, legend label and colour
   * @param metrics its metrics block in summary.json
   * @param hirePayback its outbound_hire_payback block, or null in an older output
   * @param runs the runs behind it
   * @param where the block's path in summary.json, for messages
   */
  record Plan(
      String name, Line line, JsonNode metrics, JsonNode hirePayback, long runs, String where) {

    Stats stats(Metric metric) {
      return Summary.stats(metrics, metric.key(), where + ".metrics");
    }

    /** The payback over the runs that hired a hunter; null in an output written before it. */
    HirePayback hires() {
      return Summary.hirePayback(hirePayback, runs, where);
    }

    /**
     * The mean ARR under contract when the horizon starts: ARR at the horizon less net new ARR, an
     * identity in every run, so of their means too. With a warm start it is the customer base
     * the start seeds plus what the warm-up months won; with an empty start, zero.
     */
    double arrAtStart() {
      return stats(Metric.ARR_END).mean() - stats(Metric.NET_NEW_ARR).mean();
    }
  }

  /** Whether the outputs carry what the page draws (an output older than issue 15 does not). */
  static boolean available(List<Plan> plans, MonthlyTable monthly) {
    for (Plan p : plans) {
      for (List<Metric> list : List.of(TABLE, VALUE)) {
        for (Metric m : list) {
          if (!p.metrics().has(m.key())) {
            return false;
          }
        }
      }
      for (MonthlyMetric m : MONTHLY) {
        if (!monthly.has(p.line().key(), m.key())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The page of a run (one plan, {@code paired} empty) or a comparison (the first plan is the
   * baseline; {@code paired} holds each other plan's paired differences by metric key).
   */
  static Section forComparison(
      List<Plan> plans,
      List<PlanBlock> blocks,
      Map<String, Map<String, PairedDifference>> paired,
      MonthlyTable monthly,
      String currency,
      String span,
      List<FanChart.Window> windows) {
    boolean compare = plans.size() > 1;
    List<String> findings = new ArrayList<>();
    if (compare) {
      Plan base = plans.get(0);
      findings.add(levels(plans, currency, span));
      for (Plan other : plans.subList(1, plans.size())) {
        Map<String, PairedDifference> d = paired.get(other.name());
        PlanBlock o = blocks.get(plans.indexOf(other));
        PlanBlock b = blocks.get(0);
        findings.add(
            CompareFindings.relativeSentence(
                o, b, Metric.ARR_END, d, "ends with", "more ARR", "less ARR", "", "ahead"));
        findings.add(
            levelSentence(
                "CAC payback", other, base, Metric.CAC_PAYBACK_MONTHS, d, "longer", "shorter",
                currency));
        findings.add(
            CompareFindings.relativeSentence(
                o, b, Metric.TOTAL_VALUE, d, "is worth", "more", "less", " at the horizon",
                "ahead"));
      }
    } else {
      findings.addAll(runFindings(plans.get(0), currency, span));
    }
    findings.add(expectedSentence(plans, currency));
    findings.add(hireSentence(plans, monthly));

    List<Line> lines = plans.stream().map(Plan::line).toList();
    List<Figure> figures = charts(plans, lines, monthly, currency, span, windows);
    List<Table> tables = new ArrayList<>();
    tables.add(planTable(plans, currency, span));
    tables.add(valueTable(plans, currency));
    if (compare) {
      tables.add(
          CompareTables.pairedTable(
              "The CFO's measures against the baseline, " + blocks.get(0).name(),
              PAIRED,
              blocks,
              paired,
              currency));
    }
    return new Section(
        ID,
        TITLE,
        List.of(
            (compare
                    ? "What the plans do to recurring revenue"
                    : "What " + plans.get(0).name() + " does to recurring revenue")
                + ", to what it costs to win it and how fast that pays back, and how much of the"
                + " value at the horizon is realised rather than still expected: what a CFO"
                + " stress-testing "
                + (compare ? "the plans" : "the plan")
                + " asks. Over "
                + span
                + "; means of the runs with their 95 % confidence intervals"
                + (compare ? ", and paired differences against the baseline." : ".")),
        findings,
        figures,
        tables,
        1);
  }

  /**
   * The page of a stress test: the plan without a shock against each shock, on the same runs.
   *
   * @param planName the plan's name ({@code plan} is its run without a shock, named so in tables)
   * @param costs per shock, its paired differences against the plan without it, by metric key
   * @param worst the index of the hardest shock (the most bookings lost), whose months are drawn
   * @param mildest the index of the mildest
   */
  static Section forStress(
      String planName,
      Plan plan,
      List<Plan> shocks,
      List<Map<String, PairedDifference>> costs,
      int worst,
      int mildest,
      MonthlyTable monthly,
      String currency,
      long months,
      List<FanChart.Window> windows) {
    String span = months + " months";
    List<Plan> all = new ArrayList<>();
    all.add(plan);
    all.addAll(shocks);
    List<String> findings = new ArrayList<>();
    Stats arr = plan.stats(Metric.ARR_END);
    Stats value = plan.stats(Metric.TOTAL_VALUE);
    findings.add(
        String.format(
            Locale.ROOT,
            "Without a shock, %s ends the %s with ARR of %s on average (95 %% CI %s), after net new"
                + " ARR of %s, and a total value at the horizon of %s, %s of it still expected"
                + " rather than realised.",
            planName,
            span,
            Formats.money(arr.mean(), currency),
            Formats.moneyRange(arr.low(), arr.high(), currency),
            Formats.money(plan.stats(Metric.NET_NEW_ARR).mean(), currency),
            Formats.money(value.mean(), currency),
            expectedShare(plan)));
    findings.add(
        shockSentence("The hardest shock,", shocks.get(worst), costs.get(worst), plan, currency));
    if (mildest != worst) {
      findings.add(
          shockSentence("The mildest,", shocks.get(mildest), costs.get(mildest), plan, currency));
    }
    List<String> level = new ArrayList<>();
    for (int i = 0; i < shocks.size(); i++) {
      if (!costs.get(i).get(Metric.ARR_END.key()).clear()) {
        level.add(shocks.get(i).name());
      }
    }
    if (!level.isEmpty()) {
      findings.add(
          "What "
              + String.join(", ", level)
              + (level.size() == 1 ? " costs" : " cost")
              + " in ARR at the horizon is within the noise: the 95 % CI of the paired difference"
              + " spans zero.");
    }
    findings.add(stressHireSentence(plan, shocks, monthly));

    Plan hardest = shocks.get(worst);
    List<Line> drawn = List.of(plan.line(), hardest.line());
    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.of(
            FanChart.of(
                "arr-fan",
                "ARR month by month: no shock and " + hardest.name(),
                monthly,
                drawn,
                MonthlyMetric.ARR.key(),
                "ARR at the month's end (" + currency + ")",
                windows),
            "Annual recurring revenue under contract at each month's end, without a shock and"
                + " under the hardest shock: median month and spread across runs, with the shock's"
                + " window shaded."));
    figures.add(
        Figure.of(
            NetNewArrChart.of(
                "net-new-arr",
                "Net new ARR month by month: no shock and " + hardest.name(),
                monthly,
                drawn,
                "ARR per month (" + currency + ")",
                windows),
            netNewCaption()));
    figures.add(valueFigure(all, currency, span));
    List<Table> tables = new ArrayList<>();
    tables.add(shockTable(plan, shocks, costs, currency));
    tables.add(planTable(all, currency, span));
    tables.add(valueTable(all, currency));
    return new Section(
        ID,
        TITLE,
        List.of(
            "What each shock does to recurring revenue and to the value at the horizon, against the"
                + " same runs without it, and what the plan's CFO measures are under each: over "
                + span
                + "; means of the runs with their 95 % confidence intervals."),
        findings,
        figures,
        tables,
        1);
  }

  /** The ARR fan, the net new ARR months and the value at the horizon. */
  private static List<Figure> charts(
      List<Plan> plans,
      List<Line> lines,
      MonthlyTable monthly,
      String currency,
      String span,
      List<FanChart.Window> windows) {
    List<String> brought = new ArrayList<>();
    for (Plan p : plans) {
      brought.add(
          (plans.size() > 1 ? p.name() + " " : "")
              + Formats.money(p.arrAtStart(), currency));
    }
    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.of(
            FanChart.of(
                "arr-fan",
                "ARR month by month",
                monthly,
                lines,
                MonthlyMetric.ARR.key(),
                "ARR at the month's end (" + currency + ")",
                windows),
            "Annual recurring revenue under contract at each month's end: the line is the median"
                + " month across runs, the bands how much it can vary. It starts from the ARR the"
                + " company already has when the horizon starts ("
                + String.join(", ", brought)
                + " on average) and moves each month by the new, expansion and churned ARR."));
    figures.add(
        Figure.of(
            NetNewArrChart.of(
                "net-new-arr",
                "Net new ARR month by month",
                monthly,
                lines,
                "ARR per month (" + currency + ")",
                windows),
            netNewCaption()));
    figures.add(valueFigure(plans, currency, span));
    return figures;
  }

  private static String netNewCaption() {
    return "Each month's new ARR (deals won) and expansion above the line, churned ARR below it, and"
        + " the net as a line: means of the runs. The spread of a month's net is not drawn:"
        + " monthly.csv keeps the percentiles of each flow, and those of a sum cannot be made from"
        + " them; the ARR fan shows the spread of where the months add up to.";
  }

  private static Figure valueFigure(List<Plan> plans, String currency, String span) {
    List<HorizonValueChart.Split> splits = new ArrayList<>();
    for (Plan p : plans) {
      splits.add(
          new HorizonValueChart.Split(
              p.line(),
              p.stats(Metric.CONTRIBUTION).mean(),
              p.stats(Metric.PIPELINE_VALUE_END).mean(),
              p.stats(Metric.CUSTOMER_VALUE_END).mean(),
              "total " + Formats.money(p.stats(Metric.TOTAL_VALUE).mean(), currency)));
    }
    return Figure.of(
        HorizonValueChart.of(
            "value-at-horizon",
            "The value at the horizon: realised and expected",
            splits,
            currency + " (mean of runs)"),
        "The contribution realised over "
            + span
            + " (dark), then what is still expected at the horizon: the open pipeline at its win"
            + " chance \u00d7 value \u00d7 margin, discounted, and the customer base at its margin"
            + " over the next years, kept, grown and discounted. The bar ends at the total value.");
  }

  /** The CFO's measures per plan: means ± half their 95 % CI. */
  static Table planTable(List<Plan> plans, String currency, String span) {
    List<String> header = new ArrayList<>(List.of("Measure"));
    plans.forEach(p -> header.add(p.name()));
    List<Row> rows = new ArrayList<>();
    List<String> start = new ArrayList<>(List.of("ARR at the start of the horizon"));
    for (Plan p : plans) {
      start.add(Formats.money(p.arrAtStart(), currency));
    }
    rows.add(new Row(start, false));
    for (Metric metric : TABLE) {
      List<String> cells = new ArrayList<>(List.of(PageParts.name(metric)));
      for (Plan p : plans) {
        cells.add(
            metric == Metric.OUTBOUND_HIRE_PAYBACK_MONTHS
                ? hireCell(p)
                : meanAndHalf(p.stats(metric), metric, currency));
      }
      rows.add(new Row(cells, false));
      if (metric == Metric.OUTBOUND_HIRE_PAYBACK_MONTHS) {
        List<String> hiring = new ArrayList<>(List.of("Runs that hired a hunter"));
        for (Plan p : plans) {
          HirePayback h = p.hires();
          hiring.add(
              h == null
                  ? "not recorded\n(an older output)"
                  : h.runsHiring() + " of " + Formats.whole(h.runs()));
        }
        rows.add(new Row(hiring, false));
      }
    }
    return new Table(
        "The CFO's measures over " + span,
        "Mean of the runs \u00b1 half its 95 % CI. Net new ARR = new + expansion \u2212 churned;"
            + " ARR at the start = ARR at the horizon \u2212 net new ARR: the book of the company already"
            + " running (none with an empty start). Cost of sales is fully loaded (pay and its loading, commission,"
            + " managers, tools, marketing, hiring); its ratio is to bookings (new ARR). CAC ="
            + " cost of sales \u00f7 deals won. CAC payback = cost of sales \u00f7 (new ARR \u00d7"
            + " gross margin) \u00d7 12: the months of the new customers' margin that pay the"
            + " selling cost back. Magic number = net new ARR \u00f7 cost of sales, both over the"
            + " horizon (the ARR convention; not annualised from a quarter). A run that wins"
            + " nothing counts 0 for these ratios rather than no value. Payback of an outbound"
            + " hire: months until a hunter hired in the horizon covers her loaded cost with the"
            + " margin on her bookings, averaged over the runs that hired one; a hunter not yet"
            + " there at the horizon counts at her months so far, so it is a lower bound.",
        header,
        rows,
        false);
  }

  /** The value at the horizon per plan, realised and expected, and the share still expected. */
  static Table valueTable(List<Plan> plans, String currency) {
    List<String> header = new ArrayList<>(List.of("Value"));
    plans.forEach(p -> header.add(p.name()));
    List<String> labels =
        List.of(
            "Realised: contribution over the horizon",
            "Expected: the open pipeline",
            "Expected: the customer base",
            "Total value at the horizon");
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < VALUE.size(); k++) {
      List<String> cells = new ArrayList<>(List.of(labels.get(k)));
      for (Plan p : plans) {
        cells.add(meanAndHalf(p.stats(VALUE.get(k)), VALUE.get(k), currency));
      }
      rows.add(new Row(cells, false));
    }
    List<String> share = new ArrayList<>(List.of("Share still expected"));
    for (Plan p : plans) {
      share.add(expectedShare(p));
    }
    rows.add(new Row(share, false));
    return new Table(
        "The value at the horizon: realised and expected",
        "Mean of the runs \u00b1 half its 95 % CI. The open pipeline is valued at win chance"
            + " \u00d7 value \u00d7 gross margin, discounted; the customer base at its margin over"
            + " the next years, kept, grown and discounted. The share still expected is the"
            + " expected parts' mean over the total's.",
        header,
        rows,
        false);
  }

  /** Per shock, what it costs against the same runs without it: paired differences, negated. */
  static Table shockTable(
      Plan plan, List<Plan> shocks, List<Map<String, PairedDifference>> costs, String currency) {
    List<String> header = new ArrayList<>(List.of("Shock"));
    for (Metric m : SHOCK_COSTS) {
      header.add(PageParts.name(m) + " lost");
    }
    header.add("Share of the no-shock ARR lost");
    List<Row> rows = new ArrayList<>();
    double arr = plan.stats(Metric.ARR_END).mean();
    for (int i = 0; i < shocks.size(); i++) {
      List<String> cells = new ArrayList<>(List.of(shocks.get(i).name()));
      for (Metric m : SHOCK_COSTS) {
        PairedDifference d = costs.get(i).get(m.key());
        cells.add(
            Formats.money(-d.mean(), currency)
                + "\n95 % CI "
                + Formats.moneyRange(-d.ci95High(), -d.ci95Low(), currency)
                + (d.clear() ? "" : ", within the noise"));
      }
      double lost = -costs.get(i).get(Metric.ARR_END.key()).mean();
      cells.add(arr != 0 ? Formats.percent(lost / Math.abs(arr)) : "\u2014");
      rows.add(new Row(cells, false));
    }
    return new Table(
        "What each shock costs in recurring revenue and value",
        "Paired differences against the same runs without the shock (common random numbers), as"
            + " losses: the mean and its 95 % CI. A loss whose CI spans zero is within the noise.",
        header,
        rows,
        false);
  }

  /** "USD 24.7 m\n± USD 711 k". */
  private static String meanAndHalf(Stats s, Metric metric, String currency) {
    return Formats.metric(s.mean(), metric, currency)
        + "\n\u00b1 "
        + Formats.metric((s.high() - s.low()) / 2, metric, currency);
  }

  /** The hire payback cell: over the runs that hired, or why there is none. */
  private static String hireCell(Plan p) {
    HirePayback h = p.hires();
    Metric metric = Metric.OUTBOUND_HIRE_PAYBACK_MONTHS;
    if (h == null) {
      // An output written before the block: the metric's own mean, which counts every run
      // without a hire at the horizon.
      return p.stats(Metric.OUTBOUND_HIRES).mean() == 0
          ? "no hunter hired\nin any run"
          : Formats.metric(p.stats(metric).mean(), metric, "")
              + "\nruns without a hire count at the horizon";
    }
    if (h.noneHired()) {
      return "no hunter hired\nin any run";
    }
    return Formats.metric(h.mean(), metric, "")
        + (Double.isNaN(h.ci95Low())
            ? "\none run: no CI"
            : "\n\u00b1 " + Formats.metric((h.ci95High() - h.ci95Low()) / 2, metric, ""));
  }

  /** "ARR at the horizon, after 36 months: mixed-flat USD 24.7 m (from USD 15.1 m at the start), ...". */
  private static String levels(List<Plan> plans, String currency, String span) {
    List<String> ends = new ArrayList<>();
    for (Plan p : plans) {
      ends.add(
          p.name()
              + " "
              + Formats.money(p.stats(Metric.ARR_END).mean(), currency)
              + " (from "
              + Formats.money(p.arrAtStart(), currency)
              + (ends.isEmpty() ? " at the start)" : ")"));
    }
    return "ARR at the horizon, after " + span + ": " + String.join(", ", ends) + ", on average.";
  }

  /** A run's page: ARR, what it cost and how fast it pays back. */
  private static List<String> runFindings(Plan p, String c, String span) {
    Stats arr = p.stats(Metric.ARR_END);
    List<String> findings = new ArrayList<>();
    findings.add(
        String.format(
            Locale.ROOT,
            "Over %s, %s's ARR goes from %s under contract at the start to %s at the"
                + " horizon on average (95 %% CI %s): net new ARR of %s, from %s won and %s of"
                + " expansion, less %s churned.",
            span,
            p.name(),
            Formats.money(p.arrAtStart(), c),
            Formats.money(arr.mean(), c),
            Formats.moneyRange(arr.low(), arr.high(), c),
            Formats.money(p.stats(Metric.NET_NEW_ARR).mean(), c),
            Formats.money(p.stats(Metric.NEW_ARR).mean(), c),
            Formats.money(p.stats(Metric.EXPANSION_ARR).mean(), c),
            Formats.money(p.stats(Metric.CHURNED_ARR).mean(), c)));
    findings.add(
        String.format(
            Locale.ROOT,
            "It recognises %s of revenue. Selling costs %s fully loaded, %s of bookings: %s per"
                + " deal won (CAC), paid back by %s of the new customers' gross margin (CAC"
                + " payback). Each unit of selling cost brings %s of net new ARR (magic number).",
            Formats.money(p.stats(Metric.REVENUE).mean(), c),
            Formats.money(p.stats(Metric.COST_OF_SALES).mean(), c),
            Formats.percent(p.stats(Metric.COST_OF_SALES_RATIO).mean()),
            Formats.money(p.stats(Metric.CAC).mean(), c),
            Formats.metric(p.stats(Metric.CAC_PAYBACK_MONTHS).mean(), Metric.CAC_PAYBACK_MONTHS, c),
            Formats.decimals(p.stats(Metric.MAGIC_NUMBER).mean(), 2)));
    return findings;
  }

  /**
   * A measure that is not money, against the baseline: "CAC payback is longer under
   * split-weighted: 10.8 months against 9.7 months under mixed-flat, +1.1 months (95 % CI +0.9 to
   * +1.2 months), longer in 98 % of paired runs", or, when the CI spans zero, within the noise.
   */
  static String levelSentence(
      String label,
      Plan other,
      Plan base,
      Metric metric,
      Map<String, PairedDifference> paired,
      String higher,
      String lower,
      String currency) {
    PairedDifference d = paired.get(metric.key());
    String mine = Formats.metric(other.stats(metric).mean(), metric, currency);
    String theirs = Formats.metric(base.stats(metric).mean(), metric, currency);
    String ci =
        Formats.difference(d.ci95Low(), metric, currency)
            + " to "
            + Formats.difference(d.ci95High(), metric, currency);
    if (!d.clear()) {
      return String.format(
          Locale.ROOT,
          "%s is level between %s and %s (%s against %s): the difference, %s, is within the noise"
              + " (95 %% CI %s).",
          label,
          other.name(),
          base.name(),
          mine,
          theirs,
          Formats.difference(d.mean(), metric, currency),
          ci);
    }
    String way = d.mean() > 0 ? higher : lower;
    return String.format(
        Locale.ROOT,
        "%s is %s under %s: %s against %s under %s, %s (95 %% CI %s), %s in %s of paired runs.",
        label,
        way,
        other.name(),
        mine,
        theirs,
        base.name(),
        Formats.difference(d.mean(), metric, currency),
        ci,
        higher,
        Formats.decimals(100 * d.pHigher(), 0) + " %");
  }

  /** The share of the total value still expected, or a dash if the total is not positive. */
  static String expectedShare(Plan p) {
    double total = p.stats(Metric.TOTAL_VALUE).mean();
    double expected =
        p.stats(Metric.PIPELINE_VALUE_END).mean() + p.stats(Metric.CUSTOMER_VALUE_END).mean();
    return total > 0 ? Formats.percent(expected / total) : "\u2014";
  }

  /** How much of each plan's total value is still expected rather than realised. */
  static String expectedSentence(List<Plan> plans, String c) {
    Plan first = plans.get(0);
    String lead =
        String.format(
            Locale.ROOT,
            "Of %s's total value at the horizon, %s, %s is still expected rather than realised: %s"
                + " from the customer base and %s from the open pipeline, against %s of"
                + " contribution realised",
            first.name(),
            Formats.money(first.stats(Metric.TOTAL_VALUE).mean(), c),
            expectedShare(first),
            Formats.money(first.stats(Metric.CUSTOMER_VALUE_END).mean(), c),
            Formats.money(first.stats(Metric.PIPELINE_VALUE_END).mean(), c),
            Formats.money(first.stats(Metric.CONTRIBUTION).mean(), c));
    if (plans.size() == 1) {
      return lead + ".";
    }
    List<String> others = new ArrayList<>();
    for (Plan p : plans.subList(1, plans.size())) {
      others.add(
          expectedShare(p)
              + " of "
              + p.name()
              + "'s "
              + Formats.money(p.stats(Metric.TOTAL_VALUE).mean(), c));
    }
    return lead + "; " + String.join(", ", others) + " is still expected.";
  }

  /** What the payback of an outbound hire is under each plan, or that none was hired. */
  static String hireSentence(List<Plan> plans, MonthlyTable monthly) {
    Metric metric = Metric.OUTBOUND_HIRE_PAYBACK_MONTHS;
    List<String> parts = new ArrayList<>();
    boolean bound = false;
    for (Plan p : plans) {
      HirePayback h = p.hires();
      boolean none = h == null ? p.stats(Metric.OUTBOUND_HIRES).mean() == 0 : h.noneHired();
      if (none) {
        parts.add(
            p.name()
                + " hires no hunter in any run, so it has no payback of an outbound hire (the model"
                + " then writes the horizon, "
                + monthly.months(p.line().key())
                + " months, into outbound_hire_payback_months as a placeholder)");
      } else if (h == null) {
        parts.add(
            "under "
                + p.name()
                + " the payback of an outbound hire is "
                + Formats.metric(p.stats(metric).mean(), metric, "")
                + " on average, counting the runs that hired no hunter at the horizon (this older"
                + " output does not keep them apart)");
      } else {
        parts.add(
            "under "
                + p.name()
                + (bound ? " it takes " : " a hunter hired into an outbound seat pays back her loaded"
                    + " cost from the margin on her bookings after ")
                + Formats.metric(h.mean(), metric, "")
                + " on average"
                + (Double.isNaN(h.ci95Low())
                    ? ""
                    : " (95 % CI "
                        + Formats.decimals(h.ci95Low(), 1)
                        + Formats.DASH
                        + Formats.decimals(h.ci95High(), 1)
                        + ")")
                + ", over the "
                + h.runsHiring()
                + " of "
                + Formats.whole(h.runs())
                + " runs that hired one"
                + (bound
                    ? ""
                    : " (a hunter not paid back by the horizon counts at her months so far, so"
                        + " this is a lower bound)"));
        bound = true;
      }
    }
    String sentence = String.join("; ", parts) + ".";
    // A plan's name keeps its own case; only "under" opens with a capital.
    return sentence.startsWith("under ") ? "U" + sentence.substring(1) : sentence;
  }

  /**
   * "The hardest shock, slowdown-2023-like, leaves USD 2.92 m less ARR at the horizon (95 % CI of
   * the loss USD 2.75–3.10 m; 11.7 % of the no-shock ARR) and USD 9.58 m less total value at the
   * horizon (95 % CI ...)", each part within the noise where its CI spans zero.
   */
  static String shockSentence(
      String lead, Plan shock, Map<String, PairedDifference> cost, Plan plan, String c) {
    double arr = plan.stats(Metric.ARR_END).mean();
    List<String> parts = new ArrayList<>();
    for (Metric m : List.of(Metric.ARR_END, Metric.TOTAL_VALUE)) {
      PairedDifference d = cost.get(m.key());
      String what = m == Metric.ARR_END ? "ARR at the horizon" : "total value at the horizon";
      String ci = Formats.moneyRange(-d.ci95High(), -d.ci95Low(), c);
      if (!d.clear()) {
        parts.add(
            "a change in "
                + what
                + " of "
                + Formats.signedMoney(d.mean(), c)
                + " that is within the noise (95 % CI of the loss "
                + ci
                + ")");
      } else {
        String share =
            m == Metric.ARR_END && arr != 0
                ? "; " + Formats.percent(-d.mean() / Math.abs(arr)) + " of the no-shock ARR"
                : "";
        parts.add(
            Formats.money(Math.abs(d.mean()), c)
                + (d.mean() < 0 ? " less " : " more ")
                + what
                + " (95 % CI of the loss "
                + ci
                + share
                + ")");
      }
    }
    return lead + " " + shock.name() + ", leaves " + parts.get(0) + " and " + parts.get(1) + ".";
  }

  /**
   * The payback of an outbound hire without a shock, and the range of it under the shocks (each
   * over the runs that hired one).
   */
  static String stressHireSentence(Plan plan, List<Plan> shocks, MonthlyTable monthly) {
    HirePayback base = plan.hires();
    boolean baseNone = base == null ? plan.stats(Metric.OUTBOUND_HIRES).mean() == 0 : base.noneHired();
    if (base == null && !baseNone) {
      // An older output: each variant said in turn, the metric's mean with its caveat.
      List<Plan> all = new ArrayList<>();
      all.add(
          new Plan(
              "the plan without a shock", plan.line(), plan.metrics(), null, plan.runs(),
              plan.where()));
      all.addAll(shocks);
      return hireSentence(all, monthly);
    }
    if (baseNone) {
      List<String> none = new ArrayList<>();
      List<Plan> hiring = new ArrayList<>();
      for (Plan s : shocks) {
        HirePayback h = s.hires();
        if (h == null ? s.stats(Metric.OUTBOUND_HIRES).mean() == 0 : h.noneHired()) {
          none.add(s.name());
        } else {
          hiring.add(s);
        }
      }
      String lead =
          "Without a shock the plan hires no hunter in any run"
              + (hiring.isEmpty()
                  ? ", nor under any shock"
                  : none.isEmpty() ? "" : ", nor under " + String.join(", ", none))
              + ", so there is no payback of an outbound hire to report"
              + (hiring.isEmpty() ? "" : " there")
              + " (the model then writes the horizon, "
              + monthly.months(plan.line().key())
              + " months, into outbound_hire_payback_months as a placeholder)";
      if (hiring.isEmpty()) {
        return lead + ".";
      }
      String rest = hireSentence(hiring, monthly);
      return lead + "; " + Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    List<String> none = new ArrayList<>();
    for (Plan s : shocks) {
      HirePayback h = s.hires();
      if (h == null || h.noneHired()) {
        none.add(s.name());
      } else {
        low = Math.min(low, h.mean());
        high = Math.max(high, h.mean());
      }
    }
    Metric metric = Metric.OUTBOUND_HIRE_PAYBACK_MONTHS;
    return "Without a shock a hunter hired into an outbound seat pays back her loaded cost from the"
        + " margin on her bookings after "
        + Formats.metric(base.mean(), metric, "")
        + " on average"
        + (Double.isNaN(base.ci95Low())
            ? ""
            : " (95 % CI " + Formats.decimals(base.ci95Low(), 1) + Formats.DASH
                + Formats.decimals(base.ci95High(), 1) + ")")
        + ", over the "
        + base.runsHiring()
        + " of "
        + Formats.whole(base.runs())
        + " runs that hired one"
        + (low <= high
            ? "; under the shocks, after "
                + (Formats.decimals(low, 1).equals(Formats.decimals(high, 1))
                    ? Formats.metric(low, metric, "")
                    : Formats.decimals(low, 1) + Formats.DASH + Formats.metric(high, metric, ""))
                + " (the range of their means)"
            : "")
        + (none.isEmpty()
            ? ""
            : "; " + String.join(", ", none) + (none.size() == 1 ? " hires" : " hire")
                + " no hunter in any run")
        + ". A hunter not paid back by the horizon counts at her months so far, so these are lower"
        + " bounds.";
  }

  /** The words a CFO's page uses that the rest of the report does not. */
  static List<Term> glossary() {
    return List.of(
        new Term(
            "ARR",
            "Annual recurring revenue: the yearly value of the subscriptions under contract."
                + " A won deal adds its value; customers who leave take theirs away (churn);"
                + " customers who stay may grow (expansion)."),
        new Term("Net new ARR", "New ARR won + expansion \u2212 churned ARR over the horizon."),
        new Term(
            "Revenue recognised",
            "The subscription revenue earned month by month: the month's ARR \u00f7 12."),
        new Term(
            "CAC, CAC payback",
            "Customer acquisition cost: the selling cost per deal won. Its payback is the months"
                + " of the new customers' gross margin that pay the selling cost back."),
        new Term(
            "Magic number",
            "Net new ARR per unit of selling cost, both over the horizon."),
        new Term(
            "Value at the horizon",
            "Contribution realised within the horizon, plus what is still expected: the open"
                + " pipeline's and the customer base's expected, discounted margin."));
  }
}
