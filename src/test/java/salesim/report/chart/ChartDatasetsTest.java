package salesim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.report.Fixtures;
import salesim.report.chart.MonthlyTable.Stat;

/** Each chart's dataset holds the numbers it should, read off the output files. */
final class ChartDatasetsTest {

  @TempDir static Path tmp;
  static Path folder;
  static MonthlyTable table;
  static final List<Line> LINES =
      List.of(
          new Line("mixed-flat", "mixed-flat", ChartStyle.scenario(0)),
          new Line("split-weighted", "split-weighted", ChartStyle.scenario(1)));

  @BeforeAll
  static void read() {
    folder = Fixtures.compare(tmp.resolve("compare"));
    table = MonthlyTable.read(folder.resolve("monthly.csv"));
  }

  @Test
  void funnel_stagesAreTheHorizonTotalsOfTheMonthlyMeans() {
    DefaultCategoryDataset dataset = FunnelChart.dataset(table, LINES);
    assertThat(keys(dataset.getColumnKeys()))
        .containsExactly(
            "Dials", "Connects", "Meetings booked", "Meetings held", "Opportunities", "Deals won");
    double dials = 0;
    for (double v : table.series("split-weighted", "dials", Stat.MEAN)) {
      dials += v;
    }
    assertThat(dataset.getValue("split-weighted", "Dials").doubleValue()).isEqualTo(dials);
    // A funnel narrows.
    for (Line line : LINES) {
      double previous = Double.POSITIVE_INFINITY;
      for (Object stage : (List<?>) dataset.getColumnKeys()) {
        Number v = dataset.getValue(line.label(), (Comparable<?>) stage);
        double value = v == null ? 0 : v.doubleValue();
        assertThat(value).isLessThanOrEqualTo(previous);
        previous = value;
      }
    }
  }

  @Test
  void sources_areTheMonthlyMeans_inboundThenOutbound_perScenario() {
    XYSeriesCollection dataset = SourceChart.dataset(table, LINES);
    assertThat(dataset.getSeriesCount()).isEqualTo(4);
    assertThat(String.valueOf(dataset.getSeriesKey(1))).isEqualTo("mixed-flat, outbound");
    double[] outbound = table.series("mixed-flat", "bookings_outbound", Stat.MEAN);
    for (int m = 0; m < outbound.length; m++) {
      assertThat(dataset.getYValue(1, m)).isEqualTo(outbound[m]);
    }
  }

  @Test
  void activityShares_addUpToTheAvailableHours() {
    DefaultTableXYDataset dataset = ActivityChart.dataset(table, LINES.get(1));
    assertThat(dataset.getSeriesCount()).isEqualTo(ActivityChart.ACTIVITIES.size());
    for (int m = 0; m < dataset.getItemCount(); m++) {
      double total = 0;
      for (int s = 0; s < dataset.getSeriesCount(); s++) {
        total += dataset.getYValue(s, m);
      }
      // The six activities are every selling hour; the model conserves hours.
      assertThat(total).isCloseTo(100.0, within(1e-6));
    }
    Range shares = DatasetUtils.findRangeBounds(dataset);
    assertThat(shares.getLowerBound()).isGreaterThanOrEqualTo(0.0);
  }

  @Test
  void comparisonBars_whiskersSpanExactlyTheConfidenceInterval() {
    Map<String, Interval> a = new LinkedHashMap<>();
    a.put("Bookings", new Interval(10.0, 9.0, 11.0));
    Map<String, Interval> b = new LinkedHashMap<>();
    b.put("Bookings", new Interval(12.0, 11.5, 12.5));
    DefaultStatisticalCategoryDataset dataset = ComparisonChart.dataset(LINES, List.of(a, b));
    assertThat(dataset.getMeanValue("split-weighted", "Bookings").doubleValue()).isEqualTo(12.0);
    assertThat(dataset.getStdDevValue("split-weighted", "Bookings").doubleValue()).isEqualTo(0.5);
    Range range = DatasetUtils.findRangeBounds(dataset, true);
    assertThat(range.getLowerBound()).isEqualTo(9.0);
    assertThat(range.getUpperBound()).isEqualTo(12.5);
  }

