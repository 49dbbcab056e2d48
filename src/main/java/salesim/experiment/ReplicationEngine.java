package salesim.experiment;

import java.util.List;
import java.util.function.Consumer;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;

/**
 * Where an experiment's replications run: a thread pool on this machine ({@link #threads}) or,
 * through {@code salesim.spark.SparkEngine}, a Spark cluster. Every engine computes replication r
 * with {@link Replications#variants} and hands the results over in replication order, so the
 * reduction downstream — and every output byte — is the same whichever engine ran them.
 */
public interface ReplicationEngine extends AutoCloseable {

  /**
   * Runs replications {@code [first, first + count)} of every variant on common random numbers.
   *
   * @param inOrder receives each replication's results (one per variant, in variant order), in
   *     replication order, on the caller's thread
   */
  void run(
      List<SalesParameters> variants,
      long seed,
      long first,
      long count,
      Consumer<ReplicationResult[]> inOrder);

  /** Releases the engine's resources (threads are per call; a cluster connection is not). */
  @Override
  default void close() {}

  /** The local engine: {@code threads} worker threads on this machine. */
  static ReplicationEngine threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    return (variants, seed, first, count, inOrder) -> {
      List<SalesParameters> copy = List.copyOf(variants);
      Replications.run(first, count, threads, r -> Replications.variants(copy, seed, r), inOrder);
    };
  }
}
