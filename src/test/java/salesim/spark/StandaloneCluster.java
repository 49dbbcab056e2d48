package salesim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: a master and workers, each a child JVM
 * started from the jars already on the test classpath (the main classes {@code
 * org.apache.spark.deploy.master.Master} and {@code ...worker.Worker}, which Spark's own scripts
 * start), on ports the system picks.
 * Executors get the same classpath ({@link #driverSettings}), so they run this build's classes.
 *
 * <p>Every process binds 127.0.0.1 (SPARK_LOCAL_IP): where the host name resolves to a loopback
 * address Spark would otherwise choose another interface. Waits poll the daemons' logs with a
 * deadline and fail with the log's tail; nothing sleeps a fixed time.
 *
 * <p>Note: This class is not thread-safe.
 */
final class StandaloneCluster implements AutoCloseable {

  /** How long a daemon may take to start on a loaded two-core machine. */
  static final long START_SECONDS = 90;

  private static final Pattern MASTER_URL =
      Pattern.compile("Starting Spark master at (spark://\\S+)");

  private final Path dir;
  private final Process master;
  private final Path masterLog;
  private final String url;
  private final List<Worker> workers = new ArrayList<>();

  /** A worker: its JVM (whose children are its executors) and its log. */
  record Worker(Process process, Path log, int cores) {

    /** The executor JVMs this worker runs now. */
    List<ProcessHandle> executors() {
      return process.toHandle().children().toList();
    }
  }

  private StandaloneCluster(Path dir, Process master, Path masterLog, String url) {
    this.dir = dir;
    this.master = master;
    this.masterLog = masterLog;
    this.url = url;
  }

  /** Starts a master with no worker; {@code dir} holds its files (logs, SPARK_HOME, work). */
  static StandaloneCluster start(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("home").resolve("jars"));
    Files.writeString(
        dir.resolve("log4j2.properties"),
        String.join(
            "\n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.file.ref = console",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex",
            ""));
    Path log = dir.resolve("master.log");
    Process master =
        daemon(dir, log, "org.apache.spark.deploy.master.Master",
            "--host", "127.0.0.1", "--port", "0", "--webui-port", "0");
    String[] url = new String[1];
    try {
      await(
          () -> {
            Matcher m = MASTER_URL.matcher(read(log));
            if (m.find()) {
              url[0] = m.group(1);
            }
            return url[0] != null;
          },
          master, log, "the master to start");
    } catch (RuntimeException | Error e) {
      stop(master);
      throw e;
    }
    return new StandaloneCluster(dir, master, log, url[0]);
  }

  /** The master's URL, spark://127.0.0.1:PORT. */
  String url() {
    return url;
  }

  /** Starts a worker with {@code cores} cores (more than the machine has is fine) and 1 GB. */
  Worker startWorker(int cores) throws IOException {
    int n = workers.size() + 1;
    Path work = Files.createDirectories(dir.resolve("work-" + n));
    Path log = dir.resolve("worker-" + n + ".log");
    Process process =
        daemon(dir, log, "org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores",
            Integer.toString(cores), "--memory", "1g", "--work-dir", work.toString(), url);
    Worker worker = new Worker(process, log, cores);
    workers.add(worker);
    await(() -> read(log).contains("Successfully registered with master"), process, log,
        "worker " + n + " to register");
    return worker;
  }

  /** Kills every worker. */
  void killWorkers() throws InterruptedException {
    for (Worker worker : new ArrayList<>(workers)) {
      kill(worker);
    }
  }

  /** Kills a worker and its executors at once (SIGKILL), as a machine that dies. */
  void kill(Worker worker) throws InterruptedException {
    for (ProcessHandle executor : worker.executors()) {
      executor.destroyForcibly();
    }
    stop(worker.process());
    workers.remove(worker);
  }

  /**
   * The Spark settings a driver needs for this cluster's executors: this JVM's classpath (the
   * executors have no Spark distribution, and salesim's classes are not in a jar), a small heap.
   */
  static Map<String, String> driverSettings() {
    return Map.of(
        "spark.executor.extraClassPath", System.getProperty("java.class.path"),
        "spark.executor.memory", "512m");
  }

  /** The environment every Spark process of this cluster needs; also a driver in a child JVM. */
  void environment(Map<String, String> env) {
    environment(env, dir);
  }

  private static void environment(Map<String, String> env, Path dir) {
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_HOME", dir.resolve("home").toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.remove("SPARK_CONF_DIR");
  }

  /** The java command for a child JVM with Spark's module options. */
  static List<String> java() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().trim().split("\\s+")));
    return command;
  }

  /** Polls {@code done} every 50 ms until true; fails if {@code process} dies or time runs out. */
  static void await(BooleanSupplier done, Process process, Path log, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (!done.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new AssertionError(what + ": the process ended (" + process.exitValue() + "):\n"
            + tail(log));
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + ":\n" + tail(log));
      }
      pause();
    }
  }

  /** Sleeps one polling interval (50 ms). */
  static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last 30 lines of a log, for a failure message. */
  static String tail(Path log) {
    List<String> lines = read(log).lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static Process daemon(Path dir, Path log, String mainClass, String... args)
      throws IOException {
    List<String> command = java();
    command.addAll(
        List.of("-Xmx256m", "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
            "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    environment(builder.environment(), dir);
    return builder.start();
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("a Spark daemon did not stop in 30 s");
    }
  }

  @Override
  public void close() throws InterruptedException {
    killWorkers();
    stop(master);
  }
}