  @Test
  void tornado_rowsInTheGivenOrder_lowThenHigh() {
    DefaultStatisticalCategoryDataset dataset =
        TornadoChart.dataset(
            List.of(
                new TornadoChart.Row("a", new Interval(-5, -6, -4), new Interval(4, 3, 5)),
                new TornadoChart.Row("b", new Interval(1, 0, 2), new Interval(-1, -2, 0))),
            "low",
            "high");
    assertThat(keys(dataset.getColumnKeys())).containsExactly("a", "b");
    assertThat(keys(dataset.getRowKeys())).containsExactly("low", "high");
    assertThat(dataset.getMeanValue("low", "a").doubleValue()).isEqualTo(-5);
    assertThat(DatasetUtils.findRangeBounds(dataset, true)).isEqualTo(new Range(-6, 5));
  }

  @Test
  void drawdown_isZeroUntilTheVariantsPart_thenTheRelativeChange() {
    Line plan = LINES.get(0);
    Line other = LINES.get(1);
    XYSeriesCollection dataset = StressChart.drawdownDataset(table, plan, List.of(other));
    double[] base = table.series(plan.key(), "bookings_total", Stat.MEAN);
    double[] shocked = table.series(other.key(), "bookings_total", Stat.MEAN);
    for (int m = 0; m < base.length; m++) {
      double y = dataset.getYValue(0, m);
      if (base[m] > 0) {
        assertThat(y).isCloseTo(100 * (shocked[m] / base[m] - 1), within(1e-9));
      } else {
        assertThat(y).isNaN();
      }
    }
  }

