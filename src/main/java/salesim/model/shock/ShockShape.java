package salesim.model.shock;

/**
 * The path of a shock's severity (0 = normal, 1 = the full shock) over its duration D; after D it
 * stays at {@code 1 - recovery}.
 */
public enum ShockShape {
  /** Full severity for the whole duration. */
  STEP,
  /** Straight down to the trough at D/2, straight back up. */
  V,
  /** Down in the first sixth, a flat bottom, back up over the last third. */
  U,
  /** Down in the first sixth and stays down; recovery after D is usually partial. */
  L,
  /** Two V's: trough at 0.2 D, partial relief at 0.5 D, second trough at 0.75 D. */
  DOUBLE_DIP;

  /** Severity at {@code t} months into a shock of {@code duration} months. */
  public double severity(double t, double duration, double recovery) {
    if (t < 0) {
      return 0.0;
    }
    double residual = 1.0 - recovery;
    if (t >= duration) {
      return residual;
    }
    double x = t / duration;
    switch (this) {
      case STEP:
        return 1.0;
      case V:
        return x < 0.5 ? x / 0.5 : 1.0 + (residual - 1.0) * (x - 0.5) / 0.5;
      case U:
        if (x < 1.0 / 6) {
          return x * 6;
        }
        return x < 2.0 / 3 ? 1.0 : 1.0 + (residual - 1.0) * (x - 2.0 / 3) * 3;
      case L:
        return x < 1.0 / 6 ? x * 6 : 1.0;
      case DOUBLE_DIP:
        if (x < 0.2) {
          return x / 0.2;
        }
        if (x < 0.5) {
          return 1.0 - 0.7 * (x - 0.2) / 0.3;
        }
        if (x < 0.75) {
          return 0.3 + 0.7 * (x - 0.5) / 0.25;
        }
        return 1.0 + (residual - 1.0) * (x - 0.75) / 0.25;
      default:
        throw new IllegalStateException();
    }
  }
}
