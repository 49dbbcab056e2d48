package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.PairedDifference;
import salesim.experiment.Unit;
import salesim.model.Metric;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.Summary.Stats;
import salesim.report.chart.FunnelStage;
import salesim.report.chart.MonthlyTable;

/**
 * The number tables of a run's or a comparison's report: totals with each plan's paired change,
 * the range of outcomes, and the outbound funnel stage by stage.
 */
final class CompareTables {

  private CompareTables() {}

  /** Means (± CI half-width) per scenario, and each plan's paired change against the baseline. */
  static Table totalsTable(
      List<PlanBlock> blocks,
      Map<String, Map<String, PairedDifference>> paired,
      String currency,
      String span) {
    return pairedTable("Totals over " + span, PageParts.TABLE_METRICS, blocks, paired, currency);
  }

  /**
   * Means (± CI half-width) of {@code metrics} per scenario, and each plan's paired change against
   * the baseline, as summary.json states them.
   */
  static Table pairedTable(
      String title,
      List<Metric> metrics,
      List<PlanBlock> blocks,
      Map<String, Map<String, PairedDifference>> paired,
      String currency) {
    List<String> header = new ArrayList<>(List.of("Measure"));
    blocks.forEach(b -> header.add(b.name()));
    for (PlanBlock other : blocks.subList(1, blocks.size())) {
      header.add(other.name() + " vs " + blocks.get(0).name());
      header.add("Higher in");
    }
    List<Row> rows = new ArrayList<>();
    for (Metric metric : metrics) {
      List<String> cells = new ArrayList<>(List.of(PageParts.name(metric)));
      for (PlanBlock b : blocks) {
        Stats s = b.stats(metric);
        cells.add(Formats.meanAndHalf(s.mean(), s.low(), s.high(), metric, currency));
      }
      for (PlanBlock other : blocks.subList(1, blocks.size())) {
        PairedDifference d = paired.get(other.name()).get(metric.key());
        double baseMean = blocks.get(0).stats(metric).mean();
        Formats.Interval interval =
            Formats.Interval.of(d.mean(), d.ci95Low(), d.ci95High(), metric, currency);
        String change = interval.mean();
        String ci = interval.range();
        // A relative change only where it means something: money, and counts from a base of at
        // least ten (0.6 leads lost becoming 4.9 is not "+770 %" news).
        boolean relative =
            Unit.of(metric) == Unit.CURRENCY
                ? Math.abs(baseMean) > 1e-9
                : Unit.of(metric).isCount() && Math.abs(baseMean) >= 10;
        if (relative) {
          double scale = Math.abs(baseMean);
          change += " (" + Formats.change(d.mean() / scale) + ")";
          ci = Formats.change(d.ci95Low() / scale) + " to " + Formats.change(d.ci95High() / scale);
        }
        cells.add(change + "\n95 % CI " + ci);
        cells.add(Formats.decimals(100 * d.pHigher(), 0) + " %");
      }
      rows.add(new Row(cells, false));
    }
    String note =
        "Mean of the runs \u00b1 half its 95 % confidence interval."
            + (blocks.size() > 1
                ? " Changes are paired differences against the baseline ("
                    + blocks.get(0).name()
                    + "), in money or percentage points, with their 95 % CI; \u201chigher in\u201d"
                    + " is the share of paired runs in which the plan came out higher."
                : "");
    return new Table(title, note, header, rows, false);
  }

  /** The P5–P95 range and median of the main totals. */
  static Table spreadTable(List<PlanBlock> blocks, String currency) {
    List<String> header = new ArrayList<>(List.of("Measure"));
    blocks.forEach(b -> header.add(b.name()));
    List<Row> rows = new ArrayList<>();
    for (Metric metric :
        List.of(
            Metric.BOOKINGS_TOTAL,
            Metric.CONTRIBUTION,
            Metric.COST_OF_SALES,
            Metric.OUTBOUND_HOURS_SHARE,
            Metric.IDLE_HOURS_SHARE)) {
      List<String> cells = new ArrayList<>(List.of(PageParts.name(metric)));
      for (PlanBlock b : blocks) {
        Stats s = b.stats(metric);
        String range =
            Unit.of(metric) == Unit.CURRENCY
                ? Formats.moneyRange(s.p5(), s.p95(), currency)
                : Formats.metric(s.p5(), metric, currency)
                    + " "
                    + Formats.DASH
                    + " "
                    + Formats.metric(s.p95(), metric, currency);
        cells.add(range + "\nmedian " + Formats.metric(s.p50(), metric, currency));
      }
      rows.add(new Row(cells, false));
    }
    return new Table(
        "Range of outcomes",
        "P5 \u2013 P95: nine runs in ten end in this range.",
        header,
        rows,
        false);
  }

  /** Funnel totals and each stage's conversion from the one before. */
  static Table funnelTable(MonthlyTable monthly, List<String> names) {
    List<String> header = new ArrayList<>(List.of("Stage"));
    header.addAll(names);
    FunnelStage[] stages = FunnelStage.values();
    List<Row> rows = new ArrayList<>();
    double[] previous = new double[names.size()];
    for (int k = 0; k < stages.length; k++) {
      List<String> cells = new ArrayList<>(List.of(stages[k].label()));
      for (int i = 0; i < names.size(); i++) {
        double total = monthly.total(names.get(i), stages[k].key());
        String conversion =
            k == 0
                ? ""
                : previous[i] > 0
                    ? "\n"
                        + Formats.percent(total / previous[i])
                        + " of "
                        + stages[k - 1].label().toLowerCase(Locale.ROOT)
                    : "\n\u2014";
        cells.add(Formats.count(total) + conversion);
        previous[i] = total;
      }
      rows.add(new Row(cells, false));
    }
    return new Table(
        "The outbound funnel",
        "Totals over the horizon (mean of runs), and each stage as a share of the stage before.",
        header,
        rows,
        false);
  }
}
