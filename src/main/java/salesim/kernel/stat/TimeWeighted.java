package salesim.kernel.stat;

/**
 * The time average of a piecewise-constant quantity (queue length, busy servers): each change
 * closes the area under the previous level. The kernel's answer to SSJ's {@code Accumulate}.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class TimeWeighted {

  private double start;
  private double lastTime;
  private double level;
  private double area;

  /** Starts observing at {@code time} with the given level. */
  public TimeWeighted(double time, double level) {
    reset(time, level);
  }

  /** Discards the history and restarts at {@code time} (for example after a warm-up). */
  public void reset(double time, double level) {
    this.start = time;
    this.lastTime = time;
    this.level = level;
    this.area = 0.0;
  }

  /** Records that the quantity changes to {@code newLevel} at {@code time}. */
  public void update(double time, double newLevel) {
    if (time < lastTime) {
      throw new IllegalArgumentException("time went backwards: " + time + " < " + lastTime);
    }
    area += level * (time - lastTime);
    lastTime = time;
    level = newLevel;
  }

  /** Adds {@code delta} to the level at {@code time}. */
  public void add(double time, double delta) {
    update(time, level + delta);
  }

  /** The current level. */
  public double level() {
    return level;
  }

  /** The time average from the start up to {@code time}. */
  public double average(double time) {
    double span = time - start;
    if (span <= 0.0) {
      return level;
    }
    return (area + level * (time - lastTime)) / span;
  }

  /** The area under the level from the start up to {@code time}. */
  public double integral(double time) {
    return area + level * (time - lastTime);
  }
}
