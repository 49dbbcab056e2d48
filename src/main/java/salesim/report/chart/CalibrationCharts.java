package salesim.report.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a calibration report, each the data beside what was fitted to it: monthly lead
 * counts and the fitted rate, the Kaplan–Meier survival of each stage beside the fitted gamma,
 * deal values (won, lost and open) beside the fitted lognormal density, and the back-test's simulated fan with
 * the company's actual months. The numbers come from calibration.json, unchanged.
 */
public final class CalibrationCharts {

  private CalibrationCharts() {}

  /** One stage's curves: the empirical step curve and the fitted one, as (x, y) points. */
  public record StageLines(String stage, double[] kmTimes, double[] kmSurvival, double[] fitTimes,
      double[] fitSurvival) {}

  /** Monthly leads: counts as bars, the fitted mean as a line; {@code months} label the axis. */
  public static Chart leads(String name, List<String> months, List<Long> counts,
      List<Double> fitted) {
    XYSeries bars = new XYSeries("Inbound leads in the month", false, true);
    XYSeries line = new XYSeries("Fitted mean (Poisson regression)", false, true);
    for (int i = 0; i < months.size(); i++) {
      bars.add(i, counts.get(i));
      if (i < fitted.size()) {
        line.add(i, fitted.get(i));
      }
    }
    SymbolAxis axis = new SymbolAxis("Month", months.toArray(new String[0]));
    axis.setGridBandsVisible(false);
    axis.setVerticalTickLabels(true);
    NumberAxis values = new NumberAxis("Leads per month");
    values.setNumberFormatOverride(AxisFormats.count());
    XYPlot plot = new XYPlot(new XYSeriesCollection(bars), axis, values, bars(0.2));
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setSeriesPaint(0, ChartStyle.scenario(1));
    lineRenderer.setSeriesStroke(0, ChartStyle.line(3.5f, 0));
    plot.setDataset(1, new XYSeriesCollection(line));
    plot.setRenderer(1, lineRenderer);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(FanChart.boxItem("Inbound leads in the month", ChartStyle.tint(ChartStyle.scenario(0), 0.45)));
    if (!fitted.isEmpty()) {
      legend.add(FanChart.lineItem("Fitted mean (Poisson regression)", ChartStyle.scenario(1),
          ChartStyle.line(3.5f, 0)));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart("Inbound leads month by month", ChartStyle.font(16f), plot,
        true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    ChartStyle.apply(chart);
    axis.setTickLabelFont(ChartStyle.font(13f));
    return Chart.of(name, chart);
  }

  /** Survival in each stage of a path: data (steps, solid) beside the fitted gamma (dashed). */
  public static Chart survival(String name, String title, List<StageLines> stages) {
    XYSeriesCollection km = new XYSeriesCollection();
    XYSeriesCollection fit = new XYSeriesCollection();
    XYStepRenderer steps = new XYStepRenderer();
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    LegendItemCollection legend = new LegendItemCollection();
    double maxX = 1;
    for (int i = 0; i < stages.size(); i++) {
      StageLines s = stages.get(i);
      XYSeries a = new XYSeries(s.stage() + " (data)", false, true);
      for (int k = 0; k < s.kmTimes().length; k++) {
        a.add(s.kmTimes()[k], s.kmSurvival()[k]);
        maxX = Math.max(maxX, s.kmTimes()[k]);
      }
      XYSeries b = new XYSeries(s.stage() + " (fitted)", false, true);
      for (int k = 0; k < s.fitTimes().length; k++) {
        b.add(s.fitTimes()[k], s.fitSurvival()[k]);
      }
      km.addSeries(a);
      fit.addSeries(b);
      Color colour = ChartStyle.scenario(i);
      steps.setSeriesPaint(i, colour);
      steps.setSeriesStroke(i, ChartStyle.line(2.5f, 0));
      lines.setSeriesPaint(i, colour);
      lines.setSeriesStroke(i, ChartStyle.line(2.5f, 8f));
      legend.add(FanChart.lineItem(s.stage(), colour, ChartStyle.line(3.5f, 0)));
    }
    NumberAxis x = new NumberAxis("Working days in the stage (at a cycle factor of 1)");
    x.setNumberFormatOverride(AxisFormats.count());
    NumberAxis y = new NumberAxis("Share of deals still in the stage");
    y.setRange(0, 1.02);
    y.setNumberFormatOverride(new java.text.DecimalFormat("0%",
        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
    XYPlot plot = new XYPlot(km, x, y, steps);
    plot.setDataset(1, fit);
    plot.setRenderer(1, lines);
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(new TextTitle("Solid steps: the deals (Kaplan-Meier; deals still in the"
        + " stage at the as-of date count as survivors so far). Dashed: the fitted gamma.",
        ChartStyle.font(16f)));
    ChartStyle.apply(chart);
    x.setRange(0, maxX * 1.02);
    return Chart.of(name, chart);
  }

  /**
   * Deal values: a histogram as a density (bars) beside the fitted lognormal density (line),
   * {@code fitted} given at the points {@code fitX}.
   */
  public static Chart values(String name, String title, List<Double> amounts, double[] fitX,
      double[] fitDensity, String currency) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : amounts) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double[] edges = Histogram.edges(min, max, Histogram.bins(amounts.size()));
    long[] counts = new long[edges.length - 1];
    for (double v : amounts) {
      counts[Histogram.bin(edges, v)]++;
    }
    XYSeries bars = new XYSeries("Deals (density)", false, true);
    double width = edges[1] - edges[0];
    for (int i = 0; i < counts.length; i++) {
      bars.add((edges[i] + edges[i + 1]) / 2, counts[i] / (amounts.size() * width));
    }
    XYSeries line = new XYSeries("Fitted lognormal", false, true);
    for (int i = 0; i < fitX.length; i++) {
      line.add(fitX[i], fitDensity[i]);
    }
    NumberAxis x = new NumberAxis("Deal value (" + currency + ")");
    x.setNumberFormatOverride(AxisFormats.compact());
    NumberAxis y = new NumberAxis("Density");
    y.setTickLabelsVisible(false);
    XYSeriesCollection barData = new XYSeriesCollection(bars);
    barData.setIntervalWidth(width);
    XYPlot plot = new XYPlot(barData, x, y, bars(0.05));
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setSeriesPaint(0, ChartStyle.scenario(1));
    lineRenderer.setSeriesStroke(0, ChartStyle.line(3.5f, 0));
    plot.setDataset(1, new XYSeriesCollection(line));
    plot.setRenderer(1, lineRenderer);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(FanChart.boxItem("Deals (" + amounts.size() + ", as a density)",
        ChartStyle.tint(ChartStyle.scenario(0), 0.45)));
    legend.add(FanChart.lineItem("Fitted lognormal", ChartStyle.scenario(1),
        ChartStyle.line(3.5f, 0)));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    ChartStyle.apply(chart);
    x.setRange(Math.min(0, edges[0]), edges[edges.length - 1]);
    return Chart.of(name, chart);
  }

  /** Flat bars in the first scenario colour, lightened: the data, behind the fitted line. */
  private static XYBarRenderer bars(double margin) {
    XYBarRenderer renderer = new XYBarRenderer(margin);
    renderer.setSeriesPaint(0, ChartStyle.tint(ChartStyle.scenario(0), 0.45));
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    return renderer;
  }

  /**
   * The back-test: the simulated months' P5–P95 and P25–P75 bands and median, and the company's
   * actual months as dots.
   */
  public static Chart backTest(String name, String title, String yLabel, List<String> months,
      List<Double> actual, List<Double> p5, List<Double> p25, List<Double> p50, List<Double> p75,
      List<Double> p95) {
    YIntervalSeries outer = new YIntervalSeries("Simulated P5\u2013P95");
    YIntervalSeries inner = new YIntervalSeries("Simulated P25\u2013P75 and median");
    XYSeries dots = new XYSeries("Actual", false, true);
    for (int i = 0; i < months.size(); i++) {
      outer.add(i, p50.get(i), p5.get(i), p95.get(i));
      inner.add(i, p50.get(i), p25.get(i), p75.get(i));
      dots.add(i, actual.get(i));
    }
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    bands.addSeries(inner);
    bands.addSeries(outer);
    Color colour = ChartStyle.scenario(0);
    DeviationRenderer fan = new DeviationRenderer(true, false);
    fan.setSeriesPaint(0, colour);
    fan.setSeriesFillPaint(0, colour);
    fan.setSeriesStroke(0, ChartStyle.line(3.5f, 0));
    fan.setSeriesPaint(1, ChartStyle.tint(colour, 0.6));
    fan.setSeriesFillPaint(1, colour);
    fan.setSeriesStroke(1, ChartStyle.line(0.5f, 0));
    fan.setAlpha(FanChart.INNER_ALPHA);
    SymbolAxis axis = new SymbolAxis("Held-out month", months.toArray(new String[0]));
    axis.setGridBandsVisible(false);
    NumberAxis values = new NumberAxis(yLabel);
    values.setNumberFormatOverride(AxisFormats.compact());
    values.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(bands, axis, values, fan);
    XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
    points.setSeriesPaint(0, ChartStyle.scenario(1));
    points.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
    plot.setDataset(1, new XYSeriesCollection(dots));
    plot.setRenderer(1, points);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(FanChart.lineItem("Simulated median", colour, ChartStyle.line(3.5f, 0)));
    legend.add(FanChart.boxItem("Simulated P25\u2013P75", ChartStyle.tint(colour, 0.55)));
    legend.add(FanChart.boxItem("Simulated P5\u2013P95", ChartStyle.tint(colour, 0.8)));
    legend.add(FanChart.boxItem("Actual", ChartStyle.scenario(1)));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    ChartStyle.apply(chart);
    axis.setRange(-0.5, months.size() - 0.5);
    return Chart.of(name, chart);
  }
}
