package salesim.experiment;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import salesim.model.ReplicationResult;
import salesim.model.SalesModel;
import salesim.model.SalesParameters;

/**
 * Runs replications on a pool of threads and hands the results to a consumer in replication
 * order, never in completion order, so any thread count gives the same downstream bytes. At most
 * a small window of replications is in flight, so memory does not grow with the run count.
 */
public final class Replications {

  private Replications() {}

  /**
   * Runs replications {@code [first, first + count)} of {@code parameters} under {@code seed}.
   *
   * @param threads worker threads (1 runs on the caller's thread)
   * @param inOrder receives each result, in replication order, on the caller's thread
   */
  public static void run(
      SalesParameters parameters,
      long seed,
      long first,
      long count,
      int threads,
      Consumer<ReplicationResult> inOrder) {
    if (threads <= 1) {
      for (long r = first; r < first + count; r++) {
        inOrder.accept(SalesModel.run(parameters, seed, r));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      int window = threads * 4;
      ArrayDeque<Future<ReplicationResult>> inFlight = new ArrayDeque<>(window);
      long next = first;
      long end = first + count;
      while (next < end || !inFlight.isEmpty()) {
        while (next < end && inFlight.size() < window) {
          long r = next++;
          inFlight.addLast(pool.submit(() -> SalesModel.run(parameters, seed, r)));
        }
        inOrder.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ReplicationResult await(Future<ReplicationResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a replication", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "salesim-replication");
      thread.setDaemon(true);
      return thread;
    };
  }
}
