package salesim.report.chart;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A finished chart and how big to lay it out: {@code name} is its file stem under {@code charts/}
 * and the prefix of its SVG ids, so several charts can share one HTML page.
 *
 * @param name file stem, lower-case letters, digits and dashes
 * @param chart the chart, styled
 * @param width layout width in chart units
 * @param height layout height in chart units
 */
public record Chart(String name, JFreeChart chart, int width, int height) {

  public Chart {
    Objects.requireNonNull(chart, "chart");
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("chart names are lower-case words and dashes: " + name);
    }
  }

  /** A standard 16:9 chart. */
  static Chart of(String name, JFreeChart chart) {
    return new Chart(name, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
  }
}
