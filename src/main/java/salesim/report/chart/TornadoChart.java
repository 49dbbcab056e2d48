package salesim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * A tornado: for each parameter, widest first, the paired change in the target metric when it is
 * moved down (light) and up (dark), with 95 % confidence intervals.
 */
public final class TornadoChart {

  /**
   * One parameter's bars.
   *
   * @param label the parameter as the axis shows it
   * @param low the effect of the lower value (paired difference against the base)
   * @param high the effect of the higher value
   */
  public record Row(String label, Interval low, Interval high) {}

  private TornadoChart() {}

  /**
   * The chart.
   *
   * @param lowLabel and {@code highLabel} name the two moves in the legend, e.g. "−20 %"
   * @param xLabel the value axis label, with unit and currency
   * @param format the value axis's tick labels
   */
  public static Chart of(
      String name,
      String title,
      List<Row> rows,
      String lowLabel,
      String highLabel,
      String xLabel,
      Color colour,
      NumberFormat format) {
    DefaultStatisticalCategoryDataset dataset = dataset(rows, lowLabel, highLabel);
    NumberAxis axis = new NumberAxis(xLabel);
    axis.setNumberFormatOverride(format);
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setSeriesPaint(0, ChartStyle.tint(colour, 0.55));
    renderer.setSeriesPaint(1, colour);
    renderer.setErrorIndicatorPaint(ChartStyle.INK);
    renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.0);
    renderer.setShadowVisible(false);
    renderer.setDefaultLegendShape(ChartStyle.swatch());
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    plot.addRangeMarker(new ValueMarker(0, ChartStyle.INK, new BasicStroke(1.5f)));
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(
        new TextTitle(
            "Each parameter moved alone, on the same runs; widest effect at the top."
                + " Whiskers: 95 % confidence intervals.",
            ChartStyle.font(16f)));
    ChartStyle.apply(chart);
    CategoryAxis categories = plot.getDomainAxis();
    categories.setCategoryMargin(0.3);
    categories.setMaximumCategoryLabelWidthRatio(0.4f);
    categories.setTickLabelFont(ChartStyle.font(15f));
    int height = Math.max(ChartStyle.HEIGHT, 240 + 46 * rows.size());
    return new Chart(name, chart, ChartStyle.WIDTH, height);
  }

  /** Rows: the low and the high move; columns: parameters in the given (tornado) order. */
  static DefaultStatisticalCategoryDataset dataset(
      List<Row> rows, String lowLabel, String highLabel) {
    DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
    for (Row row : rows) {
      dataset.add(row.low().mean(), row.low().halfWidth(), lowLabel, row.label());
      dataset.add(row.high().mean(), row.high().halfWidth(), highLabel, row.label());
    }
    return dataset;
  }
}
