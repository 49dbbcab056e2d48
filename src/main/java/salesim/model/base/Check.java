package salesim.model.base;

import java.util.List;

/**
 * Argument checks for the parameter records' compact constructors. Each message starts with the
 * field's name, so the scenario loader can prefix the path of the enclosing record and print
 * {@code file: market.outbound.connectRate: must be in [0, 1] (got 1.5)}.
 */
public final class Check {

  private Check() {}

  /** A finite probability in [0, 1]. */
  public static double probability(String field, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + ": must be a probability in [0, 1] (got " + value + ")");
    }
    return value;
  }

  /** A finite value >= 0. */
  public static double nonNegative(String field, double value) {
    if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(field + ": must be finite and >= 0 (got " + value + ")");
    }
    return value;
  }

  /** A finite value > 0. */
  public static double positive(String field, double value) {
    if (!(value > 0.0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(field + ": must be finite and > 0 (got " + value + ")");
    }
    return value;
  }

  /** A finite value in [low, high]. */
  public static double range(String field, double value, double low, double high) {
    if (!(value >= low && value <= high)) {
      throw new IllegalArgumentException(
          field + ": must be in [" + low + ", " + high + "] (got " + value + ")");
    }
    return value;
  }

  /** An int >= 0. */
  public static int count(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + ": must be >= 0 (got " + value + ")");
    }
    return value;
  }

  /** An int in [low, high]. */
  public static int range(String field, int value, int low, int high) {
    if (value < low || value > high) {
      throw new IllegalArgumentException(
          field + ": must be in [" + low + ", " + high + "] (got " + value + ")");
    }
    return value;
  }

  /** A present value. */
  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
    return value;
  }

  /** An immutable copy of a present list with at least {@code min} elements, none null. */
  public static <T> List<T> list(String field, List<T> values, int min) {
    present(field, values);
    if (values.size() < min) {
      throw new IllegalArgumentException(
          field + ": needs at least " + min + " element(s) (got " + values.size() + ")");
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new IllegalArgumentException(field + "[" + i + "]: is required");
      }
    }
    return List.copyOf(values);
  }
}
