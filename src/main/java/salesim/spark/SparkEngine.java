package salesim.spark;

import java.io.File;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import salesim.experiment.ReplicationEngine;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;

/**
 * Runs replications on Spark: each batch of replications becomes one job of {@link Chunk}
 * partitions, executors compute them with the local engine's code ({@link ReplicationTask}), and
 * the driver feeds the results to the same in-order consumer as the local engine — partition by
 * partition, replication by replication — so summary.json, monthly.csv and runs.csv are the same
 * bytes.
 *
 * <p>On a cluster the engine waits (within {@code spark.salesim.executorTimeout}) for the first
 * executors, and plans every batch for the cores registered at that moment ({@link TaskSlots}),
 * so a batch spreads over the cluster as it is now, executors joining or leaving included. Each
 * partition's results reach the consumer as soon as it and every partition before it have
 * finished, not when the whole batch has, so the caller can checkpoint on time ({@link
 * BatchesInFlight}); the next batch is submitted before the current one is reduced, so at most two
 * batches of results are held (see {@link Batching}).
 *
 * <p>What goes wrong on a cluster is the cluster's, not a bug, and ends in {@link
 * ReplicationEngine.Failure} with one line to act on ({@link ClusterFailures}): a master that
 * cannot be reached, no executors granted, executors lost with none replacing them for {@code
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
  /** How often the driver looks at the cluster while it waits for executors or results. */
  static final long POLL_MILLIS = 200;
  private static final int BATCHES_IN_FLIGHT = 2;

  private final JavaSparkContext spark;
  private final Settings settings;
  private final Capacity capacity = new Capacity();
  private final TaskSlots slots;
  private volatile boolean interrupted;

  private SparkEngine(JavaSparkContext spark, boolean local, Settings settings,
      Consumer<String> notices) {
    this.spark = spark;
    this.settings = settings;
    this.slots = new TaskSlots(spark, local, settings, notices, capacity);
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
          "--master " + url + ": Spark cannot start: " + ClusterFailures.firstLine(e.getMessage()),
          e);
    }
    SparkEngine engine = new SparkEngine(spark, local, settings, notices);
    try {
      engine.slots.awaitFirstExecutor();
    } catch (RuntimeException | Error e) {
      spark.stop();
      throw e;
    }
    return engine;
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
    ReplicationTask task = ReplicationTask.of(variants, seed);
    BatchesInFlight inFlight =
        new BatchesInFlight(spark, capacity, settings.stallTimeoutSeconds(), () -> interrupted);
    long end = first + count;
    long next = first;
    capacity.active();
    try {
      while (next < end || !inFlight.isEmpty()) {
        while (next < end && inFlight.size() < BATCHES_IN_FLIGHT) {
          next = inFlight.submit(task, slots.plan(variants.size(), end - next), next, end);
        }
        inFlight.handOverFirst(inOrder);
      }
    } finally {
      inFlight.cancelAll();
    }
  }

  /** The executors registered now, and their cores ({@link TaskSlots#registered}). */
  TaskSlots.Registered registered() {
    return slots.registered();
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
}
