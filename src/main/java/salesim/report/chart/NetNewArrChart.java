package salesim.report.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import salesim.model.MonthlyMetric;
import salesim.report.chart.MonthlyTable.Stat;

/**
 * Net new ARR month by month, one panel per scenario on a shared scale: the month's new and
 * expansion ARR as bars above zero, churned ARR below it, and the net (new + expansion − churned)
 * as a line, each the mean of the runs. Means add up, so the line is exactly the bars' sum.
 * Percentiles do not (the median of a sum is not the sum of medians), and monthly.csv keeps each
 * flow's percentiles rather than the net's, so no band is drawn here: the ARR fan shows the
 * spread of where the months add up to.
 */
public final class NetNewArrChart {

  /** A flow of ARR: its monthly metric, legend label, colour, and +1 (adds) or −1 (takes away). */
  record Flow(String metric, String label, Color colour, int sign) {}

  /** The flows, from the bottom of the positive stack up, then the one drawn below zero. */
  static final List<Flow> FLOWS =
      List.of(
          new Flow(MonthlyMetric.NEW_ARR.key(), "New ARR (deals won)", new Color(0x3B, 0x6F, 0xB6), 1),
          new Flow(MonthlyMetric.EXPANSION_ARR.key(), "Expansion", new Color(0x9E, 0xC4, 0xE8), 1),
          new Flow(MonthlyMetric.CHURNED_ARR.key(), "Churned", new Color(0xC8, 0x55, 0x3D), -1));

  private NetNewArrChart() {}

  /**
   * The chart; {@code yLabel} is each panel's value axis label, with its currency, and {@code
   * windows} the shock windows to shade.
   */
  public static Chart of(
      String name,
      String title,
      MonthlyTable table,
      List<Line> lines,
      String yLabel,
      List<FanChart.Window> windows) {
    NumberAxis months = new NumberAxis("Month");
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(months);
    plot.setGap(18);
    double low = 0.0;
    double high = 0.0;
    for (Line line : lines) {
      DefaultTableXYDataset flows = flows(table, line);
      for (int m = 0; m < flows.getItemCount(); m++) {
        double up = 0.0;
        double down = 0.0;
        for (int f = 0; f < FLOWS.size(); f++) {
          double v = flows.getYValue(f, m);
          if (v > 0) {
            up += v;
          } else {
            down += v;
          }
        }
        high = Math.max(high, up);
        low = Math.min(low, down);
      }
      if (banded(table, line)) {
        for (double v : table.series(line.key(), NET, Stat.P5)) {
          low = Math.min(low, v);
        }
        for (double v : table.series(line.key(), NET, Stat.P95)) {
          high = Math.max(high, v);
        }
      }
    }
    boolean anyBand = false;
    // Every panel on the same scale, so the scenarios' months compare at a glance.
    double pad = 0.06 * Math.max(high - low, 1.0);
    for (Line line : lines) {
      NumberAxis values = new NumberAxis(yLabel);
      values.setNumberFormatOverride(AxisFormats.compact());
      values.setRange(low - pad, high + pad);
      StackedXYBarRenderer bars = new StackedXYBarRenderer(0.2);
      bars.setDrawBarOutline(false);
      bars.setShadowVisible(false);
      for (int f = 0; f < FLOWS.size(); f++) {
        bars.setSeriesPaint(f, FLOWS.get(f).colour());
      }
      XYLineAndShapeRenderer net = new XYLineAndShapeRenderer(true, false);
      net.setSeriesPaint(0, ChartStyle.INK);
      net.setSeriesStroke(0, ChartStyle.line(3f, 0));
      // The plot draws the last dataset first: the bars, then the net line over them.
      XYPlot panel = new XYPlot();
      panel.setRangeAxis(values);
      panel.setDataset(0, net(table, line));
      panel.setRenderer(0, net);
      panel.setDataset(1, flows(table, line));
      panel.setRenderer(1, bars);
      if (banded(table, line)) {
        // Behind the bars: how far a month's net spreads from run to run (an output from before
        // the net had its own percentiles draws without it).
        DeviationRenderer spread = new DeviationRenderer(false, false);
        spread.setAlpha(FanChart.OUTER_ALPHA * 2);
        spread.setSeriesPaint(0, ChartStyle.MUTED);
        spread.setSeriesFillPaint(0, ChartStyle.MUTED);
        panel.setDataset(2, FanChart.band(table, List.of(line), NET, Stat.P5, Stat.P95));
        panel.setRenderer(2, spread);
        anyBand = true;
      }
      panel.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, ChartStyle.line(1.5f, 0)));
      FanChart.shade(panel, windows, table.months());
      ChartStyle.xy(panel);
      ChartStyle.panelTitle(panel, line, 0.01);
      plot.add(panel, 1);
    }
    LegendItemCollection legend = new LegendItemCollection();
    for (Flow flow : FLOWS) {
      legend.add(FanChart.boxItem(flow.label(), flow.colour()));
    }
    legend.add(FanChart.lineItem("Net new ARR", ChartStyle.INK, ChartStyle.line(3f, 0)));
    if (anyBand) {
      legend.add(FanChart.boxItem("Net new ARR, P5–P95 of runs", SHADE_IN_LEGEND));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(
        new TextTitle(
            anyBand
                ? "Mean of the runs. Bars: ARR won and expanded (up) and churned (down); line: the"
                    + " net; shade: nine runs in ten."
                : "Mean of the runs. Bars: ARR won and expanded (up) and churned (down); line: the net.",
            ChartStyle.font(16f)));
    AxisFormats.months(months);
    months.setRange(0.5, table.months() + 0.5);
    ChartStyle.apply(chart);
    for (Object panel : plot.getSubplots()) {
      ChartStyle.xy((XYPlot) panel);
    }
    int height = 230 + 300 * lines.size();
    return new Chart(name, chart, ChartStyle.WIDTH, Math.max(ChartStyle.HEIGHT, height));
  }

  private static final String NET = MonthlyMetric.NET_NEW_ARR.key();
  /** The band's grey as it shows on white (MUTED at the band's alpha), for its legend box. */
  private static final Color SHADE_IN_LEGEND = new Color(0xD4, 0xD4, 0xD4);

  private static boolean banded(MonthlyTable table, Line line) {
    return table.has(line.key(), NET);
  }

  /** The flows of one scenario by month (mean of runs), churned ARR negative. */
  static DefaultTableXYDataset flows(MonthlyTable table, Line line) {
    DefaultTableXYDataset dataset = new DefaultTableXYDataset();
    for (Flow flow : FLOWS) {
      double[] mean = table.series(line.key(), flow.metric(), Stat.MEAN);
      XYSeries series = new XYSeries(flow.label(), false, false);
      for (int m = 0; m < mean.length; m++) {
        series.add(m + 1, flow.sign() * mean[m]);
      }
      dataset.addSeries(series);
    }
    return dataset;
  }

  /** Net new ARR of one scenario by month: the sum of its signed flows (mean of runs). */
  static XYSeriesCollection net(MonthlyTable table, Line line) {
    double[] sum = new double[table.months()];
    for (Flow flow : FLOWS) {
      double[] mean = table.series(line.key(), flow.metric(), Stat.MEAN);
      for (int m = 0; m < sum.length; m++) {
        sum[m] += flow.sign() * mean[m];
      }
    }
    XYSeries series = new XYSeries("Net new ARR", false, true);
    for (int m = 0; m < sum.length; m++) {
      series.add(m + 1, sum[m]);
    }
    return new XYSeriesCollection(series);
  }
}
