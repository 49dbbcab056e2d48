package salesim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.StageInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What a test's Spark application did, seen from Spark's own events rather than from salesim's:
 * each job (batch) with its task count and replications, each task's outcome, the executors.
 * Spark creates it from {@code spark.extraListeners}, so it sees the application from its start;
 * the test reads the latest instance.
 *
 * <p>Thread-safe: Spark's listener bus writes, the test reads.
 */
public final class TaskLog extends SparkListener {

  /** A job: its id, the replications of its description ({@code salesim replications A-B}). */
  record Job(int id, long first, long last, int tasks) {}

  /** A task that ended: its job, its partition, and whether it succeeded (else why not). */
  record Task(int job, int partition, boolean succeeded, String reason) {}

  private static volatile TaskLog latest;

  private final List<Job> jobs = new ArrayList<>();
  private final Map<Integer, Integer> jobOfStage = new ConcurrentHashMap<>();
  private final List<Task> tasks = new ArrayList<>();
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger executorsAdded = new AtomicInteger();
  private final Map<String, Integer> cores = new ConcurrentHashMap<>();

  public TaskLog() {
    latest = this;
  }

  /** Forgets the last application's log: {@link #latest} is null until the next one starts. */
  static void reset() {
    latest = null;
  }

  /** The log of the application started last. */
  static TaskLog latest() {
    return latest;
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart start) {
    String description = start.properties().getProperty("spark.job.description", "");
    String[] range = description.replace("salesim replications ", "").split("-");
    int total = 0;
    for (StageInfo stage : CollectionConverters.asJava(start.stageInfos())) {
      total += stage.numTasks();
      jobOfStage.put(stage.stageId(), start.jobId());
    }
    jobs.add(new Job(start.jobId(), Long.parseLong(range[0]), Long.parseLong(range[1]), total));
  }

  @Override
  public void onTaskStart(SparkListenerTaskStart start) {
    started.incrementAndGet();
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    boolean success = Success$.MODULE$.equals(end.reason());
    tasks.add(
        new Task(
            jobOfStage.getOrDefault(end.stageId(), -1), end.taskInfo().index(), success,
            success ? "" : end.reason().toString()));
  }

  @Override
  public void onExecutorAdded(SparkListenerExecutorAdded added) {
    executorsAdded.incrementAndGet();
    cores.put(added.executorId(), added.executorInfo().totalCores());
  }

  @Override
  public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
    cores.remove(removed.executorId());
  }

  synchronized List<Job> jobs() {
    return List.copyOf(jobs);
  }

  synchronized List<Task> tasks() {
    return List.copyOf(tasks);
  }

  /** Tasks started so far (attempts, retries included). */
  int started() {
    return started.get();
  }

  /** Executors that registered so far, replacements included. */
  int executorsAdded() {
    return executorsAdded.get();
  }

  /** Cores of the executors registered now. */
  int cores() {
    return cores.values().stream().mapToInt(Integer::intValue).sum();
  }
}
