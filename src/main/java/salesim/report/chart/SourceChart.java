package salesim.report.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import salesim.model.MonthlyMetric;
import salesim.report.chart.MonthlyTable.Stat;

/**
 * Monthly bookings by source: inbound-sourced (solid) and outbound-sourced (dashed) deals, the mean
 * month across runs, in each scenario's colour.
 */
public final class SourceChart {

  /** The two sources, as monthly.csv names them, and the dash that draws each. */
  static final List<String> METRICS = 
      List.of(MonthlyMetric.BOOKINGS_INBOUND.key(), MonthlyMetric.BOOKINGS_OUTBOUND.key());

  private SourceChart() {}

  /** The chart; {@code currency} labels the value axis. */
  public static Chart of(String name, MonthlyTable table, List<Line> lines, String currency) {
    XYSeriesCollection dataset = dataset(table, lines);
    NumberAxis months = new NumberAxis("Month");
    NumberAxis values = new NumberAxis("Bookings per month (" + currency + ", mean of runs)");
    values.setNumberFormatOverride(AxisFormats.compact());
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      for (int s = 0; s < METRICS.size(); s++) {
        int series = i * METRICS.size() + s;
        renderer.setSeriesPaint(series, line.colour());
        renderer.setSeriesStroke(series, ChartStyle.line(3.5f, s == 0 ? 0 : 9f));
        legend.add(
            FanChart.lineItem(
                (String) dataset.getSeriesKey(series),
                line.colour(),
                ChartStyle.line(3.5f, s == 0 ? 0 : 9f)));
      }
    }
    XYPlot plot = new XYPlot(dataset, months, values, renderer);
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart("Where bookings come from", ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(
        new TextTitle(
            "Solid: deals from inbound leads. Dashed: deals the reps sourced by prospecting.",
            ChartStyle.font(16f)));
    AxisFormats.months(months);
    months.setRange(0.5, table.months() + 0.5);
    ChartStyle.apply(chart);
    return Chart.of(name, chart);
  }

  /** Two series per scenario (inbound, then outbound) of monthly mean bookings. */
  static XYSeriesCollection dataset(MonthlyTable table, List<Line> lines) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (Line line : lines) {
      for (String metric : METRICS) {
        String source = metric.endsWith("inbound") ? "inbound" : "outbound";
        XYSeries series = new XYSeries(line.label() + ", " + source, false, true);
        double[] mean = table.series(line.key(), metric, Stat.MEAN);
        for (int m = 0; m < mean.length; m++) {
          series.add(m + 1, mean[m]);
        }
        dataset.addSeries(series);
      }
    }
    return dataset;
  }
}
