package salesim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import salesim.report.chart.MonthlyTable.Stat;

/**
 * A fan chart of a monthly metric: per scenario the median month (line), the middle half of runs
 * (P25–P75, darker band) and nine runs in ten (P5–P95, lighter band), with shock windows shaded.
 * The numbers are monthly.csv's, unchanged.
 */
public final class FanChart {

  /**
   * A shaded period, in the scenario's own terms.
   *
   * @param label what the shading is called (the shock's name)
   * @param startMonth the month it starts, 0-based as in scenario files
   * @param durationMonths how long it lasts; 0 when only the start is known (a line is drawn)
   */
  public record Window(String label, double startMonth, double durationMonths) {}

  /** Transparency of the P25–P75 band; exactly representable, so SVG prints it the same. */
  static final float INNER_ALPHA = 0.375f;

  /** Transparency of the P5–P95 band. */
  static final float OUTER_ALPHA = 0.125f;

  private FanChart() {}

  /**
   * The fan chart.
   *
   * @param metric a monthly metric key, e.g. bookings_total
   * @param yLabel the value axis label, with its unit
   */
  public static Chart of(
      String name,
      String title,
      MonthlyTable table,
      List<Line> lines,
      String metric,
      String yLabel,
      List<Window> windows) {
    NumberAxis values = new NumberAxis(yLabel);
    values.setNumberFormatOverride(AxisFormats.compact());
    values.setAutoRangeIncludesZero(true);
    org.jfree.chart.plot.Plot plot;
    String explain =
        "Line: the median month. Bands: the middle half of runs (P25\u2013P75) and nine in ten"
            + " (P5\u2013P95).";
    if (lines.size() == 1) {
      plot = panel(table, lines, 0, metric, values, windows);
    } else {
      // Overlaid fans blur into one another: one panel per scenario on a shared scale, with the
      // other scenarios' medians as thin lines for reference.
      CombinedRangeXYPlot combined = new CombinedRangeXYPlot(values);
      combined.setGap(16);
      for (int i = 0; i < lines.size(); i++) {
        combined.add(panel(table, lines, i, metric, null, windows), 1);
      }
      plot = combined;
      explain += " Thin: the other plans' medians.";
    }
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    if (plot instanceof XYPlot single) {
      single.setFixedLegendItems(legend(lines));
    } else {
      ((CombinedRangeXYPlot) plot).setFixedLegendItems(legend(lines));
    }
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(new TextTitle(explain, ChartStyle.font(16f)));
    ChartStyle.apply(chart);
    if (plot instanceof CombinedRangeXYPlot combined) {
      for (XYPlot sub : combined.getSubplots()) {
        ChartStyle.xy(sub);
      }
    }
    return Chart.of(name, chart);
  }

  /** The fan of scenario {@code index}, and (with several) the others' medians as thin lines. */
  private static XYPlot panel(
      MonthlyTable table,
      List<Line> lines,
      int index,
      String metric,
      NumberAxis values,
      List<Window> windows) {
    Line line = lines.get(index);
    NumberAxis months = new NumberAxis("Month");
    AxisFormats.months(months);
    months.setRange(0.5, table.months() + 0.5);
    DeviationRenderer median = new DeviationRenderer(true, false);
    median.setAlpha(INNER_ALPHA);
    median.setSeriesPaint(0, line.colour());
    median.setSeriesFillPaint(0, line.colour());
    median.setSeriesStroke(0, ChartStyle.line(3.5f, 0));
    DeviationRenderer spread = new DeviationRenderer(false, false);
    spread.setAlpha(OUTER_ALPHA);
    spread.setSeriesPaint(0, line.colour());
    spread.setSeriesFillPaint(0, line.colour());
    // The plot draws the last dataset first: the wide band, then the median with its band, then
    // the other plans' medians on top, so no band tints them.
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(months);
    if (values != null) {
      plot.setRangeAxis(values);
    }
    plot.setDataset(1, band(table, List.of(line), metric, Stat.P25, Stat.P75));
    plot.setRenderer(1, median);
    plot.setDataset(2, band(table, List.of(line), metric, Stat.P5, Stat.P95));
    plot.setRenderer(2, spread);
    if (lines.size() > 1) {
      XYSeriesCollection others = new XYSeriesCollection();
      XYLineAndShapeRenderer thin = new XYLineAndShapeRenderer(true, false);
      for (Line other : lines) {
        if (other == line) {
          continue;
        }
        XYSeries series = new XYSeries(other.label(), false, true);
        double[] p50 = table.series(other.key(), metric, Stat.P50);
        for (int m = 0; m < p50.length; m++) {
          series.add(m + 1, p50[m]);
        }
        thin.setSeriesPaint(others.getSeriesCount(), other.colour());
        thin.setSeriesStroke(others.getSeriesCount(), ChartStyle.line(1.75f, 0));
        others.addSeries(series);
      }
      plot.setDataset(0, others);
      plot.setRenderer(0, thin);
      ChartStyle.panelTitle(plot, line, 0.02);
    }
    shade(plot, windows, table.months());
    return plot;
  }

