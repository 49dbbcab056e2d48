package salesim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The value at the horizon split into what is realised and what is still expected: one bar per
 * scenario, stacked from the contribution the runs realised to the expected value of the open
 * pipeline and of the customer base, so the bar ends at the total value (means of the runs, which
 * add up exactly). A negative contribution stacks below zero, the expected parts above it.
 */
public final class HorizonValueChart {

  /**
   * One scenario's split (means of the runs).
   *
   * @param line the scenario, whose colour its name on the axis takes
   * @param realised the contribution realised over the horizon
   * @param pipeline the expected value of the open pipeline at the horizon
   * @param customers the expected value of the customer base at the horizon
   * @param total what the bar's end says (the formatted total value)
   */
  public record Split(Line line, double realised, double pipeline, double customers, String total) {}

  /** The parts from the zero line outwards, with their legend labels and colours. */
  static final List<String> PARTS =
      List.of(
          "Realised: contribution",
          "Expected: open pipeline",
          "Expected: customer base");

  private static final List<Color> COLOURS =
      List.of(
          new Color(0x2F, 0x55, 0x97), new Color(0xC7, 0xE9, 0xC0), new Color(0x9E, 0xC4, 0xE8));

  private HorizonValueChart() {}

  /** The chart; {@code xLabel} is the value axis label, with its currency. */
  public static Chart of(String name, String title, List<Split> splits, String xLabel) {
    DefaultCategoryDataset dataset = dataset(splits);
    NumberAxis values = new NumberAxis(xLabel);
    values.setNumberFormatOverride(AxisFormats.compact());
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setDrawBarOutline(false);
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.22);
    for (int p = 0; p < PARTS.size(); p++) {
      renderer.setSeriesPaint(p, COLOURS.get(p));
    }
    CategoryAxis scenarios = new CategoryAxis(null);
    CategoryPlot plot = new CategoryPlot(dataset, scenarios, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.addRangeMarker(new ValueMarker(0, ChartStyle.INK, new BasicStroke(1.5f)));
    for (Split s : splits) {
      double right = Math.max(0.0, s.realised()) + s.pipeline() + s.customers();
      CategoryTextAnnotation total =
          new CategoryTextAnnotation("  " + s.total(), s.line().label(), right);
      total.setFont(ChartStyle.bold(16f));
      total.setPaint(ChartStyle.INK);
      total.setTextAnchor(TextAnchor.CENTER_LEFT);
      plot.addAnnotation(total);
    }
    // Room right of the longest bar for its total.
    values.setUpperMargin(0.22);
    LegendItemCollection legend = new LegendItemCollection();
    for (int p = 0; p < PARTS.size(); p++) {
      legend.add(FanChart.boxItem(PARTS.get(p), COLOURS.get(p)));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(
        new TextTitle(
            "Mean of the runs: realised over the horizon, then still expected; the bar ends at"
                + " the total.",
            ChartStyle.font(16f)));
    ChartStyle.apply(chart);
    for (Split s : splits) {
      scenarios.setTickLabelPaint(s.line().label(), s.line().colour());
      scenarios.setTickLabelFont(s.line().label(), ChartStyle.bold(16f));
    }
    scenarios.setMaximumCategoryLabelLines(2);
    scenarios.setCategoryMargin(0.3);
    int height = Math.max(440, 250 + 80 * splits.size());
    return new Chart(name, chart, ChartStyle.WIDTH, height);
  }

  /** Rows are the parts, columns the scenarios, in order; values are the means. */
  static DefaultCategoryDataset dataset(List<Split> splits) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Split s : splits) {
      dataset.addValue(s.realised(), PARTS.get(0), s.line().label());
      dataset.addValue(s.pipeline(), PARTS.get(1), s.line().label());
      dataset.addValue(s.customers(), PARTS.get(2), s.line().label());
    }
    return dataset;
  }
}