  @Test
  void distribution_sharesOfRunsAddUpTo100_binsShared() {
    Histogram histogram =
        Histogram.read(folder.resolve("runs.csv"), List.of("bookings_total")).get("bookings_total");
    XYIntervalSeriesCollection dataset = DistributionChart.dataset(histogram, LINES);
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      double total = 0;
      for (int b = 0; b < dataset.getItemCount(s); b++) {
        total += dataset.getYValue(s, b);
        assertThat(dataset.getStartXValue(s, b)).isEqualTo(dataset.getStartXValue(0, b));
      }
      assertThat(total).isCloseTo(100.0, within(1e-9));
    }
  }

  @Test
  void sweep_lineEndNames_neverCloserThanATwentiethOfTheRange() {
    List<SweepChart.Curve> curves =
        List.of(
            new SweepChart.Curve(
                "a",
                ChartStyle.scenario(0),
                List.of(1.0, 2.0),
                List.of(new Interval(0, 0, 0), new Interval(50, 50, 50)),
                0),
            new SweepChart.Curve(
                "b",
                ChartStyle.scenario(0),
                List.of(1.0, 2.0),
                List.of(new Interval(100, 100, 100), new Interval(51, 51, 51)),
                0),
            new SweepChart.Curve(
                "c",
                ChartStyle.scenario(0),
                List.of(1.0, 2.0),
                List.of(new Interval(10, 10, 10), new Interval(0, 0, 0)),
                0));
    double[] at = SweepChart.labelHeights(curves);
    assertThat(at[0]).isEqualTo(50);
    assertThat(at[1]).isEqualTo(55);
    assertThat(at[2]).isEqualTo(3); // lifted clear of the axis: 0.6 of the gap
  }

  /** JFreeChart's key lists are raw; as text they compare cleanly. */
  private static List<String> keys(List<?> raw) {
    return raw.stream().map(String::valueOf).toList();
  }

  @Test
  void sweepMarks_putEachLabelOnALineOfItsOwn() {
    SweepChart.Curve curve =
        new SweepChart.Curve(
            "Contribution",
            java.awt.Color.BLACK,
            List.of(1.0, 2.0, 3.0),
            List.of(new Interval(1, 0, 2), new Interval(2, 1, 3), new Interval(1, 0, 2)),
            0f);
    Chart chart =
        SweepChart.of(
            "s", "t", null, "x", null, "y", AxisFormats.compact(), List.of(curve),
            List.of(
                new SweepChart.Mark(2, "outbound on from 2\u00d7"),
                new SweepChart.Mark(1, "contribution peaks at 1\u00d7")),
            List.of(), null, true);
    var markers =
        chart.chart().getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
    List<Double> tops = new java.util.ArrayList<>();
    for (Object m : markers) {
      tops.add(((org.jfree.chart.plot.ValueMarker) m).getLabelOffset().getTop());
    }
    assertThat(tops).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void netNewArr_isNewPlusExpansionLessChurned_ofTheMonthlyMeans_withChurnBelowZero() {
    for (Line line : LINES) {
      double[] won = table.series(line.key(), "new_arr", Stat.MEAN);
      double[] grown = table.series(line.key(), "expansion_arr", Stat.MEAN);
      double[] lost = table.series(line.key(), "churned_arr", Stat.MEAN);
      XYSeriesCollection net = NetNewArrChart.net(table, line);
      DefaultTableXYDataset flows = NetNewArrChart.flows(table, line);
      assertThat(net.getItemCount(0)).isEqualTo(table.months());
      for (int m = 0; m < table.months(); m++) {
        assertThat(net.getYValue(0, m)).isEqualTo(won[m] + grown[m] - lost[m]);
        assertThat(flows.getYValue(0, m)).isEqualTo(won[m]);
        assertThat(flows.getYValue(1, m)).isEqualTo(grown[m]);
        assertThat(flows.getYValue(2, m)).isEqualTo(-lost[m]);
      }
    }
    // Month by month, ARR moves by exactly those flows (the model's renewal identity, of means).
    double[] arr = table.series("mixed-flat", "arr", Stat.MEAN);
    XYSeriesCollection net = NetNewArrChart.net(table, LINES.get(0));
    for (int m = 1; m < table.months(); m++) {
      assertThat(arr[m] - arr[m - 1])
          .isCloseTo(net.getYValue(0, m), within(1e-6 * Math.abs(arr[m])));
    }
  }

  /**
   * The net's shade is the month's own net new ARR across runs: monthly.csv carries it, its mean
   * is the flows' means netted (means are linear), and its P5-P95 spans the mean.
   */
  @Test
  void netNewArr_hasItsOwnPercentiles_whoseMeanIsTheNetOfTheFlows() {
    for (Line line : LINES) {
      assertThat(table.has(line.key(), "net_new_arr")).isTrue();
      double[] mean = table.series(line.key(), "net_new_arr", Stat.MEAN);
      double[] p5 = table.series(line.key(), "net_new_arr", Stat.P5);
      double[] p95 = table.series(line.key(), "net_new_arr", Stat.P95);
      XYSeriesCollection net = NetNewArrChart.net(table, line);
      for (int m = 0; m < table.months(); m++) {
        assertThat(mean[m])
            .isCloseTo(net.getYValue(0, m), within(1e-9 * Math.max(1.0, Math.abs(mean[m]))));
        assertThat(p5[m]).isLessThan(p95[m]);
        assertThat(mean[m]).isBetween(p5[m], p95[m]);
      }
    }
  }

  @Test
  void horizonValue_stacksRealisedThenExpected_perScenario() {
    List<HorizonValueChart.Split> splits =
        List.of(
            new HorizonValueChart.Split(LINES.get(0), 30.0, 1.0, 50.0, "total 81"),
            new HorizonValueChart.Split(LINES.get(1), -2.0, 0.5, 40.0, "total 38.5"));
    DefaultCategoryDataset dataset = HorizonValueChart.dataset(splits);
    assertThat(keys(dataset.getRowKeys())).containsExactlyElementsOf(HorizonValueChart.PARTS);
    assertThat(keys(dataset.getColumnKeys())).containsExactly("mixed-flat", "split-weighted");
    assertThat(dataset.getValue(HorizonValueChart.PARTS.get(0), "split-weighted").doubleValue())
        .isEqualTo(-2.0);
    // A negative contribution stacks below zero, the expected parts above it.
    Range range = DatasetUtils.findStackedRangeBounds(dataset);
    assertThat(range.getLowerBound()).isEqualTo(-2.0);
    assertThat(range.getUpperBound()).isEqualTo(81.0);
    assertThat(HorizonValueChart.of("v", "t", splits, "USD").height()).isGreaterThanOrEqualTo(440);
  }
}
