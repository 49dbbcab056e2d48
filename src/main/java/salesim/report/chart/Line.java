package salesim.report.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * One scenario as charts show it.
 *
 * @param key its name in the output files (monthly.csv, runs.csv)
 * @param label what the legend says
 * @param colour its colour, the same in every chart of a report
 */
public record Line(String key, String label, Color colour) {

  public Line {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(colour, "colour");
  }
}
