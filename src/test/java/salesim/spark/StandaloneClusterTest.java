package salesim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import salesim.cli.Main;
import salesim.experiment.ReplicationEngine;
import salesim.experiment.Replications;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;
import salesim.scenario.ScenarioLoader;

/**
 * Issue 18's acceptance test: the Spark engine on a real standalone cluster — a master and
 * workers on 127.0.0.1, child JVMs started from the Spark jars on the test classpath — writes the
 * local engine's bytes, plans every batch for the cores registered at that moment (4 tasks on a
 * 2-core worker, 8 on a 4-core one, re-planned as workers join and leave), survives a killed
 * executor, stops with exit code 2 and one line when the cluster is unreachable, grants nothing
 * or is lost, keeps every finished replication for {@code --resume}, and treats Ctrl-C as an
 * interruption. What Spark did (jobs, tasks, executors) is read from its own events ({@link
 * TaskLog}), not from salesim's.
 *
 * <p>Each test starts its Spark application (seconds: a driver, an executor JVM); workers are
 * shared between tests where they fit. {@code -Dsalesim.cluster.skip=true} skips the class for
 * quick local runs (README, Testing).
 */
@DisabledIfSystemProperty(named = "salesim.cluster.skip", matches = "true")
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // only to share workers; see worker()
final class StandaloneClusterTest {

  /** Replications per partition: small, so a short run spans several full batches. */
  private static final int PER_PARTITION = 4;
  private static final String SCENARIO = "scenarios/mixed-flat.yaml";
  private static final String SHORT = "calendar.months=12";
  private static final long SEED = 5;
  /** How long a run on the cluster may take on a loaded two-core machine. */
  private static final long RUN_SECONDS = 180;

  @TempDir static Path shared;
  @TempDir Path tmp;

  private static StandaloneCluster cluster;
  /** The worker the last test left running, if any. */
  private static StandaloneCluster.Worker current;
  private static final Map<String, String> SETTINGS =
      Map.of(
          SparkEngine.PER_PARTITION, Integer.toString(PER_PARTITION),
          "spark.extraListeners", TaskLog.class.getName(),
          "spark.ui.enabled", "false");

