package salesim.spark;

import java.util.Locale;
import org.apache.spark.SparkException;
import salesim.experiment.ReplicationEngine.Failure;

/**
 * What goes wrong on a cluster, in one line the user can act on: a master that ends the
 * application before an executor registers, a cluster that grants no executor, executors lost with
 * none replacing them, and the failed jobs Spark reports — told apart from an exception a
 * replication threw on an executor, which is still a bug. Apart from {@link SparkEngine} so that
 * every message the Spark engine gives (exit code 2, resumable) is written, and tested, in one
 * place.
 */
final class ClusterFailures {

  private ClusterFailures() {}

  /** The master ended the application (or this program is ending) before an executor came. */
  static Failure stoppedBeforeAnExecutor(String master) {
    return new Failure(
        "--master " + master + ": Spark stopped before an executor registered: the master"
            + " ended this application (the warnings above say why: is it a Spark 4"
            + " standalone master?) or this program is shutting down");
  }

  /**
   * No executor registered within the executor timeout.
   *
   * @param executorMemory the memory each executor asks for ({@code spark.executor.memory})
   */
  static Failure noExecutorWithin(String master, long timeoutSeconds, String executorMemory) {
    return new Failure(
        "--master " + master + ": no Spark executor started within "
            + timeoutSeconds + " s (" + SparkEngine.EXECUTOR_TIMEOUT + "): the"
            + " cluster granted this application no resources. Check on the master's web UI"
            + " that a worker is ALIVE with a free core and "
            + executorMemory
            + " (spark.executor.memory) of free memory, and that other applications leave"
            + " it some");
  }

  /**
   * No task ran or succeeded for longer than the stall timeout.
   *
   * @param executors the executors registered now
   */
  static Failure stalled(long idleSeconds, int executors) {
    return new Failure(
        "Spark made no progress for " + idleSeconds + " s ("
            + SparkEngine.STALL_TIMEOUT + "): "
            + (executors == 0
                ? "its executors were lost and none has replaced them"
                : "no task ran on its " + executors + " executor" + (executors == 1 ? "" : "s"))
            + ". Check the workers on the master's web UI");
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

  /** The first line of a message (Spark appends stack traces and driver traces to its own). */
  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
