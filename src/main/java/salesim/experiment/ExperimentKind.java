package salesim.experiment;

import java.util.Locale;

/**
 * The designs of DESIGN.md §3 that write an output folder. summary.json names its design in the
 * {@code experiment} field ({@link #key()}), and whatever reads the folder back goes by that field,
 * never by the file's shape.
 */
public enum ExperimentKind {
  RUN,
  COMPARE,
  SWEEP,
  STRESS,
  SENSITIVITY,
  EXPLAIN;

  private final String key = name().toLowerCase(Locale.ROOT);

  /** The word summary.json and the command line use: "run", "compare", ... */
  public String key() {
    return key;
  }

  /** Whether the design pairs its variants on common random numbers (all but a single run). */
  public boolean paired() {
    return this != RUN;
  }

  /** The design with this key, or null if there is none. */
  public static ExperimentKind forKey(String key) {
    for (ExperimentKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    return null;
  }
}
