package salesim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * A waterfall from one plan to another: starting at zero (the first plan), one floating bar per
 * lever, its share of the difference, each starting where the last ended, then the total difference
 * from zero. Whiskers are 95 % confidence intervals: of each share, drawn at the end of its bar,
 * and of the total.
 */
public final class WaterfallChart {

  /** A bar that adds. */
  static final Color GAIN = new Color(0x00, 0x9E, 0x73);

  /** A bar that takes away. */
  static final Color LOSS = new Color(0xD5, 0x5E, 0x00);

  /** The total. */
  static final Color TOTAL = new Color(0x00, 0x72, 0xB2);

  /**
   * One lever's bar.
   *
   * @param label the lever as the axis shows it (with its value on a second line, say)
   * @param change its share of the difference, with its 95 % CI
   */
  public record Step(String label, Interval change) {}

  private WaterfallChart() {}

  /**
   * The chart.
   *
   * @param steps the levers' bars, in the order drawn
   * @param totalLabel the last bar's axis label
   * @param total the total difference with its CI
   * @param yLabel the value axis label, with unit and currency
   * @param format the value axis's tick labels
   */
  public static Chart of(
      String name,
      String title,
      String subtitle,
      List<Step> steps,
      String totalLabel,
      Interval total,
      String yLabel,
      NumberFormat format) {
    Bars bars = bars(steps, totalLabel, total);
    NumberAxis axis = new NumberAxis(yLabel);
    axis.setNumberFormatOverride(format);
    axis.setAutoRangeIncludesZero(true);
    axis.setUpperMargin(0.06);
    axis.setLowerMargin(0.06);
    IntervalBarRenderer renderer = new SignedBars(bars.colours());
    renderer.setDrawBarOutline(false);
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.0);
    renderer.setSeriesVisibleInLegend(0, false);
    CategoryAxis categories = new CategoryAxis(null);
    CategoryPlot plot = new CategoryPlot(bars.bars(), categories, axis, renderer);
    StatisticalLineAndShapeRenderer whiskers = new StatisticalLineAndShapeRenderer(false, false);
    whiskers.setErrorIndicatorPaint(ChartStyle.INK);
    whiskers.setErrorIndicatorStroke(new BasicStroke(2f));
    whiskers.setSeriesPaint(0, ChartStyle.INK);
    whiskers.setSeriesVisibleInLegend(0, false);
    plot.setDataset(1, bars.whiskers());
    plot.setRenderer(1, whiskers);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.addRangeMarker(new ValueMarker(0, ChartStyle.INK, new BasicStroke(1.5f)));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(item("adds", GAIN));
    legend.add(item("takes away", LOSS));
    legend.add(item("total difference", TOTAL));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, ChartStyle.font(16f), plot, true);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(new TextTitle(subtitle, ChartStyle.font(16f)));
    ChartStyle.apply(chart);
    categories.setMaximumCategoryLabelLines(3);
    categories.setCategoryMargin(0.25);
    categories.setTickLabelFont(ChartStyle.font(15f));
    return Chart.of(name, chart);
  }

  private static LegendItem item(String label, Color colour) {
    LegendItem item = new LegendItem(label, null, null, null, ChartStyle.swatch(), colour);
    item.setLabelFont(ChartStyle.font(17f));
    item.setLabelPaint(ChartStyle.INK);
    return item;
  }

  /** The floating bars, their whiskers and each bar's colour. */
  record Bars(
      DefaultIntervalCategoryDataset bars,
      DefaultStatisticalCategoryDataset whiskers,
      List<Color> colours) {}

  /**
   * Bar i runs from the sum of the shares before it to the sum including it; the total from zero. A
   * share's whisker sits at its bar's end, spanning the share's own interval there.
   */
  static Bars bars(List<Step> steps, String totalLabel, Interval total) {
    int n = steps.size() + 1;
    String[] keys = new String[n];
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    DefaultStatisticalCategoryDataset whiskers = new DefaultStatisticalCategoryDataset();
    List<Color> colours = new java.util.ArrayList<>();
    double level = 0;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      keys[i] = s.label();
      double before = level;
      level += s.change().mean();
      // Low end first: JFreeChart finds the axis range from the starts' minimum and the ends'
      // maximum, which a falling bar stored the other way round would invert.
      starts[0][i] = Math.min(before, level);
      ends[0][i] = Math.max(before, level);
      whiskers.add(level, s.change().halfWidth(), "ci", s.label());
      colours.add(s.change().mean() >= 0 ? GAIN : LOSS);
    }
    keys[n - 1] = totalLabel;
    starts[0][n - 1] = Math.min(0.0, total.mean());
    ends[0][n - 1] = Math.max(0.0, total.mean());
    whiskers.add(total.mean(), total.halfWidth(), "ci", totalLabel);
    colours.add(TOTAL);
    DefaultIntervalCategoryDataset bars =
        new DefaultIntervalCategoryDataset(new String[] {"share"}, keys, starts, ends);
    return new Bars(bars, whiskers, List.copyOf(colours));
  }

  /** Colours each bar by its sign (the total apart), not by series. */
  private static final class SignedBars extends IntervalBarRenderer {

    private static final long serialVersionUID = 1L;
    private final List<Color> colours;

    SignedBars(List<Color> colours) {
      this.colours = colours;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return colours.get(column);
    }
  }
}
