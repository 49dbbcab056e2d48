package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import salesim.experiment.HirePayback;
import salesim.experiment.PairedDifference;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.report.Page.Figure;
import salesim.report.Page.Section;
import salesim.report.Page.Table;
import salesim.report.Page.Term;
import salesim.report.Summary.Stats;
import salesim.report.chart.FanChart;
import salesim.report.chart.Line;
import salesim.report.chart.MonthlyTable;
import tools.jackson.databind.JsonNode;

/**
 * The CFO's page (issue 15, item 6) of the report of a run, a comparison or a stress test: what a
 * plan does to recurring revenue, to what it costs to win it and how fast that pays back, and how
 * much of the value at the horizon is realised rather than still expected. Every number is
 * summary.json's or monthly.csv's; paired differences are the experiment's own, never recomputed
 * here.
 *
 * <p>This class is the page's table of contents: the measures it reads, each plan as it reads
 * them, and the two sections it makes. The sentences are {@link CfoFindings}'s (a run or a
 * comparison) and {@link CfoShockFindings}'s (a stress test), the charts {@link CfoCharts}'s, the
 * tables {@link CfoTables}'s.
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
          Metric.ARR_PER_REP,
          Metric.BOOKINGS_PER_REP);

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

    /** The share of the total value still expected, or a dash if the total is not positive. */
    String expectedShare() {
      double total = stats(Metric.TOTAL_VALUE).mean();
      double expected =
          stats(Metric.PIPELINE_VALUE_END).mean() + stats(Metric.CUSTOMER_VALUE_END).mean();
      return total > 0 ? Formats.percent(expected / total) : "\u2014";
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
    List<String> findings =
        CfoFindings.forComparison(plans, blocks, paired, monthly, currency, span);
    List<Figure> figures = CfoCharts.forComparison(plans, monthly, currency, span, windows);
    List<Table> tables = CfoTables.forComparison(plans, blocks, paired, currency, span);
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
    List<String> findings =
        CfoShockFindings.forStress(
            planName, plan, shocks, costs, worst, mildest, monthly, currency, span);
    List<Figure> figures =
        CfoCharts.forStress(plan, shocks.get(worst), all, monthly, currency, span, windows);
    List<Table> tables = CfoTables.forStress(plan, shocks, all, costs, currency, span);
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
