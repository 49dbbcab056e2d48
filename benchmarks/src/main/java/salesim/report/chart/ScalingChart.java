package salesim.report.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A scaling curve in the house style: cost against size, on log–log axes when the sizes span
 * decades, so a straight line of slope 1 is linear growth and a bend shows at any scale. Time
 * reads on the left axis, heap on the right, each with its own series.
 */
public final class ScalingChart {

  /** One measured curve; a dashed one is a reference, drawn without point markers. */
  public record Series(String label, Color colour, float dash, double[] x, double[] y) {}

  private ScalingChart() {}

  /**
   * @param logX log scale on the x axis (sizes spanning decades)
   * @param time series read against the left axis
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
      List<Series> heap) {
    ValueAxis xAxis;
    if (logX) {
      LogAxis log = new LogAxis(xLabel);
      log.setBase(10);
      log.setNumberFormatOverride(AxisFormats.count());
      log.setSmallestValue(1e-9);
      xAxis = log;
    } else {
      NumberAxis numbers = new NumberAxis(xLabel);
      numbers.setAutoRangeIncludesZero(false);
      numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
      xAxis = numbers;
    }
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(xAxis);
    LegendItemCollection legend = new LegendItemCollection();
    plot.setRangeAxis(0, axis(timeLabel));
    plot.setDataset(0, dataset(time));
    plot.setRenderer(0, renderer(time));
    plot.mapDatasetToRangeAxis(0, 0);
    for (Series s : time) {
      legend.add(FanChart.lineItem(s.label(), s.colour(), ChartStyle.line(3f, s.dash())));
    }
    if (!heap.isEmpty()) {
      plot.setRangeAxis(1, axis(heapLabel));
      plot.setDataset(1, dataset(heap));
      plot.setRenderer(1, renderer(heap));
      plot.mapDatasetToRangeAxis(1, 1);
      for (Series s : heap) {
        legend.add(FanChart.lineItem(s.label(), s.colour(), ChartStyle.line(3f, s.dash())));
      }
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

  private static LogAxis axis(String label) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setNumberFormatOverride(AxisFormats.compact());
    axis.setSmallestValue(1e-9);
    return axis;
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
      renderer.setSeriesShapesVisible(i, s.dash() == 0f);
    }
    return renderer;
  }
}
