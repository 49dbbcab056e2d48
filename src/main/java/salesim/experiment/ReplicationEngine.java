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

  /**
   * Asks a {@link #run} in progress on another thread to stop soon (the JVM is shutting down, say
   * on Ctrl-C): it then throws {@link Failure} from a replication boundary, so the results handed
   * over so far are whole and can be checkpointed. Engines whose results arrive every few
   * milliseconds may ignore it: the caller stops between two of them.
   */
  default void interrupt() {}

  /** Releases the engine's resources (threads are per call; a cluster connection is not). */
  @Override
  default void close() {}

  /**
   * An engine cannot go on for a reason outside the program — a cluster it cannot reach, that
   * grants it no resources, or that lost its workers — or it was interrupted. The message is one
   * line that says what happened and what to check. Every result handed over before it is whole,
   * so an experiment can checkpoint them and resume; a bug still surfaces as any other exception.
   */
  final class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Failure(String message) {
      super(message);
    }

    public Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

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
