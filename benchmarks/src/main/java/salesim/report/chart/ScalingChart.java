package salesim.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A scaling curve in the house style: cost against size, on log–log axes when the sizes span
 * decades, so a straight line of slope 1 is linear growth and a bend shows at any scale. Time
 * reads on the left axis, heap on the right, each with its own series.
 */
public final class ScalingChart {

  /**
   * One curve: measured points (with markers) or a reference line (without).
   *
   * @param dash 0 for a solid line, else the dash length
   */
  public record Series(
      String label, Color colour, float dash, boolean reference, double[] x, double[] y) {}

  private ScalingChart() {}

  /**
   * @param logX log scales on the x and time axes (sizes spanning decades); else both linear
   * @param time series read against the left axis
   * @param logHeap log scale for the heap axis (heaps spanning decades), else linear from zero
   * @param heap series read against the right axis (may be empty)
   */
  public static Chart of(
      String name,
      String title,
      String subtitle,
      String xLabel,
      boolean logX,
      String timeLabel,
      List<Series> time,
      String heapLabel,
      boolean logHeap,
      List<Series> heap) {
    ValueAxis xAxis;
    if (logX) {
      xAxis = new OneTwoFiveAxis(xLabel);
    } else {
      NumberAxis numbers = new NumberAxis(xLabel);
      numbers.setAutoRangeIncludesZero(false);
      numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
      xAxis = numbers;
    }
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(xAxis);
    LegendItemCollection legend = new LegendItemCollection();
    // Few points on a linear size axis (threads) read from zero; so does a heap that stays
    // within a few MB.
    add(plot, legend, 0, logX ? axis(timeLabel) : fromZero(timeLabel), time);
    if (!heap.isEmpty()) {
      add(plot, legend, 1, logHeap ? axis(heapLabel) : fromZero(heapLabel), heap);
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    if (subtitle != null) {
      chart.addSubtitle(new TextTitle(subtitle, ChartStyle.font(16f)));
    }
    ChartStyle.apply(chart);
    return Chart.of(name, chart);
  }

  /** Puts a set of series on range axis {@code index} and names them in the legend. */
  private static void add(
      XYPlot plot, LegendItemCollection legend, int index, ValueAxis axis, List<Series> series) {
    plot.setRangeAxis(index, axis);
    plot.setDataset(index, dataset(series));
    plot.setRenderer(index, renderer(series));
    plot.mapDatasetToRangeAxis(index, index);
    for (Series s : series) {
      legend.add(FanChart.lineItem(s.label(), s.colour(), ChartStyle.line(3f, s.dash())));
    }
  }

  private static NumberAxis fromZero(String label) {
    NumberAxis linear = new NumberAxis(label);
    linear.setAutoRangeIncludesZero(true);
    return linear;
  }

  private static LogAxis axis(String label) {
    return new OneTwoFiveAxis(label);
  }

  /**
   * A base-10 log axis whose ticks sit at 1, 2 and 5 times a power of ten, labelled as plain
   * numbers: JFreeChart's own log ticks fall at fractional exponents (25.12, 39.81) when a range
   * spans less than a few decades.
   */
  static final class OneTwoFiveAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    OneTwoFiveAxis(String label) {
      super(label);
      setBase(10);
      setSmallestValue(1e-9);
    }

    @Override
    protected List refreshTicksHorizontal(
        Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
      return ticks(TextAnchor.TOP_CENTER);
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
      return ticks(
          getTickLabelInsets() != null && edge == RectangleEdge.RIGHT
              ? TextAnchor.CENTER_LEFT
              : TextAnchor.CENTER_RIGHT);
    }

    private List<NumberTick> ticks(TextAnchor anchor) {
      List<NumberTick> ticks = new ArrayList<>();
      double lower = getLowerBound();
      double upper = getUpperBound();
      NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
      format.setMaximumFractionDigits(3);
      format.setGroupingUsed(true);
      // With more than three decades in view, label powers of ten only.
      int[] steps = upper / lower > 2000 ? new int[] {1} : new int[] {1, 2, 5};
      for (int e = (int) Math.floor(Math.log10(lower)); e <= Math.ceil(Math.log10(upper)); e++) {
        for (int step : steps) {
          double value = step * Math.pow(10, e);
          if (value >= lower && value <= upper) {
            ticks.add(new NumberTick(TickType.MAJOR, value, format.format(value), anchor, anchor, 0));
          }
        }
      }
      return ticks;
    }
  }

  private static XYSeriesCollection dataset(List<Series> series) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (Series s : series) {
      XYSeries xy = new XYSeries(s.label(), false, true);
      for (int i = 0; i < s.x().length; i++) {
        xy.add(s.x()[i], s.y()[i]);
      }
      dataset.addSeries(xy);
    }
    return dataset;
  }

  private static XYLineAndShapeRenderer renderer(List<Series> series) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      renderer.setSeriesPaint(i, s.colour());
      renderer.setSeriesFillPaint(i, s.colour());
      renderer.setSeriesStroke(i, ChartStyle.line(3f, s.dash()));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
      renderer.setSeriesShapesVisible(i, !s.reference());
    }
    return renderer;
  }
}
