package salesim.experiment;

import salesim.model.Metric;

/**
 * The unit of a metric, which decides how it is printed, whether a relative change means
 * something, and how a difference is stated (shares move in percentage points). The model names
 * each metric's unit by a word ({@link Metric#unit()}); this is that word made a type, so that
 * reports switch over constants instead of comparing strings.
 */
public enum Unit {
  /** The scenario's currency. */
  CURRENCY("currency"),
  /** A fraction of a whole, 0 to 1, printed as a percentage. */
  SHARE("share"),
  /** 1 or 0 per run; its mean is the share of runs where it holds. */
  FLAG("flag"),
  HOURS("hours"),
  DAYS("days"),
  /** A duration in months. */
  MONTHS("months"),
  /** A month of the horizon (a date, not a duration). */
  MONTH("month"),
  /** A dimensionless ratio (a coefficient of variation). */
  RATIO("ratio"),
  DEALS("deals"),
  LEADS("leads"),
  DIALS("dials"),
  MEETINGS("meetings"),
  REPS("reps"),
  REVIEWS("reviews");

  private final String word;

  Unit(String word) {
    this.word = word;
  }

  /** The word, as the model and the tables print it. */
  public String word() {
    return word;
  }

  /** Whether values are counts of things (deals, leads, dials, meetings, reps, reviews). */
  public boolean isCount() {
    return switch (this) {
      case DEALS, LEADS, DIALS, MEETINGS, REPS, REVIEWS -> true;
      default -> false;
    };
  }

  /** Whether values are fractions that differences state in percentage points. */
  public boolean isShare() {
    return this == SHARE || this == FLAG;
  }

  /** The unit of a metric. */
  public static Unit of(Metric metric) {
    return forWord(metric.unit());
  }

  /** The unit a word names. */
  public static Unit forWord(String word) {
    for (Unit unit : values()) {
      if (unit.word.equals(word)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("no unit named " + word);
  }
}
