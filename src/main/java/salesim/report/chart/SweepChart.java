package salesim.report.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A measure across a sweep's grid: one line per curve (a metric, or a value of the second varied
 * parameter) with its 95 % confidence band, and the break-even points marked.
 */
public final class SweepChart {

  /**
   * One line across the grid.
   *
   * @param label legend text
   * @param colour line and band colour
   * @param x grid positions (values of the varied parameter, or 0, 1, ... for named values)
   * @param y the mean and CI at each position
   * @param dash 0 for a solid line, else the dash length
   */
  public record Curve(String label, Color colour, List<Double> x, List<Interval> y, float dash) {
    public Curve {
      x = List.copyOf(x);
      y = List.copyOf(y);
      if (x.size() != y.size()) {
        throw new IllegalArgumentException("a curve needs one value per grid point");
      }
    }
  }

  /** A vertical line at a grid position, with a short label. */
  public record Mark(double x, String label) {}

  /** A grid point to ring, e.g. where a curve peaks. */
  public record Point(double x, double y, Color colour) {}

  /**
   * A horizontal reference line (e.g. the 5 % outbound threshold), in the value axis's units; its
   * label is a sentence for the subtitle that says what the line is.
   */
  public record Threshold(double y, String label) {}

  /** Band transparency: exactly representable, so SVG prints it the same everywhere. */
  static final float BAND_ALPHA = 0.25f;

  private SweepChart() {}

  /**
   * The chart.
   *
   * @param names the grid values' names when they are not numbers (null when they are)
   * @param labelEnds name each line at its right end instead of in a legend (few lines)
   */
  public static Chart of(
      String name,
      String title,
      String subtitle,
      String xLabel,
      List<String> names,
      String yLabel,
      NumberFormat yFormat,
      List<Curve> curves,
      List<Mark> marks,
      List<Point> points,
      Threshold threshold,
      boolean labelEnds) {
    YIntervalSeriesCollection dataset = dataset(curves);
    ValueAxis xAxis;
    if (names != null) {
      SymbolAxis symbols = new SymbolAxis(xLabel, names.toArray(new String[0]));
      symbols.setGridBandsVisible(false);
      xAxis = symbols;
    } else {
      NumberAxis numbers = new NumberAxis(xLabel);
      numbers.setAutoRangeIncludesZero(false);
      if (allWhole(curves)) {
        numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
      }
      numbers.setNumberFormatOverride(AxisFormats.count());
      xAxis = numbers;
    }
    NumberAxis yAxis = new NumberAxis(yLabel);
    yAxis.setNumberFormatOverride(yFormat);
    yAxis.setAutoRangeIncludesZero(false);
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setAlpha(BAND_ALPHA);
    for (int i = 0; i < curves.size(); i++) {
      Curve c = curves.get(i);
      renderer.setSeriesPaint(i, c.colour());
      renderer.setSeriesFillPaint(i, c.colour());
      renderer.setSeriesStroke(i, ChartStyle.line(3.5f, c.dash()));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
    }
    XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
    LegendItemCollection legend = new LegendItemCollection();
    for (Curve c : curves) {
      legend.add(FanChart.lineItem(c.label(), c.colour(), ChartStyle.line(3.5f, c.dash())));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, !labelEnds);
    if (!labelEnds) {
      chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    }
    if (subtitle != null || threshold != null) {
      // The threshold is explained here rather than on its line, where it would collide with
      // the lines' names at the right end.
      String text =
          (subtitle == null ? "" : subtitle)
              + (threshold == null ? "" : (subtitle == null ? "" : " ") + threshold.label());
      chart.addSubtitle(new TextTitle(text, ChartStyle.font(16f)));
    }
    ChartStyle.apply(chart);
    double[] range = range(curves);
    if (labelEnds) {
      // Room on the right for the names (short of the next whole tick); each sits just past its
      // line's last point.
      double span = Math.max(range[1] - range[0], 1e-9);
      xAxis.setRange(range[0] - 0.04 * span, range[1] + 0.18 * span);
      double step = (range[1] - range[0]) * 0.015;
      double[] at = labelHeights(curves);
      yAxis.setLowerMargin(0.08);
      for (int i = 0; i < curves.size(); i++) {
        Curve c = curves.get(i);
        int last = c.x().size() - 1;
        XYTextAnnotation end = new XYTextAnnotation(c.label(), c.x().get(last) + step, at[i]);
        end.setFont(ChartStyle.bold(16f));
        end.setPaint(c.colour());
        end.setTextAnchor(TextAnchor.CENTER_LEFT);
        plot.addAnnotation(end);
      }
    }
    int level = 0;
    for (Map.Entry<Double, String> mark : merge(marks).entrySet()) {
      // Each label on a line of its own: two marks a grid step apart ("outbound on from 2x",
      // "contribution peaks at 1x") would otherwise print one over the other.
      plot.addDomainMarker(
          marker(mark.getKey(), mark.getValue(), range, level++), Layer.FOREGROUND);
    }
    for (Point p : points) {
      plot.addAnnotation(new RingAnnotation(p.x(), p.y(), p.colour()));
    }
    if (threshold != null) {
      ValueMarker line = new ValueMarker(threshold.y(), ChartStyle.MUTED, ChartStyle.line(2f, 8f));
      plot.addRangeMarker(line, Layer.FOREGROUND);
    }
    return Chart.of(name, chart);
  }