  @BeforeAll
  static void startMaster() throws IOException, InterruptedException {
    cluster = StandaloneCluster.start(shared.resolve("cluster"));
    // SparkConf reads spark.* system properties: the in-process driver's settings.
    SETTINGS.forEach(System::setProperty);
    StandaloneCluster.driverSettings().forEach(System::setProperty);
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    SETTINGS.keySet().forEach(System::clearProperty);
    StandaloneCluster.driverSettings().keySet().forEach(System::clearProperty);
    System.clearProperty(SparkEngine.STALL_TIMEOUT);
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(7)
  void run_onAFourCoreWorker_inBatchesOfEightTasks_survivesAKilledExecutor() throws Exception {
    StandaloneCluster.Worker worker = worker(4);
    Path out = tmp.resolve("spark");
    Background run =
        Background.start(args(240, out, "--engine", "spark", "--master", cluster.url()));
    TaskLog log = awaitLog(run);
    run.await("a task to start", () -> log.started() > 0);
    List<ProcessHandle> executors = worker.executors();
    assertThat(executors).hasSize(1);
    executors.get(0).destroyForcibly();

    assertThat(run.join()).as(run.err()).isZero();
    assertSameBytes(local(240), out);
    assertThat(log.tasks())
        .as("tasks lost with the killed executor, then run again")
        .anyMatch(t -> !t.succeeded() && t.reason().contains("ExecutorLostFailure"));
    assertThat(log.executorsAdded()).as("the master's replacement executor").isEqualTo(2);
    assertThat(fullBatchTasks(log)).hasSizeGreaterThanOrEqualTo(2).containsOnly(8);
  }

  /**
   * Each batch is planned for the cores registered when it is submitted: a worker that joins
   * widens the next batches, one that is lost narrows them. The consumer holds the run still
   * while a worker joins or leaves, so the batches' plans are known exactly; at most two batches
   * are in flight, so a batch is planned when the one two before it is reduced.
   */
  @Test
  @Order(4)
  void batches_followTheCores_asWorkersJoinAndLeave() throws Exception {
    SalesParameters parameters =
        new ScenarioLoader().load(Path.of(SCENARIO), List.of(SHORT)).parameters();
    worker(2);
    StandaloneCluster.Worker[] second = new StandaloneCluster.Worker[1];
    List<ReplicationResult[]> results = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    TaskLog.reset();
    try (ReplicationEngine engine = SparkEngine.open(cluster.url(), notices::add)) {
      SparkEngine spark = (SparkEngine) engine;
      TaskLog log = TaskLog.latest();
      // Batches of 16, 16, 32, 32, 16 and 16 replications (2 x cores partitions of 4 each).
      engine.run(List.of(parameters), SEED, 0, 128, r -> {
        results.add(r);
        try {
          if (results.size() == 1) { // batch 0 reduced next: batch 2 will see the new worker
            second[0] = cluster.startWorker(2);
            awaitRegistered(spark, 2, 4);
          } else if (results.size() == 33) { // batch 2's first result: batch 4 comes after it
            cluster.kill(second[0]);
            awaitRegistered(spark, 1, 2);
          }
        } catch (IOException | InterruptedException e) {
          throw new AssertionError(e);
        }
      });
      assertThat(log.jobs()).extracting(TaskLog.Job::tasks).containsExactly(4, 4, 8, 8, 4, 4);
    }
    assertThat(notices).hasSize(3);
    assertThat(notices.get(0)).contains("2 cores on 1 executor; batches of 4 tasks");
    assertThat(notices.get(1)).contains("now 4 cores on 2 executors; batches of 8 tasks");
    assertThat(notices.get(2)).contains("now 2 cores on 1 executor; batches of 4 tasks");
    for (int r = 0; r < results.size(); r++) {
      assertThat(results.get(r)).isEqualTo(Replications.variants(List.of(parameters), SEED, r));
    }
  }

  /**
   * Workers lost with nothing to replace them: the run stops after the stall bound with exit
   * code 2, every replication whose partition reached the driver in order is in the checkpoint
   * (none finished before the first lost partition is recomputed), and --resume writes the local
   * engine's bytes (here on the local engine: a checkpoint does not depend on the engine).
   */
  @Test
  @Order(6)
  void lostWorkers_stopAfterTheStallBound_andResumeToTheLocalBytes() throws Exception {
    StandaloneCluster.Worker worker = worker(2);
    System.setProperty(SparkEngine.STALL_TIMEOUT, "4s");
    Path out = tmp.resolve("spark");
    String[] args = args(240, out, "--engine", "spark", "--master", cluster.url());
    Background run = Background.start(args);
    TaskLog log = awaitLog(run);
    try {
      run.await("the first partition to succeed", () -> inOrderPrefix(log) > 0);
      cluster.kill(worker);
      long killed = System.nanoTime();
      assertThat(run.join()).as(run.err()).isEqualTo(2);
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killed))
          .as("seconds from the lost workers to the stop")
          .isLessThan(60);

      Matcher m =
          Pattern.compile(
                  "salesim: Spark made no progress for (\\d+) s"
                      + " \\(spark\\.salesim\\.stallTimeout\\): its executors were lost and"
                      + " none has replaced them\\. .*; (\\d+) of 240 runs are saved:"
                      + " rerun the same command with --resume to continue")
              .matcher(run.err());
      assertThat(m.find()).as(run.err()).isTrue();
      assertThat(Long.parseLong(m.group(1))).as("the stall bound").isGreaterThanOrEqualTo(4);
      assertThat(Long.parseLong(m.group(2)))
          .as("saved: every replication of the partitions that succeeded in order")
          .isEqualTo(inOrderPrefix(log))
          .isPositive();
      assertThat(run.err().lines()).as("one line from salesim").filteredOn(l -> l.startsWith(
          "salesim:")).hasSize(1);
    } finally {
      System.clearProperty(SparkEngine.STALL_TIMEOUT);
    }

