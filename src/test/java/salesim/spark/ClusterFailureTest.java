package salesim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;
import salesim.experiment.ReplicationEngine;

/**
 * How the Spark engine reads a cluster's failures without a cluster: the master URL, the TCP
 * probe of the master, the salesim settings, and which failed jobs are the cluster's (exit code 2,
 * resumable) and which are a bug (exit code 1).
 */
final class ClusterFailureTest {

  private static final String WHAT = "replications 32-47";

  @Test
  void classify_aStoppedContext_isAFailureToResume() {
    RuntimeException e =
        ClusterFailures.classify(
            new SparkException("Job 3 cancelled because SparkContext was shut down"), WHAT, false);
    assertThat(e).isInstanceOf(ReplicationEngine.Failure.class);
    assertThat(e.getMessage())
        .isEqualTo("Spark stopped before replications 32-47 were done: the application was killed"
            + " (on the master's web UI, say) or this program is shutting down");
    assertThat(ClusterFailures.classify(new SparkException("anything"), WHAT, true))
        .isInstanceOf(ReplicationEngine.Failure.class)
        .hasMessageStartingWith("Spark stopped before");
  }

  @Test
  void classify_tasksLostWithTheirExecutors_isAFailure_inOneLine() {
    SparkException lost =
        new SparkException(
            "Job aborted due to stage failure: Task 2 in stage 3.0 failed 4 times, most recent"
                + " failure: Lost task 2.3 in stage 3.0 (TID 15) (127.0.0.1 executor 3):"
                + " ExecutorLostFailure (executor 3 exited caused by one of the running tasks)"
                + " Reason: Command exited with code 137\nDriver stacktrace:\n\tat ...");
    RuntimeException e = ClusterFailures.classify(lost, WHAT, false);
    assertThat(e).isInstanceOf(ReplicationEngine.Failure.class);
    assertThat(e.getMessage())
        .startsWith("Spark gave up on replications 32-47: Job aborted due to stage failure:")
        .endsWith("Command exited with code 137 Check the executors' logs (the application's page"
            + " on the master's web UI links them)")
        .doesNotContain("\n");
  }

  @Test
  void classify_aCancelledJob_isAFailure() {
    assertThat(ClusterFailures.classify(new SparkException("Job 7 cancelled "), WHAT, false))
        .isInstanceOf(ReplicationEngine.Failure.class)
        .hasMessage("the Spark job for replications 32-47 was cancelled (Job 7 cancelled)");
  }

  @Test
  void classify_anExceptionThrownByAReplication_staysABug() {
    IllegalArgumentException bug = new IllegalArgumentException("negative hours");
    RuntimeException e =
        ClusterFailures.classify(
            new SparkException("Job aborted due to stage failure: ... negative hours", bug),
            WHAT,
            false);
    assertThat(e)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("replications 32-47 failed on an executor: " + bug)
        .hasCause(bug);
  }

  @Test
  void parse_readsEveryMaster_withSparksDefaultPort() {
    StandaloneMaster m = StandaloneMaster.parse("spark://a.example:7077,b.example,[::1]:7078");
    assertThat(m.addresses())
        .containsExactly(
            InetSocketAddress.createUnresolved("a.example", 7077),
            InetSocketAddress.createUnresolved("b.example", StandaloneMaster.DEFAULT_PORT),
            InetSocketAddress.createUnresolved("::1", 7078));
    assertThat(StandaloneMaster.parse("local[2]")).isNull();
    assertThat(StandaloneMaster.parse("yarn")).isNull();
  }

  @Test
  void parse_aMalformedMaster_isRefused() {
    assertThatThrownBy(() -> StandaloneMaster.parse("spark://host:port"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--master spark://host:port: expected spark://HOST:PORT (got \"host:port\")");
    assertThatThrownBy(() -> StandaloneMaster.parse("spark://:7077"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandaloneMaster.parse("spark://h:70000"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reach_aListeningMaster_givesTheAddressTheClusterCanCallBack() throws IOException {
    try (ServerSocket master = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      InetAddress here =
          StandaloneMaster.parse("spark://127.0.0.1:" + master.getLocalPort()).reach(5_000);
      assertThat(StandaloneMaster.driverHost(here)).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void reach_noMaster_failsAtOnce_namingWhatToCheck() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    // Both masters of an HA URL are tried; the message names each problem.
    String url = "spark://127.0.0.1:" + port + ",127.0.0.1:" + port;
    StandaloneMaster m = StandaloneMaster.parse(url);
    long start = System.nanoTime();
    assertThatThrownBy(() -> m.reach(5_000))
        .isInstanceOf(ReplicationEngine.Failure.class)
        .hasMessage(
            "--master " + url + ": cannot reach the Spark master: nothing listens at 127.0.0.1:"
                + port + " (connection refused); nothing listens at 127.0.0.1:" + port
                + " (connection refused). Check that the"
                + " master is running and that the URL is the one its log and web UI show"
                + " (spark://HOST:PORT), and that no firewall stands between here and it");
    assertThat(System.nanoTime() - start)
        .as("a refusal answers at once")
        .isLessThan(5_000_000_000L);
  }

  @Test
  void settings_spellSparkTimes_andRefuseNonsense() {
    assertThat(settings(SparkEngine.STALL_TIMEOUT, "2min").stallTimeoutSeconds()).isEqualTo(120);
    assertThat(SparkEngine.Settings.of(new SparkConf(false)).executorTimeoutSeconds())
        .isEqualTo(60);
    assertThatThrownBy(() -> settings(SparkEngine.STALL_TIMEOUT, "soon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spark.salesim.stallTimeout: expected a time of at least 1 s, such as 90s or"
            + " 5min (got soon)");
    assertThatThrownBy(() -> settings(SparkEngine.EXECUTOR_TIMEOUT, "0s"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings(SparkEngine.PER_PARTITION, "-3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "spark.salesim.replicationsPerPartition: expected a whole number >= 1 (got -3)");
  }

  private static SparkEngine.Settings settings(String key, String value) {
    return SparkEngine.Settings.of(new SparkConf(false).set(key, value));
  }
}
