package salesim.experiment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import salesim.kernel.stat.Tally;
import salesim.model.Metric;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;

/**
 * The engine behind every design of DESIGN.md §3: K variants run on common random numbers —
 * replication r of every variant draws from (seed, r) — so run is K = 1, compare is K scenarios,
 * sweep is K grid points, stress is the plan plus one variant per shock, sensitivity is the base
 * plus two variants per parameter. Replications run in parallel on a {@link ReplicationEngine}
 * (threads here, or a Spark cluster) and are reduced in order into bounded-memory aggregates,
 * with paired differences of each variant against the first.
 *
 * <p>The state after any number of replications can be written to a checkpoint and restored
 * exactly, so an interrupted experiment resumes to the same bytes.
 *
 * <p>Note: This class is not thread-safe; its engine runs the replications elsewhere.
 */
public final class Experiment implements AutoCloseable {

  /** Sees each replication's results (one per variant), in replication order. */
  @FunctionalInterface
  public interface Listener {
    void replicated(long replication, ReplicationResult[] results);
  }

  /**
   * A statistic of all the variants of each replication together (an attribution to levers, say),
   * reduced in replication order like the experiment's own aggregates and saved in its checkpoint.
   */
  public interface Reduction {

    /** Adds one replication's results, one per variant in variant order. */
    void add(ReplicationResult[] results);

    /** Writes the exact state. */
    void checkpoint(DataOutput out) throws IOException;

    /** Restores a state written by {@link #checkpoint}. */
    void restore(DataInput in) throws IOException;
  }

  private final List<Variant> variants;
  private final long seed;
  private final ReplicationEngine engine;
  private final List<VariantAggregate> aggregates = new ArrayList<>();
  private final List<PairedAggregate> pairs = new ArrayList<>();
  private final List<Reduction> reductions;
  private long done;

