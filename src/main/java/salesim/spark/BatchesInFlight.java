package salesim.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import salesim.experiment.ReplicationEngine.Failure;
import salesim.model.ReplicationResult;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * The batches of one run submitted to Spark and not yet handed over, and the queue their
 * partitions' results arrive on. Spark's scheduler thread queues each partition's results the
 * moment its task succeeds; the driver's thread hands them to the consumer in replication order,
 * partition by partition, as soon as a partition and every one before it have arrived — not when
 * the whole batch has — so the caller checkpoints on time. While it waits it fails fast on an
 * interruption, a failed job or a stalled cluster. Apart from {@link SparkEngine}, which decides
 * what to submit and when, because this is the part that Spark's threads and the driver's share.
 *
 * <p>Note: This class is not thread-safe; only the driver's thread calls it (the arrivals come
 * through a thread-safe queue).
 */
final class BatchesInFlight {

  private final JavaSparkContext spark;
  private final Capacity capacity;
  private final long stallTimeoutSeconds;
  private final BooleanSupplier interrupted;
  private final LinkedBlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
  private final ArrayDeque<Batch> batches = new ArrayDeque<>();

  /**
   * @param stallTimeoutSeconds how long no task may run while the driver waits before the run
   *     stops as stalled
   * @param interrupted whether the engine has been told to stop
   */
  BatchesInFlight(
      JavaSparkContext spark,
      Capacity capacity,
      long stallTimeoutSeconds,
      BooleanSupplier interrupted) {
    this.spark = spark;
    this.capacity = capacity;
    this.stallTimeoutSeconds = stallTimeoutSeconds;
    this.interrupted = interrupted;
  }

  /** Batches submitted and not yet handed over in full. */
  int size() {
    return batches.size();
  }

  boolean isEmpty() {
    return batches.isEmpty();
  }

  /**
   * Submits the batch starting at {@code from}: one partition per chunk, in replication order,
   * each partition's results queued for the driver the moment its task succeeds. Returns the
   * replication after the batch's last.
   */
  long submit(ReplicationTask task, Batching batching, long from, long end) {
    long to = Math.min(end, from + batching.batchSize());
    List<Chunk> chunks = new ArrayList<>();
    List<Object> partitions = new ArrayList<>();
    for (long start = from; start < to; start += batching.perPartition()) {
      partitions.add(chunks.size());
      chunks.add(new Chunk(start, Math.min(batching.perPartition(), to - start)));
    }
    Batch batch = new Batch(from, to, chunks.size());
    try {
      spark.setJobDescription("salesim replications " + batch.name());
      // numSlices = chunks.size() puts exactly one chunk in each partition, in list order.
      batch.job =
          spark.sc().submitJob(
              spark.parallelize(chunks, chunks.size()).rdd(),
              task,
              CollectionConverters.asScala(partitions).toSeq(),
              new AbstractFunction2<Object, ReplicationResult[][], BoxedUnit>() {
                @Override
                public BoxedUnit apply(Object partition, ReplicationResult[][] results) {
                  // On Spark's scheduler thread: hand over, never reduce here.
                  arrivals.add(new Arrival(batch, (Integer) partition, results));
                  return BoxedUnit.UNIT;
                }
              },
              new AbstractFunction0<BoxedUnit>() {
                @Override
                public BoxedUnit apply() {
                  return BoxedUnit.UNIT;
                }
              });
    } catch (IllegalStateException e) { // a context stopped under us
      throw ClusterFailures.classify(e, "replications " + batch.name(), spark.sc().isStopped());
    }
    batches.addLast(batch);
    return to;
  }

  /**
   * Hands the first batch's results to {@code inOrder}, partition by partition as they arrive,
   * replication by replication, and then forgets the batch.
   */
  void handOverFirst(Consumer<ReplicationResult[]> inOrder) {
    Batch head = batches.peekFirst();
    boolean waiting = false;
    long waitingSince = 0; // while waiting: when the driver began to wait for the next partition
    while (!head.done()) {
      ReplicationResult[][] partition = head.nextInOrder();
      if (partition == null) {
        if (!waiting) {
          waiting = true;
          waitingSince = System.nanoTime();
        }
        await(waitingSince);
        continue;
      }
      waiting = false;
      for (ReplicationResult[] results : partition) {
        inOrder.accept(results);
      }
    }
    batches.removeFirst();
  }

  /** Cancels the jobs of the batches not handed over in full (a failed or interrupted run). */
  void cancelAll() {
    for (Batch batch : batches) {
      batch.job.cancel();
    }
  }

  /**
   * Waits a moment for the next partition's results; meanwhile fails fast on an interruption, a
   * failed job or a stalled cluster. A stall is time without a task running or succeeding while
   * the driver waits ({@code waitingSince}): the driver's own time reducing results, when the
   * executors may have run out of work, does not count.
   */
  private void await(long waitingSince) {
    Arrival arrival;
    try {
      arrival = arrivals.poll(SparkEngine.POLL_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted while waiting for Spark", e);
    }
    if (arrival != null) {
      arrival.batch().arrived(arrival.partition(), arrival.results());
      return;
    }
    if (interrupted.getAsBoolean()) {
      throw new Failure("interrupted");
    }
    for (Batch batch : batches) {
      Throwable error = batch.error();
      if (error != null) {
        throw ClusterFailures.classify(
            error, "replications " + batch.name(), spark.sc().isStopped());
      }
    }
    long now = System.nanoTime();
    long idle = Math.min(capacity.idleNanos(now), now - waitingSince);
    if (idle > TimeUnit.SECONDS.toNanos(stallTimeoutSeconds)) {
      throw ClusterFailures.stalled(TimeUnit.NANOSECONDS.toSeconds(idle), capacity.executors());
    }
  }

  /** One partition's results, handed from Spark's scheduler thread to the driver's. */
  private record Arrival(Batch batch, int partition, ReplicationResult[][] results) {}

  /**
   * A submitted batch: its job, and the partitions' results that have arrived but are not yet
   * reduced. Only the driver's thread touches it (arrivals come through the queue).
   */
  private static final class Batch {

    final long from;
    final long to;
    private final ReplicationResult[][][] partitions;
    private int delivered;
    SimpleFutureAction<BoxedUnit> job;

    Batch(long from, long to, int partitions) {
      this.from = from;
      this.to = to;
      this.partitions = new ReplicationResult[partitions][][];
    }

    String name() {
      return from + "-" + (to - 1);
    }

    void arrived(int partition, ReplicationResult[][] results) {
      partitions[partition] = results;
    }

    /** The next partition in order if it has arrived (released, for the memory), else null. */
    ReplicationResult[][] nextInOrder() {
      ReplicationResult[][] next = partitions[delivered];
      if (next != null) {
        partitions[delivered++] = null;
      }
      return next;
    }

    boolean done() {
      return delivered == partitions.length;
    }

    /** The job's failure, or null while it runs or once it succeeded. */
    Throwable error() {
      if (!job.isCompleted()) {
        return null;
      }
      Try<BoxedUnit> outcome = job.value().get();
      return outcome.isFailure() ? outcome.failed().get() : null;
    }
  }
}
