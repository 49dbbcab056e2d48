package salesim.spark;

import java.io.File;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import salesim.experiment.ReplicationEngine;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;
import salesim.scenario.ParametersJson;

/**
 * Runs replications on Spark: each batch of replications becomes one job of {@link Chunk}
 * partitions, executors compute them with the local engine's code ({@link ReplicationTask}), and
 * the driver feeds the results to the same in-order consumer as the local engine — partition by
 * partition, replication by replication — so summary.json, monthly.csv and runs.csv are the same
 * bytes. The next batch is submitted before the current one is reduced, so executors keep working
 * while the driver aggregates; at most two batches of results are held (see {@link Batching}).
 *
 * <p>Note: This class is not thread-safe; one experiment uses it at a time.
 */
public final class SparkEngine implements ReplicationEngine {

  /** A Spark setting: replications per partition at most. */
  static final String PER_PARTITION = "spark.salesim.replicationsPerPartition";
  /** A Spark setting: results one batch may hold on the driver. */
  static final String MAX_BATCH_RESULTS = "spark.salesim.maxBatchResults";
  /** The log configuration when salesim starts Spark itself, unless the user gives one. */
  static final String LOG_CONFIG = "salesim/spark/log4j2.properties";

  private final JavaSparkContext spark;
  private final int targetPerPartition;
  private final int maxBatchResults;

  private SparkEngine(JavaSparkContext spark) {
    this.spark = spark;
    this.targetPerPartition = spark.getConf().getInt(PER_PARTITION, Batching.TARGET_PER_PARTITION);
    this.maxBatchResults = spark.getConf().getInt(MAX_BATCH_RESULTS, Batching.MAX_BATCH_RESULTS);
  }

  /**
   * Connects to Spark; the command line calls this reflectively for {@code --engine spark}.
   *
   * @param master a master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}, ...), or
   *     null for the one spark-submit set, else {@code local[*]}
   * @throws IllegalArgumentException if Spark cannot start with that master
   */
  public static ReplicationEngine open(String master) {
    // spark-submit hands its master over as a system property; the cluster's logging is its own.
    boolean submitted = System.getProperty("spark.master") != null;
    if (!submitted) {
      quietLogging();
    }
    boolean local = (master != null ? master : System.getProperty("spark.master", "local[*]"))
        .startsWith("local");
    SparkConf conf = new SparkConf().setAppName("salesim");
    if (master != null) {
      conf.setMaster(master);
    }
    conf.setIfMissing("spark.master", "local[*]");
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
    }
    try {
      return new SparkEngine(new JavaSparkContext(conf));
    } catch (Exception e) { // Scala throws SparkException undeclared
      throw new IllegalArgumentException(
          "--master " + conf.get("spark.master") + ": Spark cannot start: " + e.getMessage(), e);
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
    Batching batching =
        Batching.plan(
            spark.defaultParallelism(), variants.size(), count, targetPerPartition,
            maxBatchResults);
    long end = first + count;
    long next = first;
    JavaFutureAction<List<ReplicationResult[]>> pending = null;
    try {
      pending = submit(task, batching, next, end);
      next = Math.min(end, next + batching.batchSize());
      while (pending != null) {
        JavaFutureAction<List<ReplicationResult[]>> current = pending;
        pending = null;
        if (next < end) {
          pending = submit(task, batching, next, end);
          next = Math.min(end, next + batching.batchSize());
        }
        for (ReplicationResult[] results : await(current)) {
          inOrder.accept(results);
        }
      }
    } finally {
      if (pending != null) {
        pending.cancel(true);
      }
    }
  }

  /** Submits the batch starting at {@code from}: one partition per chunk, in replication order. */
  private JavaFutureAction<List<ReplicationResult[]>> submit(
      ReplicationTask task, Batching batching, long from, long end) {
    long to = Math.min(end, from + batching.batchSize());
    List<Chunk> chunks = new ArrayList<>();
    for (long start = from; start < to; start += batching.perPartition()) {
      chunks.add(new Chunk(start, Math.min(batching.perPartition(), to - start)));
    }
    spark.setJobDescription("salesim replications " + from + "-" + (to - 1));
    // numSlices = chunks.size() puts exactly one chunk in each partition, in list order.
    return spark.parallelize(chunks, chunks.size()).mapPartitions(task).collectAsync();
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

  private static List<ReplicationResult[]> await(
      JavaFutureAction<List<ReplicationResult[]>> job) {
    try {
      return job.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Spark", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException("a Spark job failed: " + cause.getMessage(), cause);
    }
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
  public void close() {
    spark.stop();
  }
}
