package salesim.report.chart;

/**
 * A mean and its 95 % confidence interval, as summary.json gives them.
 *
 * @param mean the mean
 * @param low the interval's lower end
 * @param high its upper end
 */
public record Interval(double mean, double low, double high) {

  /**
   * Half the interval's width. The project's intervals are Student-t, symmetric about the mean,
   * which is what lets JFreeChart's mean ± deviation bars draw them exactly.
   */
  public double halfWidth() {
    return (high - low) / 2.0;
  }
}
