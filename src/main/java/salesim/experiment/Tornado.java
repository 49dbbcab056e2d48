package salesim.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import salesim.model.Metric;

/**
 * A sensitivity analysis's result: per parameter moved and per metric, the paired effect of its
 * low and high value against the base, rows ordered by the swing of the target metric, widest
 * first. Variant 0 of the experiment is the base; parameter i runs as variants 2i + 1 (low) and
 * 2i + 2 (high).
 *
 * @param target the metric that orders the rows
 * @param rows the parameters in tornado order
 */
public record Tornado(Metric target, List<Row> rows) {

  /** The metrics every tornado row is given for. */
  public static final List<Metric> METRICS =
      List.of(
          Metric.CONTRIBUTION, Metric.BOOKINGS_TOTAL, Metric.COST_OF_SALES,
          Metric.OUTBOUND_HOURS_SHARE);

  public Tornado {
    java.util.Objects.requireNonNull(target, "target");
    rows = List.copyOf(rows);
  }

  /**
   * The effect of one move on one metric.
   *
   * @param low the low value against the base
   * @param high the high value against the base
   */
  public record Effect(PairedDifference low, PairedDifference high) {

    /** The width of the bar: how far apart the low and the high value put the metric. */
    public double swing() {
      return Math.abs(high.mean() - low.mean());
    }

    /** Whether neither end has a clear effect (both 95 % CIs include zero). */
    public boolean unclear() {
      return !low.clear() && !high.clear();
    }
  }

  /**
   * One parameter's row.
   *
   * @param index the parameter's position in the order it was moved (its variants' index)
   * @param move what was moved, from what to what
   * @param effects its effect on each metric
   */
  public record Row(int index, Sensitivity move, Map<Metric, Effect> effects) {

    public Row {
      effects = java.util.Collections.unmodifiableMap(new EnumMap<>(effects));
    }

    /** The effect on a metric. */
    public Effect effect(Metric metric) {
      Effect e = effects.get(metric);
      if (e == null) {
        throw new IllegalArgumentException(move.path() + ": no effect on " + metric.key());
      }
      return e;
    }
  }

  /** Reads the tornado off a finished experiment, {@link #METRICS} for every row. */
  public static Tornado of(List<Sensitivity> moves, Experiment e, Metric target) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < moves.size(); i++) {
      Map<Metric, Effect> effects = new EnumMap<>(Metric.class);
      for (Metric m : union(target)) {
        effects.put(m, new Effect(e.difference(2 * i + 1, m), e.difference(2 * i + 2, m)));
      }
      rows.add(new Row(i, moves.get(i), effects));
    }
    return ordered(target, rows);
  }

  /** Rows in tornado order: widest swing of {@code target} first, ties in the order moved. */
  public static Tornado ordered(Metric target, List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparingDouble((Row r) -> -r.effect(target).swing())
            .thenComparingInt(Row::index));
    return new Tornado(target, sorted);
  }

  /** The rows whose effect on {@code metric} is unclear at both ends. */
  public List<Row> unclear(Metric metric) {
    return rows.stream().filter(r -> r.effect(metric).unclear()).toList();
  }

  private static List<Metric> union(Metric target) {
    List<Metric> metrics = new ArrayList<>(METRICS);
    if (!metrics.contains(target)) {
      metrics.add(target);
    }
    return metrics;
  }
}