    // The checkpoint does not depend on the engine: the local one finishes the run.
    assertThat(Main.execute(args(240, out, "--threads", "2", "--resume"))).isZero();
    assertSameBytes(local(240), out);
  }

  /**
   * Ctrl-C in a real driver process: an interruption that saves what is done and that --resume
   * continues on the cluster (a 2-core worker: batches of 4 tasks) to the local bytes, not a bug.
   */
  @Test
  @Order(5)
  void ctrlC_savesTheRunsDone_andResumesToTheLocalBytes() throws Exception {
    worker(2);
    Path out = tmp.resolve("spark");
    String[] args = args(240, out, "--engine", "spark", "--master", cluster.url());
    Driver driver = Driver.start(tmp, List.of("-Dsalesim.checkpointMillis=200"), args);
    Path checkpoint = tmp.resolve(".spark.partial").resolve("checkpoint.bin");
    driver.await("the first checkpoint", () -> Files.exists(checkpoint));
    assumeThat(driver.ignoresSigint())
        .as("SIGINT is ignored in this process tree (started in the background by a shell"
            + " without job control), so Ctrl-C cannot be simulated")
        .isFalse();
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(driver.pid())).start();
    assertThat(kill.waitFor()).isZero();

    assertThat(driver.join()).as(driver.err()).isEqualTo(130);
    assertThat(driver.salesimLines())
        .as(driver.err())
        .singleElement()
        .asString()
        .matches("salesim: interrupted; \\d+ of 240 runs are saved: rerun the same command"
            + " with --resume to continue");
    assertThat(driver.err()).doesNotContain("internal error");
    assertThat(out).doesNotExist();

    TaskLog.reset();
    assertThat(Main.execute(concat(args, "--resume"))).isZero();
    assertSameBytes(local(240), out);
    assertThat(fullBatchTasks(TaskLog.latest()))
        .as("a 2-core worker: batches of 4 tasks")
        .hasSizeGreaterThanOrEqualTo(2)
        .containsOnly(4);
  }

  @Test
  @Order(2)
  void noResources_exitsWith2_inOneLine() throws Exception {
    // No worker can host a 2 GB executor: the workers here offer 1 GB.
    Path out = tmp.resolve("spark");
    Driver driver =
        Driver.start(
            tmp,
            List.of("-Dspark.executor.memory=2g", "-D" + SparkEngine.EXECUTOR_TIMEOUT + "=2s"),
            args(8, out, "--engine", "spark", "--master", cluster.url()));
    assertThat(driver.join()).as(driver.err()).isEqualTo(2);
    assertThat(driver.otherLines()).as(driver.err()).isEmpty();
    assertThat(driver.salesimLines())
        .singleElement()
        .asString()
        .startsWith("salesim: --master " + cluster.url() + ": no Spark executor started within 2 s"
            + " (spark.salesim.executorTimeout): the cluster granted this application no"
            + " resources. Check on the master's web UI that a worker is ALIVE with a free core"
            + " and 2g (spark.executor.memory) of free memory");
    assertThat(out).doesNotExist();
  }

  @Test
  @Order(1)
  void unreachableMaster_exitsWith2_inOneLine_atOnce() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    String master = "spark://127.0.0.1:" + port;
    Path out = tmp.resolve("spark");
    long start = System.nanoTime();
    Driver driver = Driver.start(tmp, List.of(), args(8, out, "--engine", "spark", "--master",
        master));
    assertThat(driver.join()).as(driver.err()).isEqualTo(2);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertThat(driver.otherLines()).as(driver.err()).isEmpty();
    assertThat(driver.salesimLines())
        .containsExactly(
            "salesim: --master " + master + ": cannot reach the Spark master: nothing listens at"
                + " 127.0.0.1:" + port + " (connection refused). Check that the master is running"
                + " and that the URL is the one its log and web UI show (spark://HOST:PORT), and"
                + " that no firewall stands between here and it");
    // Spark's own retries took 63 s; the JVM's start is most of what is left.
    assertThat(seconds).isLessThan(30);
    assertThat(out).doesNotExist();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The only worker of the cluster, with {@code cores} cores: the one the last test left if it
   * fits (a worker takes seconds to start), else a new one.
   */
  private static StandaloneCluster.Worker worker(int cores)
      throws IOException, InterruptedException {
    if (current == null || current.cores() != cores || !current.process().isAlive()) {
      cluster.killWorkers();
      current = cluster.startWorker(cores);
    }
    return current;
  }

  /** The task counts of every batch but the last (which may be short). */
  private static List<Integer> fullBatchTasks(TaskLog log) {
    List<TaskLog.Job> jobs = log.jobs();
    return jobs.subList(0, jobs.size() - 1).stream().map(TaskLog.Job::tasks).toList();
  }

  /**
   * Replications of the partitions that succeeded, in replication order, up to the first one
   * that did not: what the driver can have reduced. Partitions of a full batch are equal.
   */
  private static long inOrderPrefix(TaskLog log) {
    Set<String> succeeded = new HashSet<>();
    for (TaskLog.Task t : log.tasks()) {
      if (t.succeeded()) {
        succeeded.add(t.job() + "/" + t.partition());
      }
    }
    long prefix = 0;
    for (TaskLog.Job job : log.jobs()) {
      long perPartition = (job.last() - job.first() + 1) / job.tasks();
      for (int p = 0; p < job.tasks(); p++) {
        if (!succeeded.contains(job.id() + "/" + p)) {
          return prefix;
        }
        prefix += perPartition;
      }
    }
    return prefix;
  }

  /** Waits until the background run's Spark application has started (its {@link TaskLog}). */
  private static TaskLog awaitLog(Background run) {
    run.await("the Spark application to start", () -> TaskLog.latest() != null);
    return TaskLog.latest();
  }

  /** Waits until the engine sees {@code executors} executors of {@code cores} cores in all. */
  private static void awaitRegistered(SparkEngine spark, int executors, int cores) {
    TaskSlots.Registered expected = new TaskSlots.Registered(executors, cores);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(StandaloneCluster.START_SECONDS);
    while (!spark.registered().equals(expected)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the engine never saw " + expected + ": " + spark.registered());
      }
      StandaloneCluster.pause();
    }
  }

  private static final Map<Long, Path> LOCAL = new HashMap<>();

  /** The local engine's output folder for {@code runs} runs (computed once per count). */
  private Path local(long runs) {
    return LOCAL.computeIfAbsent(runs, n -> {
      Path out = shared.resolve("local-" + n);
      assertThat(Main.execute(args(n, out, "--threads", "2"))).isZero();
      return out;
    });
  }

  private static String[] args(long runs, Path out, String... engine) {
    List<String> args =
        new ArrayList<>(
            List.of("run", SCENARIO, "--runs", Long.toString(runs), "--seed", Long.toString(SEED),
                "--set", SHORT, "--quiet", "--out", out.toString()));
    args.addAll(List.of(engine));
    return args.toArray(new String[0]);
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  private static void assertSameBytes(Path expected, Path actual) throws IOException {
    for (String file : new String[] {"summary.json", "monthly.csv", "runs.csv"}) {
      assertThat(Files.readAllBytes(actual.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(expected.resolve(file)));
    }
  }

  /**
   * A run of the command line in this JVM, on another thread, with stderr captured (Spark's own
   * log keeps the stream it started with).
   */
  private static final class Background {

    private final Thread thread;
    private final AtomicInteger code = new AtomicInteger(-1);
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream saved = System.err;

    private Background(String[] args) {
      thread = new Thread(() -> code.set(Main.execute(args)), "salesim-driver");
    }

    static Background start(String[] args) {
      TaskLog.reset();
      Background run = new Background(args);
      System.setErr(new PrintStream(run.err, true, StandardCharsets.UTF_8));
      run.thread.start();
      return run;
    }

    void await(String what, BooleanSupplier done) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS);
      while (!done.getAsBoolean()) {
        assertThat(thread.isAlive()).as("the run ended before " + what + ": " + err()).isTrue();
        assertThat(System.nanoTime()).as("timed out waiting for " + what).isLessThan(deadline);
        StandaloneCluster.pause();
      }
    }

    /** Waits for the run to end and returns its exit code. */
    int join() throws InterruptedException {
      thread.join(TimeUnit.SECONDS.toMillis(RUN_SECONDS));
      System.setErr(saved);
      assertThat(thread.isAlive()).as("the run did not end in " + RUN_SECONDS + " s").isFalse();
      return code.get();
    }

    String err() {
      return err.toString(StandardCharsets.UTF_8);
    }
  }

  /** The command line in a child JVM, as a user runs it; stderr goes to a file. */
  private static final class Driver {

    private final Process process;
    private final Path err;

    private Driver(Process process, Path err) {
      this.process = process;
      this.err = err;
    }

    static Driver start(Path dir, List<String> jvmOptions, String[] args) throws IOException {
      List<String> command = StandaloneCluster.java();
      command.add("-Xmx512m");
      for (Map.Entry<String, String> s : StandaloneCluster.driverSettings().entrySet()) {
        command.add("-D" + s.getKey() + "=" + s.getValue());
      }
      command.add("-D" + SparkEngine.PER_PARTITION + "=" + PER_PARTITION);
      command.add("-Dspark.ui.enabled=false");
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
      command.addAll(List.of(args));
      Path err = Files.createTempFile(dir, "driver", ".err");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(err.toFile());
      cluster.environment(builder.environment());
      return new Driver(builder.start(), err);
    }

    long pid() {
      return process.pid();
    }

    void await(String what, BooleanSupplier done) {
      StandaloneCluster.await(done, process, err, what);
    }

    /** Whether the process ignores SIGINT (Linux: bit 2 of SigIgn in /proc/PID/status). */
    boolean ignoresSigint() throws IOException {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("SigIgn:")) {
          return (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0;
        }
      }
      return false;
    }

    int join() throws InterruptedException {
      if (!process.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("the driver did not end in " + RUN_SECONDS + " s:\n" + err());
      }
      return process.exitValue();
    }

    String err() {
      return StandaloneCluster.read(err);
    }

    List<String> salesimLines() {
      return err().lines().filter(l -> l.startsWith("salesim:")).toList();
    }

    /** Lines that are neither salesim's nor the JVM's notice of its incubator module. */
    List<String> otherLines() {
      return err().lines()
          .filter(l -> !l.startsWith("salesim:"))
          .filter(l -> !l.equals("WARNING: Using incubator modules: jdk.incubator.vector"))
          .toList();
    }
  }
}