  /**
   * One band per scenario: the median month with a lower and an upper percentile (x is the 1-based
   * month). Package-private so tests compare it with monthly.csv.
   */
  static YIntervalSeriesCollection band(
      MonthlyTable table, List<Line> lines, String metric, Stat low, Stat high) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    for (Line line : lines) {
      double[] mid = table.series(line.key(), metric, Stat.P50);
      double[] lo = table.series(line.key(), metric, low);
      double[] hi = table.series(line.key(), metric, high);
      YIntervalSeries series = new YIntervalSeries(line.label(), false, true);
      for (int m = 0; m < mid.length; m++) {
        series.add(m + 1, mid[m], lo[m], hi[m]);
      }
      dataset.addSeries(series);
    }
    return dataset;
  }

  /** Shades each window over the months it covers (month m is drawn at x = m). */
  static void shade(XYPlot plot, List<Window> windows, int months) {
    for (Window w : windows) {
      if (w.durationMonths() == 0) {
        plot.addDomainMarker(startLine(w.startMonth() + 0.5, w.label()), Layer.FOREGROUND);
        continue;
      }
      double start = Math.max(0.5, w.startMonth() + 0.5);
      double end = Math.min(months + 0.5, w.startMonth() + w.durationMonths() + 0.5);
      if (end <= start) {
        continue;
      }
      IntervalMarker marker = new IntervalMarker(start, end, ChartStyle.SHOCK);
      marker.setLabel(w.label());
      marker.setLabelFont(ChartStyle.font(15f));
      marker.setLabelPaint(ChartStyle.INK);
      marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      // Below the panel's own title, which sits in the top-left corner too.
      marker.setLabelOffset(new RectangleInsets(38, 6, 6, 6));
      marker.setLabelBackgroundColor(ChartStyle.SHOCK);
      plot.addDomainMarker(marker, Layer.BACKGROUND);
    }
  }

  /** A dashed line where something starts, labelled at the top. */
  static org.jfree.chart.plot.ValueMarker startLine(double x, String label) {
    org.jfree.chart.plot.ValueMarker marker =
        new org.jfree.chart.plot.ValueMarker(x, ChartStyle.INK, ChartStyle.line(2f, 8f));
    marker.setLabel(label);
    marker.setLabelFont(ChartStyle.font(15f));
    marker.setLabelPaint(ChartStyle.INK);
    marker.setLabelBackgroundColor(Color.WHITE);
    // Right of the line and below the panel titles, which sit at the top left.
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelOffset(new RectangleInsets(44, 8, 8, 8));
    return marker;
  }

  /** One line per scenario, then what the two band shades mean. */
  private static LegendItemCollection legend(List<Line> lines) {
    LegendItemCollection items = new LegendItemCollection();
    for (Line line : lines) {
      items.add(lineItem(line.label(), line.colour(), ChartStyle.line(3.5f, 0)));
    }
    Color sample = lines.size() == 1 ? lines.get(0).colour() : ChartStyle.MUTED;
    items.add(boxItem("P25\u2013P75", ChartStyle.tint(sample, 1 - INNER_ALPHA)));
    items.add(boxItem("P5\u2013P95", ChartStyle.tint(sample, 1 - OUTER_ALPHA)));
    return items;
  }

  static LegendItem lineItem(String label, Color colour, java.awt.Stroke stroke) {
    LegendItem item =
        new LegendItem(label, null, null, null, new Line2D.Double(-18, 0, 18, 0), stroke, colour);
    item.setLabelFont(ChartStyle.font(17f));
    item.setLabelPaint(ChartStyle.INK);
    return item;
  }

  static LegendItem boxItem(String label, Color colour) {
    LegendItem item = new LegendItem(label, colour);
    item.setShape(new Rectangle2D.Double(-9, -9, 18, 18));
    item.setOutlinePaint(colour);
    item.setOutlineStroke(new BasicStroke(0.5f));
    item.setLabelFont(ChartStyle.font(17f));
    item.setLabelPaint(ChartStyle.INK);
    return item;
  }
}
