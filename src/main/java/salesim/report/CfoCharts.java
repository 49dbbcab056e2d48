package salesim.report;

import java.util.ArrayList;
import java.util.List;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.report.CfoPage.Plan;
import salesim.report.Page.Figure;
import salesim.report.chart.FanChart;
import salesim.report.chart.HorizonValueChart;
import salesim.report.chart.Line;
import salesim.report.chart.MonthlyTable;
import salesim.report.chart.NetNewArrChart;

/**
 * The charts of the CFO's page, with their captions: the ARR fan, the net new ARR months and the
 * value at the horizon, for the plans of a run or a comparison, or for a stress test's plan
 * without a shock and under its hardest shock. Apart from {@link CfoPage} so that the page reads
 * as its parts; the charts themselves are drawn in {@code salesim.report.chart}.
 */
final class CfoCharts {

  private CfoCharts() {}

  /** The ARR fan, the net new ARR months and the value at the horizon of each plan. */
  static List<Figure> forComparison(
      List<Plan> plans,
      MonthlyTable monthly,
      String currency,
      String span,
      List<FanChart.Window> windows) {
    List<Line> lines = plans.stream().map(Plan::line).toList();
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

  /**
   * The ARR fan and the net new ARR months without a shock and under the hardest, and the value at
   * the horizon of {@code all}: the plan without a shock, then each shock.
   */
  static List<Figure> forStress(
      Plan plan,
      Plan hardest,
      List<Plan> all,
      MonthlyTable monthly,
      String currency,
      String span,
      List<FanChart.Window> windows) {
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
}