  /** One series per curve: the mean and its CI at each grid position. */
  static YIntervalSeriesCollection dataset(List<Curve> curves) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    for (Curve c : curves) {
      YIntervalSeries series = new YIntervalSeries(c.label(), false, true);
      for (int i = 0; i < c.x().size(); i++) {
        Interval v = c.y().get(i);
        series.add(c.x().get(i), v.mean(), v.low(), v.high());
      }
      dataset.addSeries(series);
    }
    return dataset;
  }

  /** Marks at the same position become one line with the labels joined. */
  static Map<Double, String> merge(List<Mark> marks) {
    Map<Double, String> merged = new LinkedHashMap<>();
    for (Mark m : marks) {
      merged.merge(m.x(), m.label(), (a, b) -> a + "; " + b);
    }
    return merged;
  }

  /** The height of one line of a mark's label, in pixels at the chart's size. */
  static final double LABEL_LINE = 26;

  /**
   * A dashed vertical line; its label sits on the side with more room, {@code level} lines below
   * the top.
   */
  private static ValueMarker marker(double x, String label, double[] range, int level) {
    ValueMarker marker = new ValueMarker(x, ChartStyle.INK, ChartStyle.line(2f, 8f));
    marker.setLabel(label);
    marker.setLabelFont(ChartStyle.font(15f));
    marker.setLabelPaint(ChartStyle.INK);
    marker.setLabelBackgroundColor(Color.WHITE);
    boolean right = x <= (range[0] + range[1]) / 2;
    marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
    marker.setLabelOffset(new RectangleInsets(8 + LABEL_LINE * level, 8, 8, 8));
    return marker;
  }

  /**
   * Heights for the line-end names: each at its line's last value, pushed apart (upwards, from the
   * lowest) so no two are closer than a twentieth of the value range.
   */
  static double[] labelHeights(List<Curve> curves) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Curve c : curves) {
      for (Interval v : c.y()) {
        lo = Math.min(lo, v.low());
        hi = Math.max(hi, v.high());
      }
    }
    double gap = Math.max(hi - lo, 1e-9) / 20;
    Integer[] order = new Integer[curves.size()];
    double[] at = new double[curves.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      at[i] = curves.get(i).y().get(curves.get(i).y().size() - 1).mean();
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(at[a], at[b]));
    // The lowest name stays clear of the axis line.
    at[order[0]] = Math.max(at[order[0]], lo + gap * 0.6);
    for (int k = 1; k < order.length; k++) {
      at[order[k]] = Math.max(at[order[k]], at[order[k - 1]] + gap);
    }
    return at;
  }

  private static boolean allWhole(List<Curve> curves) {
    for (Curve c : curves) {
      for (double x : c.x()) {
        if (x != Math.rint(x)) {
          return false;
        }
      }
    }
    return true;
  }

  private static double[] range(List<Curve> curves) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Curve c : curves) {
      for (double x : c.x()) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    return new double[] {lo, hi};
  }
}
