package salesim.calibrate;

import java.util.Locale;

/** What became of a value the data could inform. */
public enum Status {
  /** Estimated from the company's data and written to the scenario. */
  ESTIMATED,
  /** Too few of the company's own observations for its group: estimated from a wider group. */
  POOLED,
  /** Below the sample floor: the reference (or base) value is kept, and the report says so. */
  INSUFFICIENT_HISTORY,
  /** A fact about the company shown for comparison; no parameter takes it directly. */
  OBSERVED;

  /** The snake_case name used in the side file and the scenario's comments. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
