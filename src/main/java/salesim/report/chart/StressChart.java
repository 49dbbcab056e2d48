package salesim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import salesim.model.MonthlyMetric;
import salesim.report.chart.MonthlyTable.Stat;

/**
 * A plan under shocks: the monthly drawdown of bookings against the same runs without the shock
 * (common random numbers make the two identical until the shock starts), and what each shock costs
 * over the horizon.
 */
public final class StressChart {

  private StressChart() {}

  /**
   * Monthly mean bookings under each shock as a percentage change from the plan without it.
   *
   * @param plan the no-shock variant (its key in monthly.csv)
   * @param shocks one line per shocked variant, in the shocks' colours
   * @param starts where shocks start, each drawn once as a dashed line
   */
  public static Chart drawdown(
      String name, MonthlyTable table, Line plan, List<Line> shocks, List<FanChart.Window> starts) {
    XYSeriesCollection dataset = drawdownDataset(table, plan, shocks);
    NumberAxis months = new NumberAxis("Month");
    NumberAxis change = new NumberAxis("Monthly bookings vs no shock (%, mean of runs)");
    change.setNumberFormatOverride(AxisFormats.percent());
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < shocks.size(); i++) {
      renderer.setSeriesPaint(i, shocks.get(i).colour());
      renderer.setSeriesStroke(i, ChartStyle.line(3f, 0));
    }
    renderer.setLegendLine(new java.awt.geom.Line2D.Double(-18, 0, 18, 0));
    XYPlot plot = new XYPlot(dataset, months, change, renderer);
    plot.addRangeMarker(new ValueMarker(0, plan.colour(), ChartStyle.line(3f, 0)));
    JFreeChart chart =
        new JFreeChart(
            "How deep each shock cuts, month by month", ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(
        new TextTitle(
            "The line at 0 % is the same runs without a shock; below it, bookings the shock"
                + " took.",
            ChartStyle.font(16f)));
    AxisFormats.months(months);
    months.setRange(0.5, table.months() + 0.5);
    ChartStyle.apply(chart);
    FanChart.shade(plot, starts, table.months());
    return Chart.of(name, chart);
  }

  /**
   * Per shock, 100 × (mean shocked month / mean unshocked month − 1); a month without bookings in
   * the plan has no value (a gap), rather than a division by zero.
   */
  static XYSeriesCollection drawdownDataset(MonthlyTable table, Line plan, List<Line> shocks) {
    double[] base = table.series(plan.key(), MonthlyMetric.BOOKINGS_TOTAL.key(), Stat.MEAN);
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (Line shock : shocks) {
      double[] shocked = table.series(shock.key(), MonthlyMetric.BOOKINGS_TOTAL.key(), Stat.MEAN);
      XYSeries series = new XYSeries(shock.label(), false, true);
      for (int m = 0; m < base.length; m++) {
        series.add(m + 1, base[m] > 0 ? 100.0 * (shocked[m] / base[m] - 1.0) : Double.NaN);
      }
      dataset.addSeries(series);
    }
    return dataset;
  }

  /**
   * What each shock costs: one panel per measure (e.g. bookings lost, contribution lost), a bar per
   * shock in its colour, with 95 % confidence intervals.
   *
   * @param measures panel titles (with unit), in order
   * @param values per measure, per shock (in {@code shocks} order)
   */
  public static Chart losses(
      String name,
      String title,
      List<Line> shocks,
      List<String> measures,
      List<List<Interval>> values) {
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(null));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(24);
    for (int k = 0; k < measures.size(); k++) {
      NumberAxis axis = new NumberAxis(measures.get(k));
      axis.setNumberFormatOverride(AxisFormats.compact());
      StatisticalBarRenderer renderer = new ShockBars(shocks);
      renderer.setErrorIndicatorPaint(ChartStyle.INK);
      renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
      renderer.setDrawBarOutline(false);
      renderer.setShadowVisible(false);
      CategoryPlot panel =
          new CategoryPlot(lossDataset(shocks, values.get(k)), null, axis, renderer);
      panel.addRangeMarker(new ValueMarker(0, ChartStyle.INK, new BasicStroke(1.5f)));
      panel.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
      plot.add(panel, 1);
    }
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, false);
    chart.addSubtitle(
        new TextTitle(
            "Mean loss over the whole horizon against the same runs without the shock;"
                + " whiskers: 95 % confidence intervals.",
            ChartStyle.font(16f)));
    ChartStyle.apply(chart);
    for (Object panel : plot.getSubplots()) {
      ChartStyle.category((CategoryPlot) panel);
    }
    plot.getDomainAxis().setCategoryMargin(0.3);
    int height = Math.max(ChartStyle.HEIGHT, 240 + 60 * shocks.size());
    return new Chart(name, chart, ChartStyle.WIDTH, height);
  }

  /** One series ("loss"), one column per shock. */
  static DefaultStatisticalCategoryDataset lossDataset(List<Line> shocks, List<Interval> values) {
    DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
    for (int i = 0; i < shocks.size(); i++) {
      dataset.add(values.get(i).mean(), values.get(i).halfWidth(), "loss", shocks.get(i).label());
    }
    return dataset;
  }

  /** Bars coloured by shock (the column) rather than by series. */
  private static final class ShockBars extends StatisticalBarRenderer {

    private static final long serialVersionUID = 1L;
    private final Color[] colours;

    ShockBars(List<Line> shocks) {
      this.colours = shocks.stream().map(Line::colour).toArray(Color[]::new);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return colours[column];
    }
  }
}
