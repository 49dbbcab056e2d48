package salesim.experiment;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import salesim.model.ReplicationResult;
import salesim.model.CustomerBase;
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
   * Runs {@code task} for replications {@code [first, first + count)}.
   *
   * @param threads worker threads (1 runs on the caller's thread)
   * @param inOrder receives each result, in replication order, on the caller's thread
   */
  public static <T> void run(
      long first, long count, int threads, LongFunction<T> task, Consumer<T> inOrder) {
    if (threads <= 1) {
      for (long r = first; r < first + count; r++) {
        inOrder.accept(task.apply(r));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      int window = threads * 4;
      ArrayDeque<Future<T>> inFlight = new ArrayDeque<>(window);
      long next = first;
      long end = first + count;
      while (next < end || !inFlight.isEmpty()) {
        while (next < end && inFlight.size() < window) {
          long r = next++;
          inFlight.addLast(pool.submit(() -> task.apply(r)));
        }
        inOrder.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs replications of one parameter set: the common case. */
  public static void run(
      SalesParameters parameters,
      long seed,
      long first,
      long count,
      int threads,
      Consumer<ReplicationResult> inOrder) {
    run(first, count, threads, r -> SalesModel.run(parameters, seed, r), inOrder);
  }

  /**
   * Replication {@code r} of every variant, on common random numbers: the unit of work every
   * {@link ReplicationEngine} runs, on this machine or on a cluster's executors.
   */
  public static ReplicationResult[] variants(List<SalesParameters> variants, long seed, long r) {
    ReplicationResult[] results = new ReplicationResult[variants.size()];
    CustomerBase base = null;
    for (int v = 0; v < results.length; v++) {
      SalesModel model = new SalesModel(variants.get(v), seed, r);
      model.inheritCustomerBase(base); // every plan starts from the baseline's customers
      results[v] = model.run();
      if (v == 0) {
        base = model.customerBase();
      }
    }
    return results;
  }

  private static <T> T await(Future<T> future) {
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
