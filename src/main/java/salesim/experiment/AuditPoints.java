package salesim.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import salesim.model.Metric;
import salesim.model.SalesParameters;
import salesim.scenario.ScenarioException;

/**
 * The points of an {@link Audit}: the comparison run once at each value of each assumption, on the
 * main run's random numbers, its attribution kept by the override that makes it ({@code
 * path=value}), and each point checkpointed as it completes. A value the plans cannot take (the
 * scenario refuses it) is kept with its reason and never tried again. Apart from the audit's
 * verdicts because it owns the runs, the replication count and the checkpoint, and knows nothing of
 * findings.
 *
 * <p>Note: This class is not thread-safe.
 */
final class AuditPoints {

  private final LeverPlan plan;
  private final Audit.Mode mode;
  private final long runs;
  private final long seed;
  private final ReplicationEngine engine;
  private final List<Metric> metrics;
  private final AuditCheckpoint checkpoint;
  private final Audit.Listener listener;
  private final Map<String, Attribution> done = new LinkedHashMap<>();
  private final Map<String, String> failed = new LinkedHashMap<>();
  private final List<Audit.Point> points = new ArrayList<>();
  private long replicated;

  /**
   * The points of an audit, read back from {@code checkpoint} if it exists.
   *
   * @param checkpoint the file completed points are saved to, or null for none
   * @param key identifies the experiment; a checkpoint of another is refused
   */
  AuditPoints(
      LeverPlan plan,
      Audit.Mode mode,
      long runs,
      long seed,
      ReplicationEngine engine,
      List<Metric> metrics,
      Path checkpoint,
      String key,
      Audit.Listener listener) {
    this.plan = plan;
    this.mode = mode;
    this.runs = runs;
    this.seed = seed;
    this.engine = engine;
    this.metrics = metrics;
    this.checkpoint = checkpoint == null ? null : new AuditCheckpoint(checkpoint, key);
    this.listener = listener;
    if (this.checkpoint != null && this.checkpoint.exists()) {
      this.checkpoint.restore(
          this::fresh,
          (k, path, value, role, a) -> {
            done.put(k, a);
            record(path, value, role, a);
            replicated += runs;
          },
          failed);
    }
  }

  /** How many variants each point runs. */
  int variantsPerPoint() {
    return mode == Audit.Mode.FULL ? plan.design().variants() : 2;
  }

  /** The comparison at one value of one setting, run once (or read back), or null if invalid. */
  Attribution point(Audit.Setting s, double value, String role) {
    String k = pointKey(s.path(), value);
    Attribution a = done.get(k);
    if (a != null || failed.containsKey(k)) {
      return a;
    }
    List<SalesParameters> variants;
    try {
      variants = plan.with(k, variantsPerPoint());
    } catch (ScenarioException e) {
      failed.put(k, e.path().isEmpty() ? e.problem() : e.path() + ": " + e.problem());
      save();
      return null;
    }
    Attribution fresh = fresh();
    engine.run(
        variants,
        seed,
        0,
        runs,
        results -> {
          fresh.add(results);
          listener.replicated(++replicated);
        });
    done.put(k, fresh);
    record(s.path(), value, role, fresh);
    save();
    return fresh;
  }

  /** The completed comparison at one value of one assumption, or null if none was run there. */
  Attribution at(String path, double value) {
    return done.get(pointKey(path, value));
  }

  /** Why the point at one value of one assumption could not be run, or null. */
  String failure(String path, double value) {
    return failed.get(pointKey(path, value));
  }

  /** Every point completed, in the order run (restored points first). */
  List<Audit.Point> points() {
    return points;
  }

  /** Replications run or restored so far. */
  long replicated() {
    return replicated;
  }

  private void record(String path, double value, String role, Attribution a) {
    Map<Metric, Estimate> totals = new EnumMap<>(Metric.class);
    Map<Metric, String> largest = new EnumMap<>(Metric.class);
    for (Metric m : metrics) {
      totals.put(m, a.total(m));
      if (a.hasShares() && !plan.levers().isEmpty()) {
        largest.put(m, plan.levers().get(a.largest(m)).name());
      }
    }
    points.add(new Audit.Point(path, value, role, totals, largest));
  }

  private Attribution fresh() {
    return mode == Audit.Mode.FULL
        ? Attribution.of(plan.design(), metrics)
        : Attribution.totalsOnly(plan.design(), metrics);
  }

  private void save() {
    if (checkpoint != null) {
      checkpoint.save(points, done, failed);
    }
  }

  /** How a point is keyed: the override it applies. */
  static String pointKey(String path, double value) {
    return path + "=" + plain(value);
  }

  /** A value as a scenario file would write it: plain decimal, 15 significant digits at most. */
  static String plain(double value) {
    return new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros().toPlainString();
  }
}
