package salesim.report.chart;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Totals side by side: per measure, each scenario's mean over the runs with its 95 % confidence
 * interval as an error bar. Every measure shares one money axis, so the bars compare directly.
 */
public final class ComparisonChart {

  private ComparisonChart() {}

  /**
   * The chart.
   *
   * @param values per scenario (in {@code lines} order), measure label → mean and CI
   * @param yLabel the value axis label, with unit and currency
   */
  public static Chart of(
      String name,
      String title,
      List<Line> lines,
      List<Map<String, Interval>> values,
      String yLabel) {
    DefaultStatisticalCategoryDataset dataset = dataset(lines, values);
    NumberAxis axis = new NumberAxis(yLabel);
    axis.setNumberFormatOverride(AxisFormats.compact());
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(ChartStyle.INK);
    renderer.setErrorIndicatorStroke(new BasicStroke(2f));
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.06);
    renderer.setShadowVisible(false);
    renderer.setDefaultLegendShape(ChartStyle.swatch());
    for (int i = 0; i < lines.size(); i++) {
      renderer.setSeriesPaint(i, lines.get(i).colour());
    }
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), axis, renderer);
    plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(1.5f)));
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(
        new TextTitle(
            "Bars: the mean of the runs. Black whiskers: its 95 % confidence interval.",
            ChartStyle.font(16f)));
    ChartStyle.apply(chart);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    plot.getDomainAxis().setCategoryMargin(0.2);
    return Chart.of(name, chart);
  }

  /**
   * Rows are scenarios, columns the measures; the "standard deviation" JFreeChart draws is the CI's
   * half-width, so the whisker spans exactly the interval.
   */
  static DefaultStatisticalCategoryDataset dataset(
      List<Line> lines, List<Map<String, Interval>> values) {
    DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
    for (int i = 0; i < lines.size(); i++) {
      for (Map.Entry<String, Interval> e : values.get(i).entrySet()) {
        Interval v = e.getValue();
        dataset.add(v.mean(), v.halfWidth(), lines.get(i).label(), e.getKey());
      }
    }
    return dataset;
  }
}
