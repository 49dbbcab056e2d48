package salesim.report.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import salesim.model.MonthlyMetric;
import salesim.report.chart.MonthlyTable.Stat;

/**
 * "Are they prospecting?": how the team's selling hours split between activities, month by month,
 * one panel per scenario. Shares are mean hours on an activity over mean hours available.
 * Activities have their own colours here (green is prospecting, grey is idle); the panel's title
 * carries the scenario's colour.
 */
public final class ActivityChart {

  /**
   * The activities from the bottom of the stack up: prospecting first, so its share is read
   * straight off the axis.
   */
  static final List<Activity> ACTIVITIES =
      List.of(
          new Activity(
              MonthlyMetric.HOURS_PROSPECTING.key(), "Prospecting", new Color(0x1B, 0x9E, 0x4B)),
          new Activity(
              MonthlyMetric.HOURS_MEETINGS.key(), "Meetings", new Color(0x8C, 0xCF, 0x8F)),
          new Activity(
              MonthlyMetric.HOURS_DEALS_OUTBOUND.key(), "Outbound deals", new Color(0xC7, 0xE9, 0xC0)),
          new Activity(
              MonthlyMetric.HOURS_INBOUND.key(), "Answering inbound leads", new Color(0x3B, 0x6F, 0xB6)),
          new Activity(
              MonthlyMetric.HOURS_DEALS_INBOUND.key(), "Inbound deals", new Color(0x9E, 0xC4, 0xE8)),
          new Activity(
              MonthlyMetric.HOURS_IDLE.key(), "Idle / waiting", new Color(0xD4, 0xD4, 0xD4)));

  /** The monthly metric every share is divided by. */
  static final String AVAILABLE = MonthlyMetric.HOURS_AVAILABLE.key();

  /** An activity: its monthly metric, legend label and colour. */
  record Activity(String metric, String label, Color colour) {}

  private ActivityChart() {}

  /** The chart: one panel per scenario, stacked to 100 %. */
  public static Chart of(String name, MonthlyTable table, List<Line> lines) {
    NumberAxis months = new NumberAxis("Month");
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(months);
    plot.setGap(18);
    for (Line line : lines) {
      NumberAxis share = new NumberAxis("% of selling hours");
      share.setRange(0, 100);
      share.setTickUnit(new NumberTickUnit(25, AxisFormats.percent()));
      StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
      for (int a = 0; a < ACTIVITIES.size(); a++) {
        renderer.setSeriesPaint(a, ACTIVITIES.get(a).colour());
      }
      XYPlot panel = new XYPlot(dataset(table, line), null, share, renderer);
      ChartStyle.xy(panel);
      ChartStyle.panelTitle(panel, line, 0.01);
      plot.add(panel, 1);
    }
    LegendItemCollection legend = new LegendItemCollection();
    for (Activity activity : ACTIVITIES) {
      legend.add(FanChart.boxItem(activity.label(), activity.colour()));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart =
        new JFreeChart("Where the reps' selling hours go", ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(
        new TextTitle(
            "Share of the team's available selling hours, month by month (mean of runs).",
            ChartStyle.font(16f)));
    AxisFormats.months(months);
    months.setRange(1, table.months());
    ChartStyle.apply(chart);
    for (Object panel : plot.getSubplots()) {
      ChartStyle.xy((XYPlot) panel);
    }
    int height = 230 + 300 * lines.size();
    return new Chart(name, chart, ChartStyle.WIDTH, Math.max(ChartStyle.HEIGHT, height));
  }

  /** The activity shares (percent) of one scenario, by month. */
  static DefaultTableXYDataset dataset(MonthlyTable table, Line line) {
    double[] available = table.series(line.key(), AVAILABLE, Stat.MEAN);
    DefaultTableXYDataset dataset = new DefaultTableXYDataset();
    for (Activity activity : ACTIVITIES) {
      double[] hours = table.series(line.key(), activity.metric(), Stat.MEAN);
      XYSeries series = new XYSeries(activity.label(), false, false);
      for (int m = 0; m < hours.length; m++) {
        series.add(m + 1, available[m] > 0 ? 100.0 * hours[m] / available[m] : 0.0);
      }
      dataset.addSeries(series);
    }
    return dataset;
  }
}
