package salesim.report.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The outbound funnel per scenario, from dials to won deals: totals over the horizon (the sum of
 * the monthly means, which is the mean of the runs' totals), on a logarithmic axis so a 30,000-dial
 * stage and a 20-win stage both show.
 */
public final class FunnelChart {

  /** The stages the chart draws, in funnel order. */
  static final List<FunnelStage> STAGES =
      java.util.Arrays.stream(FunnelStage.values()).filter(FunnelStage::charted).toList();

  private FunnelChart() {}

  /** The chart. */
  public static Chart of(String name, MonthlyTable table, List<Line> lines, String span) {
    DefaultCategoryDataset dataset = dataset(table, lines);
    double max = 1;
    double min = Double.POSITIVE_INFINITY;
    for (int r = 0; r < dataset.getRowCount(); r++) {
      for (int c = 0; c < dataset.getColumnCount(); c++) {
        Number v = dataset.getValue(r, c);
        if (v != null) {
          max = Math.max(max, v.doubleValue());
          min = Math.min(min, v.doubleValue());
        }
      }
    }
    LogAxis counts = new LogAxis("Count over " + span + " (mean of runs, log scale)");
    counts.setNumberFormatOverride(AxisFormats.count());
    counts.setSmallestValue(0.5);
    // Start at 1 (or the decade below the smallest stage) so small stages still show a bar.
    double lower = Math.min(1, StrictMath.pow(10, StrictMath.floor(StrictMath.log10(min))));
    // Room to the right of the longest bar for its label.
    counts.setRange(lower, max * 4);
    // One tick per power of ten: half-decade ticks (3.16, 31.62) read as noise.
    counts.setAutoTickUnitSelection(false);
    counts.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0));
    counts.setMinorTickCount(0);
    BarRenderer renderer = new BarRenderer();
    renderer.setItemMargin(0.05);
    renderer.setDrawBarOutline(false);
    renderer.setShadowVisible(false);
    renderer.setDefaultLegendShape(ChartStyle.swatch());
    for (int i = 0; i < lines.size(); i++) {
      renderer.setSeriesPaint(i, lines.get(i).colour());
    }
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", AxisFormats.whole()));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelInsets(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, 6));
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), counts, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart =
        new JFreeChart("The outbound funnel", ChartStyle.font(16f), plot, lines.size() > 1);
    if (chart.getLegend() != null) {
      chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    }
    chart.addSubtitle(
        new TextTitle(
            "From cold-call dials to won outbound deals, totals over the horizon.",
            ChartStyle.font(16f)));
    ChartStyle.apply(chart);
    renderer.setDefaultItemLabelFont(ChartStyle.font(15f));
    renderer.setDefaultItemLabelPaint(ChartStyle.INK);
    plot.getDomainAxis().setCategoryMargin(0.25);
    return Chart.of(name, chart);
  }

  /** Rows are scenarios (legend labels), columns the stages; a stage at zero has no bar. */
  static DefaultCategoryDataset dataset(MonthlyTable table, List<Line> lines) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Line line : lines) {
      for (FunnelStage stage : STAGES) {
        double total = table.total(line.key(), stage.key());
        dataset.addValue(total > 0 ? total : null, line.label(), stage.label());
      }
    }
    return dataset;
  }
}
