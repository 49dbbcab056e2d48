package salesim.spark;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import salesim.experiment.ReplicationEngine.Failure;

/**
 * The task slots the Spark engine plans each batch for: the cores registered at that moment (on a
 * cluster, from {@link Capacity}'s listener or Spark's status store, whichever knows more) over
 * the cores each task takes, and a notice to the user whenever they change. On a cluster it also
 * waits for the first executor, since before it there is nothing to plan for. Apart from {@link
 * SparkEngine}, which submits and collects the batches, because what the cluster offers changes
 * under a run and this class is the one place that reads it.
 *
 * <p>Note: This class is not thread-safe; only the driver's thread uses it ({@link Capacity},
 * which it reads, is written by Spark's listener bus).
 */
final class TaskSlots {

  private final JavaSparkContext spark;
  private final String master;
  private final boolean local;
  private final SparkEngine.Settings settings;
  private final Consumer<String> notices;
  private final Capacity capacity;
  /** The task slots the last batch was planned for (0 before the first). */
  private int plannedSlots;

  TaskSlots(
      JavaSparkContext spark,
      boolean local,
      SparkEngine.Settings settings,
      Consumer<String> notices,
      Capacity capacity) {
    this.spark = spark;
    this.master = spark.master();
    this.local = local;
    this.settings = settings;
    this.notices = notices;
    this.capacity = capacity;
  }

  /** A cluster's executors registered now, and their cores. */
  record Registered(int executors, int cores) {}

  /**
   * On a cluster, waits for the first executor: until then there is nothing to plan for. Under
   * dynamic allocation executors come only for pending tasks, so the first batch goes first, and
   * a cluster that grants nothing is then a stall.
   */
  void awaitFirstExecutor() {
    if (local || spark.getConf().getBoolean("spark.dynamicAllocation.enabled", false)) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.executorTimeoutSeconds());
    while (slots() == 0) {
      if (spark.sc().isStopped()) {
        throw ClusterFailures.stoppedBeforeAnExecutor(master);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw ClusterFailures.noExecutorWithin(
            master,
            settings.executorTimeoutSeconds(),
            spark.getConf().get("spark.executor.memory", "1g"));
      }
      try {
        capacity.awaitExecutor(
            Math.min(SparkEngine.POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Failure("interrupted while waiting for Spark executors", e);
      }
    }
  }

  /** Plans the next batch for the task slots registered now, and says so when they changed. */
  Batching plan(int variants, long remaining) {
    int slots = slots();
    if (slots == 0) {
      // No executor now (a lost one is being replaced, or not; or dynamic allocation has yet to
      // start one): plan as before, or for Spark's own minimum of two slots; the stall bound
      // decides whether any comes.
      slots = plannedSlots > 0 ? plannedSlots : 2;
    }
    Batching batching =
        Batching.plan(
            slots, variants, remaining, settings.targetPerPartition(), settings.maxBatchResults());
    if (slots != plannedSlots) {
      notices.accept(
          String.format(
              Locale.ROOT,
              "Spark %s: %s%s; batches of %d tasks of up to %d runs",
              master,
              plannedSlots == 0 ? "" : "now ",
              describeCores(),
              batching.partitions(),
              batching.perPartition()));
      plannedSlots = slots;
    }
    return batching;
  }

  /** The cores the application runs on, for the notices. */
  private String describeCores() {
    if (local) {
      return spark.defaultParallelism() + " cores";
    }
    Registered now = registered();
    if (now.executors() == 0) {
      return "no executor yet";
    }
    return String.format(
        Locale.ROOT, "%d cores on %d executor%s", now.cores(), now.executors(),
        now.executors() == 1 ? "" : "s");
  }

  /** Task slots to plan a batch for: the cores registered now, over the cores each task takes. */
  int slots() {
    if (local) {
      return spark.defaultParallelism();
    }
    return registered().cores() / settings.cpusPerTask();
  }

  /**
   * The executors registered now, from the engine's listener — unless Spark's status store
   * (which lists the driver too) knows more of them: the listener's queue is behind, or it missed
   * the executors that registered before it was added. The scheduler's own count then stands in
   * for the cores (a cluster's default parallelism is its registered cores, at least 2).
   */
  Registered registered() {
    int listed = spark.sc().statusTracker().getExecutorInfos().length - 1;
    if (listed > capacity.executors()) {
      return new Registered(listed, Math.max(capacity.cores(), spark.defaultParallelism()));
    }
    return new Registered(capacity.executors(), capacity.cores());
  }
}
