package salesim.report.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * How much the outcome varies from run to run: a histogram of one total per scenario (the share of
 * its runs in each bin), one panel per scenario on a shared axis so the shapes line up, each with
 * its median dashed. Overlaid translucent bars would mix the scenarios' colours into a third.
 */
public final class DistributionChart {

  private DistributionChart() {}

  /**
   * The chart.
   *
   * @param medians each scenario's median (summary.json's p50), in {@code lines} order
   * @param xLabel the value axis label, with unit and currency
   */
  public static Chart of(
      String name,
      String title,
      Histogram histogram,
      List<Line> lines,
      double[] medians,
      String xLabel) {
    NumberAxis values = new NumberAxis(xLabel);
    values.setNumberFormatOverride(AxisFormats.compact());
    values.setAutoRangeIncludesZero(false);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(values);
    plot.setGap(14);
    double top = 0;
    for (int i = 0; i < lines.size(); i++) {
      XYIntervalSeriesCollection one = dataset(histogram, List.of(lines.get(i)));
      for (int b = 0; b < one.getItemCount(0); b++) {
        top = Math.max(top, one.getYValue(0, b));
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      NumberAxis share = new NumberAxis("% of runs");
      share.setNumberFormatOverride(AxisFormats.percent());
      share.setRange(0, top * 1.25);
      XYBarRenderer renderer = new XYBarRenderer();
      renderer.setBarPainter(new StandardXYBarPainter());
      renderer.setShadowVisible(false);
      renderer.setDrawBarOutline(true);
      renderer.setSeriesPaint(0, line.colour());
      renderer.setSeriesOutlinePaint(0, Color.WHITE);
      XYPlot panel = new XYPlot(dataset(histogram, List.of(line)), null, share, renderer);
      ValueMarker median = new ValueMarker(medians[i], ChartStyle.INK, ChartStyle.line(2.5f, 9f));
      panel.addDomainMarker(median, Layer.FOREGROUND);
      ChartStyle.panelTitle(panel, line, 0.01);
      plot.add(panel, 1);
    }
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, false);
    chart.addSubtitle(
        new TextTitle(
            "Each bar: the share of runs that ended in that range. Dashed line: the median run.",
            ChartStyle.font(16f)));
    ChartStyle.apply(chart);
    for (XYPlot panel : plot.getSubplots()) {
      ChartStyle.xy(panel);
    }
    int height = lines.size() == 1 ? ChartStyle.HEIGHT : 200 + 250 * lines.size();
    return new Chart(name, chart, ChartStyle.WIDTH, Math.max(ChartStyle.HEIGHT, height));
  }

  /** One series per scenario: bins as x intervals, the percentage of its runs as y. */
  static XYIntervalSeriesCollection dataset(Histogram histogram, List<Line> lines) {
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    double[] edges = histogram.edges();
    for (Line line : lines) {
      long[] counts = histogram.counts(line.key());
      double runs = histogram.runs(line.key());
      XYIntervalSeries series = new XYIntervalSeries(line.label(), false, true);
      for (int b = 0; b < counts.length; b++) {
        double share = runs > 0 ? 100.0 * counts[b] / runs : 0.0;
        double mid = (edges[b] + edges[b + 1]) / 2;
        series.add(mid, edges[b], edges[b + 1], share, share, share);
      }
      dataset.addSeries(series);
    }
    return dataset;
  }
}
