package salesim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.report.Fixtures;
import salesim.report.chart.MonthlyTable.Stat;

/** The fan chart draws monthly.csv's numbers, unchanged: charts and tables agree. */
final class FanChartTest {

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
  void band_finalMonthPercentiles_equalTheMonthlyCsvRow() throws IOException {
    YIntervalSeriesCollection inner =
        FanChart.band(table, LINES, "bookings_total", Stat.P25, Stat.P75);
    YIntervalSeriesCollection outer =
        FanChart.band(table, LINES, "bookings_total", Stat.P5, Stat.P95);
    int months = table.months();
    for (int s = 0; s < LINES.size(); s++) {
      // The row as the file has it, read without MonthlyTable.
      String prefix = LINES.get(s).key() + "," + months + ",bookings_total,";
      String row =
          Files.readAllLines(folder.resolve("monthly.csv")).stream()
              .filter(l -> l.startsWith(prefix))
              .findFirst()
              .orElseThrow();
      String[] f = row.split(",");
      int last = inner.getItemCount(s) - 1;
      assertThat(inner.getXValue(s, last)).isEqualTo(months);
      assertThat(inner.getYValue(s, last)).isEqualTo(Double.parseDouble(f[6])); // p50
      assertThat(inner.getStartYValue(s, last)).isEqualTo(Double.parseDouble(f[5])); // p25
      assertThat(inner.getEndYValue(s, last)).isEqualTo(Double.parseDouble(f[7])); // p75
      assertThat(outer.getStartYValue(s, last)).isEqualTo(Double.parseDouble(f[4])); // p5
      assertThat(outer.getEndYValue(s, last)).isEqualTo(Double.parseDouble(f[8])); // p95
    }
  }

  @Test
  void band_rangeSpansTheP5ToP95OfEveryMonth() {
    YIntervalSeriesCollection outer =
        FanChart.band(table, LINES, "bookings_total", Stat.P5, Stat.P95);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Line line : LINES) {
      for (double v : table.series(line.key(), "bookings_total", Stat.P5)) {
        lo = Math.min(lo, v);
      }
      for (double v : table.series(line.key(), "bookings_total", Stat.P95)) {
        hi = Math.max(hi, v);
      }
    }
    Range range = DatasetUtils.findRangeBounds(outer, true);
    assertThat(range.getLowerBound()).isEqualTo(lo);
    assertThat(range.getUpperBound()).isEqualTo(hi);
    assertThat(DatasetUtils.findDomainBounds(outer)).isEqualTo(new Range(1, table.months()));
  }

  @Test
  void of_shadesEachShockOverTheMonthsItCovers() {
    Chart chart =
        FanChart.of(
            "fan",
            "t",
            table,
            LINES.subList(0, 1),
            "bookings_total",
            "y",
            List.of(new FanChart.Window("deep V", 6, 3)));
    XYPlot plot = (XYPlot) chart.chart().getPlot();
    IntervalMarker marker =
        (IntervalMarker) plot.getDomainMarkers(Layer.BACKGROUND).iterator().next();
    // Months 7, 8 and 9 (1-based), drawn at x = 7, 8, 9.
    assertThat(marker.getStartValue()).isCloseTo(6.5, within(1e-12));
    assertThat(marker.getEndValue()).isCloseTo(9.5, within(1e-12));
    assertThat(marker.getLabel()).isEqualTo("deep V");
  }

  @Test
  void of_severalScenarios_onePanelEach_onOneScale() {
    Chart chart = FanChart.of("fan", "t", table, LINES, "bookings_total", "y", List.of());
    CombinedRangeXYPlot plot = (CombinedRangeXYPlot) chart.chart().getPlot();
    assertThat((List<?>) plot.getSubplots()).hasSize(2);
    // Each panel's own fan is its scenario's: the median series of panel 1 is split-weighted's.
    YIntervalSeriesCollection median =
        (YIntervalSeriesCollection) plot.getSubplots().get(1).getDataset(1);
    assertThat(String.valueOf(median.getSeriesKey(0))).isEqualTo("split-weighted");
  }
}