  private Experiment(
      List<Variant> variants,
      List<List<PairMetric>> pairMetrics,
      List<Reduction> reductions,
      long seed,
      ReplicationEngine engine,
      Path work,
      long done) {
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("an experiment needs at least one variant");
    }
    this.variants = List.copyOf(variants);
    this.reductions = List.copyOf(reductions);
    this.seed = seed;
    this.engine = java.util.Objects.requireNonNull(engine, "engine");
    this.done = done;
    for (int v = 0; v < variants.size(); v++) {
      Variant variant = variants.get(v);
      aggregates.add(
          new VariantAggregate(
              variant.name(), variant.parameters().calendar().months(), work, "v" + v, done));
      if (v > 0) {
        pairs.add(
            new PairedAggregate(
                pairMetrics.isEmpty() ? List.of() : pairMetrics.get(v - 1), work, "p" + v, done));
      }
    }
  }

  /**
   * A fresh experiment; working files go to {@code work} (deleted by the caller).
   *
   * @param pairMetrics extra metrics of each variant after the first against the first (one list
   *     per such variant), or an empty list for none
   */
  public static Experiment start(
      List<Variant> variants,
      List<List<PairMetric>> pairMetrics,
      long seed,
      int threads,
      Path work) {
    return start(variants, pairMetrics, seed, ReplicationEngine.threads(threads), work);
  }

  /** A fresh experiment whose replications run on {@code engine} (closed by the caller). */
  public static Experiment start(
      List<Variant> variants,
      List<List<PairMetric>> pairMetrics,
      long seed,
      ReplicationEngine engine,
      Path work) {
    return start(variants, pairMetrics, List.of(), seed, engine, work);
  }

  /** A fresh experiment that also feeds every replication to {@code reductions}. */
  public static Experiment start(
      List<Variant> variants,
      List<List<PairMetric>> pairMetrics,
      List<Reduction> reductions,
      long seed,
      ReplicationEngine engine,
      Path work) {
    return new Experiment(variants, pairMetrics, reductions, seed, engine, work, 0);
  }

  /** An experiment restored from a checkpoint written by {@link #checkpoint}. */
  public static Experiment resume(
      List<Variant> variants,
      List<List<PairMetric>> pairMetrics,
      long seed,
      int threads,
      Path work,
      DataInput in)
      throws IOException {
    return resume(variants, pairMetrics, seed, ReplicationEngine.threads(threads), work, in);
  }

  /** An experiment restored from a checkpoint, continuing on {@code engine}. */
  public static Experiment resume(
      List<Variant> variants,
      List<List<PairMetric>> pairMetrics,
      long seed,
      ReplicationEngine engine,
      Path work,
      DataInput in)
      throws IOException {
    return resume(variants, pairMetrics, List.of(), seed, engine, work, in);
  }

  /** An experiment with reductions, restored from a checkpoint (the reductions' state too). */
  public static Experiment resume(
      List<Variant> variants,
      List<List<PairMetric>> pairMetrics,
      List<Reduction> reductions,
      long seed,
      ReplicationEngine engine,
      Path work,
      DataInput in)
      throws IOException {
    long done = in.readLong();
    Experiment experiment =
        new Experiment(variants, pairMetrics, reductions, seed, engine, work, done);
    for (VariantAggregate a : experiment.aggregates) {
      a.restore(in);
    }
    for (PairedAggregate p : experiment.pairs) {
      p.restore(in);
    }
    for (Reduction r : experiment.reductions) {
      r.restore(in);
    }
    return experiment;
  }

  /** Runs the next {@code count} replications. */
  public void advance(long count, Listener listener) {
    int k = variants.size();
    List<SalesParameters> parameters = new ArrayList<>(k);
    for (Variant variant : variants) {
      parameters.add(variant.parameters());
    }
    engine.run(
        parameters,
        seed,
        done,
        count,
        results -> {
          for (int v = 0; v < k; v++) {
            aggregates.get(v).add(results[v]);
            if (v > 0) {
              pairs.get(v - 1).add(results[0], results[v]);
            }
          }
          for (Reduction r : reductions) {
            r.add(results);
          }
          long replication = done++;
          listener.replicated(replication, results);
        });
  }

  /** Replications reduced so far. */
  public long done() {
    return done;
  }

  /** The variants, in order; the first is the baseline. */
  public List<Variant> variants() {
    return variants;
  }

  /** The running tally of a metric for a variant (cheap: for stopping rules). */
  public Tally tally(int variant, Metric metric) {
    return aggregates.get(variant).tally(metric);
  }

  /** A variant's summaries (reads its columns back for exact percentiles). */
  public RunResult result(int variant) {
    return aggregates.get(variant).result(seed);
  }

  /** Variant {@code variant} (≥ 1) against the baseline on a metric. */
  public PairedDifference difference(int variant, Metric metric) {
    return pairs
        .get(variant - 1)
        .difference(metric, aggregates.get(0).tally(metric), aggregates.get(variant).tally(metric));
  }

  /** The summary of pair metric {@code i} of variant {@code variant} (≥ 1) against the baseline. */
  public MetricSummary pairMetric(int variant, int i) {
    return pairs.get(variant - 1).extra(i);
  }

  /** The summary of the pair metric named {@code key} of variant {@code variant} (≥ 1). */
  public MetricSummary pairMetric(int variant, String key) {
    List<PairMetric> extras = pairs.get(variant - 1).extras();
    for (int i = 0; i < extras.size(); i++) {
      if (extras.get(i).key().equals(key)) {
        return pairs.get(variant - 1).extra(i);
      }
    }
    throw new IllegalArgumentException("variant " + variant + " has no pair metric " + key);
  }

  /**
   * The type-7 quantile {@code q} of the {@code k} smallest values of the pair metric named {@code
   * key} of variant {@code variant} (≥ 1): a statistic of the runs whose values are lowest (for a
   * stress test, the runs that recovered). NaN if {@code k} is 0.
   */
  public double quantileOfSmallest(int variant, String key, long k, double q) {
    List<PairMetric> extras = pairs.get(variant - 1).extras();
    for (int i = 0; i < extras.size(); i++) {
      if (extras.get(i).key().equals(key)) {
        return pairs.get(variant - 1).quantileOfSmallest(i, k, q);
      }
    }
    throw new IllegalArgumentException("variant " + variant + " has no pair metric " + key);
  }

  /** The extra pair metrics of variant {@code variant} (≥ 1). */
  public List<PairMetric> pairMetrics(int variant) {
    return pairs.get(variant - 1).extras();
  }

  /** The master seed. */
  public long seed() {
    return seed;
  }

  /** Writes the exact state after {@link #done()} replications. */
  public void checkpoint(DataOutput out) throws IOException {
    out.writeLong(done);
    for (VariantAggregate a : aggregates) {
      a.checkpoint(out);
    }
    for (PairedAggregate p : pairs) {
      p.checkpoint(out);
    }
    for (Reduction r : reductions) {
      r.checkpoint(out);
    }
  }

  @Override
  public void close() {
    for (VariantAggregate a : aggregates) {
      a.close();
    }
    for (PairedAggregate p : pairs) {
      p.close();
    }
  }
}
