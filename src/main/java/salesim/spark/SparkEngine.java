package salesim.spark;

import java.io.File;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import salesim.experiment.ReplicationEngine;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;
import salesim.scenario.ParametersJson;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * Runs replications on Spark: each batch of replications becomes one job of {@link Chunk}
 * partitions, executors compute them with the local engine's code ({@link ReplicationTask}), and
 * the driver feeds the results to the same in-order consumer as the local engine — partition by
 * partition, replication by replication — so summary.json, monthly.csv and runs.csv are the same
 * bytes.
 *
 * <p>On a cluster the engine waits (within {@code spark.salesim.executorTimeout}) for the first
 * executors, and plans every batch for the cores registered at that moment, so a batch spreads
 * over the cluster as it is now, executors joining or leaving included. Each partition's results
 * reach the consumer as soon as it and every partition before it have finished, not when the
 * whole batch has, so the caller can checkpoint on time; the next batch is submitted before the
 * current one is reduced, so at most two batches of results are held (see {@link Batching}).
 *
 * <p>What goes wrong on a cluster is the cluster's, not a bug, and ends in {@link
 * ReplicationEngine.Failure} with one line to act on: a master that cannot be reached, no
 * executors granted, executors lost with none replacing them for {@code
 * spark.salesim.stallTimeout}, a job cancelled or the application killed. A replication that
 * throws on an executor is still a bug and ends in an {@link IllegalStateException}.
 *
 * <p>Note: This class is not thread-safe; one experiment uses it at a time ({@link #interrupt}
 * excepted).
 */
public final class SparkEngine implements ReplicationEngine {

  /** A Spark setting: replications per partition at most. */
  static final String PER_PARTITION = "spark.salesim.replicationsPerPartition";
  /** A Spark setting: results one batch may hold on the driver. */
  static final String MAX_BATCH_RESULTS = "spark.salesim.maxBatchResults";
  /** A Spark setting: how long a cluster may take to grant the first executor. */
  static final String EXECUTOR_TIMEOUT = "spark.salesim.executorTimeout";
  /** A Spark setting: how long no task may run before a run stops as stalled. */
  static final String STALL_TIMEOUT = "spark.salesim.stallTimeout";
  /** The log configuration when salesim starts Spark itself, unless the user gives one. */
  static final String LOG_CONFIG = "salesim/spark/log4j2.properties";
  /** How long to try a TCP connection to a standalone master before Spark is started. */
  static final int CONNECT_TIMEOUT_MILLIS = 10_000;

  private static final String EXECUTOR_TIMEOUT_DEFAULT = "60s";
  private static final String STALL_TIMEOUT_DEFAULT = "120s";
  /** How often the driver looks at the cluster while it waits for results. */
  private static final long POLL_MILLIS = 200;
  private static final int BATCHES_IN_FLIGHT = 2;

  private final JavaSparkContext spark;
  private final String master;
  private final boolean local;
  private final Settings settings;
  private final Consumer<String> notices;
  private final Capacity capacity = new Capacity();
  private volatile boolean interrupted;
  /** The task slots the last batch was planned for (0 before the first). */
  private int plannedSlots;

  private SparkEngine(JavaSparkContext spark, boolean local, Settings settings,
      Consumer<String> notices) {
    this.spark = spark;
    this.master = spark.master();
    this.local = local;
    this.settings = settings;
    this.notices = notices;
    spark.sc().addSparkListener(capacity);
  }

  /** The salesim settings read from Spark's configuration, checked before Spark starts. */
  record Settings(
      int targetPerPartition,
      int maxBatchResults,
      int cpusPerTask,
      long executorTimeoutSeconds,
      long stallTimeoutSeconds) {

    static Settings of(SparkConf conf) {
      return new Settings(
          positiveInt(conf, PER_PARTITION, Batching.TARGET_PER_PARTITION),
          positiveInt(conf, MAX_BATCH_RESULTS, Batching.MAX_BATCH_RESULTS),
          positiveInt(conf, "spark.task.cpus", 1),
          positiveSeconds(conf, EXECUTOR_TIMEOUT, EXECUTOR_TIMEOUT_DEFAULT),
          positiveSeconds(conf, STALL_TIMEOUT, STALL_TIMEOUT_DEFAULT));
    }

    private static int positiveInt(SparkConf conf, String key, int fallback) {
      String text = conf.get(key, Integer.toString(fallback)).trim();
      try {
        int value = Integer.parseInt(text);
        if (value >= 1) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(key + ": expected a whole number >= 1 (got " + text + ")");
    }

    private static long positiveSeconds(SparkConf conf, String key, String fallback) {
      String text = conf.get(key, fallback).trim();
      try {
        long seconds = conf.getTimeAsSeconds(key, fallback);
        if (seconds >= 1) {
          return seconds;
        }
      } catch (RuntimeException e) { // NumberFormatException, as Spark parses it
        // reported below
      }
      throw new IllegalArgumentException(
          key + ": expected a time of at least 1 s, such as 90s or 5min (got " + text + ")");
    }
  }

  /**
   * Connects to Spark; the command line calls this reflectively for {@code --engine spark}. On a
   * cluster it returns once the first executor has registered.
   *
   * @param master a master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}, ...), or
   *     null for the one spark-submit set, else {@code local[*]}
   * @param notices receives one-line notices for the user: the cores used, and each change of them
   * @throws IllegalArgumentException if the master URL or a salesim setting is malformed, or Spark
   *     cannot start with them
   * @throws ReplicationEngine.Failure if the cluster cannot be reached or grants no executor
   */
  public static ReplicationEngine open(String master, Consumer<String> notices) {
    // spark-submit hands its master over as a system property; the cluster's logging is its own.
    boolean submitted = System.getProperty("spark.master") != null;
    if (!submitted) {
      quietLogging();
    }
    SparkConf conf = new SparkConf().setAppName("salesim");
    if (master != null) {
      conf.setMaster(master);
    }
    conf.setIfMissing("spark.master", "local[*]");
    String url = conf.get("spark.master");
    boolean local = url.startsWith("local");
    Settings settings = Settings.of(conf);
    if (local) {
      // One JVM: no web UI to start, and no reliance on this host's name resolving.
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    } else {
      // Started by ./salesim rather than spark-submit: executors fetch this jar from the driver.
      String jar = ownJar();
      if (jar != null) {
        conf.setIfMissing("spark.jars", jar);
      }
      StandaloneMaster standalone = StandaloneMaster.parse(url);
      if (standalone != null) {
        InetAddress here = standalone.reach(CONNECT_TIMEOUT_MILLIS);
        // Executors call the driver back on spark.driver.host. Where this host's name resolves to
        // a loopback address Spark picks some other interface instead; the address that reaches
        // the master is the one the cluster can reach back (SPARK_LOCAL_IP, if set, still wins).
        String host = StandaloneMaster.driverHost(here);
        if (host != null
            && System.getenv("SPARK_LOCAL_IP") == null
            && System.getenv("SPARK_LOCAL_HOSTNAME") == null) {
          conf.setIfMissing("spark.driver.host", host);
        }
      }
    }
    JavaSparkContext spark;
    try {
      spark = new JavaSparkContext(conf);
    } catch (Exception e) { // Scala throws SparkException undeclared
      throw new IllegalArgumentException(
          "--master " + url + ": Spark cannot start: " + firstLine(e.getMessage()), e);
    }
    SparkEngine engine = new SparkEngine(spark, local, settings, notices);
    try {
      engine.awaitExecutors();
    } catch (RuntimeException | Error e) {
      spark.stop();
      throw e;
    }
    return engine;
  }

  /**
   * On a cluster, waits for the first executor: until then there is nothing to plan for. Under
   * dynamic allocation executors come only for pending tasks, so the first batch goes first, and
   * a cluster that grants nothing is then a stall.
   */
  private void awaitExecutors() {
    if (local || spark.getConf().getBoolean("spark.dynamicAllocation.enabled", false)) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.executorTimeoutSeconds());
    while (slots() == 0) {
      if (spark.sc().isStopped()) {
        throw new Failure(
            "--master " + master + ": Spark stopped before an executor registered: the master"
                + " ended this application (the warnings above say why: is it a Spark 4"
                + " standalone master?) or this program is shutting down");
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new Failure(
            "--master " + master + ": no Spark executor started within "
                + settings.executorTimeoutSeconds() + " s (" + EXECUTOR_TIMEOUT + "): the"
                + " cluster granted this application no resources. Check on the master's web UI"
                + " that a worker is ALIVE with a free core and "
                + spark.getConf().get("spark.executor.memory", "1g")
                + " (spark.executor.memory) of free memory, and that other applications leave"
                + " it some");
      }
      try {
        capacity.awaitExecutor(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Failure("interrupted while waiting for Spark executors", e);
      }
    }
  }

  @Override
  public void run(
      List<SalesParameters> variants,
      long seed,
      long first,
      long count,
      Consumer<ReplicationResult[]> inOrder) {
    if (count <= 0) {
      return;
    }
    ReplicationTask task = new ReplicationTask(shippable(variants), seed);
    LinkedBlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    ArrayDeque<Batch> inFlight = new ArrayDeque<>();
    long end = first + count;
    long next = first;
    boolean waiting = false;
    long waitingSince = 0; // while waiting: when the driver began to wait for the next partition
    capacity.active();
    try {
      while (next < end || !inFlight.isEmpty()) {
        while (next < end && inFlight.size() < BATCHES_IN_FLIGHT) {
          Batch batch = submit(task, plan(variants.size(), end - next), next, end, arrivals);
          inFlight.addLast(batch);
          next = batch.to;
        }
        Batch head = inFlight.peekFirst();
        while (!head.done()) {
          ReplicationResult[][] partition = head.nextInOrder();
          if (partition == null) {
            if (!waiting) {
              waiting = true;
              waitingSince = System.nanoTime();
            }
            await(arrivals, inFlight, waitingSince);
            continue;
          }
          waiting = false;
          for (ReplicationResult[] results : partition) {
            inOrder.accept(results);
          }
        }
        inFlight.removeFirst();
      }
    } finally {
      for (Batch batch : inFlight) {
        batch.job.cancel();
      }
    }
  }

  /** Plans the next batch for the task slots registered now, and says so when they changed. */
  private Batching plan(int variants, long remaining) {
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

  /** A cluster's executors registered now, and their cores. */
  record Registered(int executors, int cores) {}

  /**
   * The executors registered now, from this engine's listener — unless Spark's status store
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

  /**
   * Submits the batch starting at {@code from}: one partition per chunk, in replication order,
   * each partition's results queued for the driver the moment its task succeeds.
   */
  private Batch submit(
      ReplicationTask task,
      Batching batching,
      long from,
      long end,
      LinkedBlockingQueue<Arrival> arrivals) {
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
      throw classify(e, "replications " + batch.name(), spark.sc().isStopped());
    }
    return batch;
  }

  /**
   * Waits a moment for the next partition's results; meanwhile fails fast on an interruption, a
   * failed job or a stalled cluster. A stall is time without a task running or succeeding while
   * the driver waits ({@code waitingSince}): the driver's own time reducing results, when the
   * executors may have run out of work, does not count.
   */
  private void await(
      LinkedBlockingQueue<Arrival> arrivals, ArrayDeque<Batch> inFlight, long waitingSince) {
    Arrival arrival;
    try {
      arrival = arrivals.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted while waiting for Spark", e);
    }
    if (arrival != null) {
      arrival.batch().arrived(arrival.partition(), arrival.results());
      return;
    }
    if (interrupted) {
      throw new Failure("interrupted");
    }
    for (Batch batch : inFlight) {
      Throwable error = batch.error();
      if (error != null) {
        throw classify(error, "replications " + batch.name(), spark.sc().isStopped());
      }
    }
    long now = System.nanoTime();
    long idle = Math.min(capacity.idleNanos(now), now - waitingSince);
    if (idle > TimeUnit.SECONDS.toNanos(settings.stallTimeoutSeconds())) {
      int executors = capacity.executors();
      throw new Failure(
          "Spark made no progress for " + TimeUnit.NANOSECONDS.toSeconds(idle) + " s ("
              + STALL_TIMEOUT + "): "
              + (executors == 0
                  ? "its executors were lost and none has replaced them"
                  : "no task ran on its " + executors + " executor" + (executors == 1 ? "" : "s"))
              + ". Check the workers on the master's web UI");
    }
  }

  /**
   * What a failed job means for the user: the cluster's failures (the application stopped, the
   * job cancelled, tasks lost with their executors too often) become a {@link Failure}; an
   * exception thrown by a replication on an executor stays a bug.
   *
   * @param what the replications the job ran, for the message
   * @param stopped whether the SparkContext has stopped
   */
  static RuntimeException classify(Throwable error, String what, boolean stopped) {
    String reason = firstLine(error.getMessage());
    if (stopped || reason.contains("SparkContext was shut down")) {
      return new Failure(
          "Spark stopped before " + what + " were done: the application was killed (on the"
              + " master's web UI, say) or this program is shutting down",
          error);
    }
    Throwable cause = error.getCause();
    if (cause != null && !(cause instanceof SparkException)) {
      // Spark passes the task's own exception as the cause: the replication itself failed.
      return new IllegalStateException(what + " failed on an executor: " + cause, cause);
    }
    if (reason.toLowerCase(Locale.ROOT).contains("cancelled")) {
      return new Failure("the Spark job for " + what + " was cancelled (" + reason + ")", error);
    }
    return new Failure(
        "Spark gave up on " + what + ": " + reason + " Check the executors' logs (the"
            + " application's page on the master's web UI links them)",
        error);
  }

  /**
   * The variants as JSON, checked to read back to equal parameters: if they did not, executors
   * would simulate a different company and the bytes would silently differ.
   */
  static List<String> shippable(List<SalesParameters> variants) {
    List<String> json = new ArrayList<>(variants.size());
    for (int v = 0; v < variants.size(); v++) {
      String text = ParametersJson.write(variants.get(v));
      if (!ParametersJson.read(text).equals(variants.get(v))) {
        throw new IllegalStateException(
            "variant " + v + " does not survive the trip to the executors as JSON");
      }
      json.add(text);
    }
    return json;
  }

  /** The first line of a message (Spark appends stack traces and driver traces to its own). */
  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }

  /**
   * Spark's default log level is INFO on the console; started by salesim rather than spark-submit,
   * show warnings only.
   */
  private static void quietLogging() {
    java.net.URL config = SparkEngine.class.getClassLoader().getResource(LOG_CONFIG);
    if (config != null
        && System.getProperty("log4j2.configurationFile") == null
        && System.getProperty("log4j.configurationFile") == null) {
      // A URL (file: or jar:), which log4j reads wherever the class came from.
      System.setProperty("log4j2.configurationFile", config.toString());
    }
  }

  /** The jar this class was loaded from, or null when it runs from a classes folder. */
  private static String ownJar() {
    CodeSource source = SparkEngine.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    try {
      File file = new File(source.getLocation().toURI());
      return file.isFile() ? file.getAbsolutePath() : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void interrupt() {
    interrupted = true;
  }

  @Override
  public void close() {
    spark.stop();
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
