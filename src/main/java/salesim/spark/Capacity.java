package salesim.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * What a Spark application has to run on, and whether it is getting anywhere, from Spark's own
 * listener events: the executors registered now and their cores (a standalone cluster registers
 * them one by one after the application starts, and replaces or loses them at any time), the
 * tasks running, and when a task last ran or succeeded.
 *
 * <p>Thread-safe: Spark's listener bus writes, the driver's thread reads.
 */
final class Capacity extends SparkListener {

  private final Map<String, Integer> cores = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();
  private volatile long lastActivityNanos = System.nanoTime();

  @Override
  public void onExecutorAdded(SparkListenerExecutorAdded added) {
    cores.put(added.executorId(), added.executorInfo().totalCores());
    synchronized (this) {
      notifyAll();
    }
  }

  @Override
  public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
    cores.remove(removed.executorId());
  }

  @Override
  public void onTaskStart(SparkListenerTaskStart start) {
    running.incrementAndGet();
    lastActivityNanos = System.nanoTime();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    // A task that ends without success (its executor lost, say) is no progress; one still
    // running is, whatever its length.
    running.updateAndGet(n -> Math.max(0, n - 1));
    if (Success$.MODULE$.equals(end.reason())) {
      lastActivityNanos = System.nanoTime();
    }
  }

  /** Cores of the executors registered now. */
  int cores() {
    int total = 0;
    for (int c : cores.values()) {
      total += c;
    }
    return total;
  }

  /** Executors registered now. */
  int executors() {
    return cores.size();
  }

  /**
   * How long nothing has run: zero while a task runs, else the time since a task last started or
   * succeeded (or since {@link #active()}).
   */
  long idleNanos(long now) {
    return running.get() > 0 ? 0 : now - lastActivityNanos;
  }

  /** Starts the idle clock afresh: work has just been asked for. */
  void active() {
    lastActivityNanos = System.nanoTime();
  }

  /** Waits up to {@code millis} for an executor to register (woken early when one does). */
  synchronized void awaitExecutor(long millis) throws InterruptedException {
    if (cores.isEmpty() && millis > 0) {
      wait(millis);
    }
  }
}
