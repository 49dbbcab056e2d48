package salesim.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.function.Consumer;
import salesim.experiment.ReplicationEngine;

/**
 * Opens the engine {@code --engine} names. The Spark engine is loaded by name, and only when
 * asked for: Spark is a provided dependency, absent from the runnable jar, so nothing else may
 * link against it.
 */
final class Engines {

  /** The class behind {@code --engine spark}; see salesim.spark. */
  static final String SPARK_ENGINE = "salesim.spark.SparkEngine";

  private Engines() {}

  /** The engine for the options; the caller closes it. */
  static ReplicationEngine open(ExperimentOptions options) {
    String engine = options.engine.toLowerCase(Locale.ROOT);
    switch (engine) {
      case "local":
        if (options.master != null) {
          throw new Options.UsageError("--master: only with --engine spark");
        }
        return ReplicationEngine.threads(Options.threads(options.threads));
      case "spark":
        if (options.threads != null) {
          throw new Options.UsageError(
              "--threads: only with --engine local; Spark's parallelism comes from --master");
        }
        return spark(options.master, options.quiet);
      default:
        throw new Options.UsageError(
            "--engine: expected local or spark (got " + options.engine + ")");
    }
  }

  /** Opens the Spark engine; its notices (the cores it uses) go to stderr unless --quiet. */
  private static ReplicationEngine spark(String master, boolean quiet) {
    ClassLoader loader = Engines.class.getClassLoader();
    try {
      Class.forName("org.apache.spark.SparkContext", false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new Options.UsageError(
          "--engine spark: Spark is not on the classpath. Run through ./salesim, which adds"
              + " Spark's jars for --engine spark, or with spark-submit on a cluster (README,"
              + " Running on Spark).");
    }
    Consumer<String> notices =
        quiet ? notice -> {} : notice -> System.err.println("salesim: " + notice);
    try {
      return (ReplicationEngine)
          Class.forName(SPARK_ENGINE, true, loader)
              .getMethod("open", String.class, Consumer.class)
              .invoke(null, master, notices);
    } catch (InvocationTargetException e) {
      // A malformed master or setting, or a cluster that cannot be reached or grants nothing.
      if (e.getCause() instanceof IllegalArgumentException
          || e.getCause() instanceof ReplicationEngine.Failure) {
        throw new Options.UsageError(e.getCause().getMessage());
      }
      throw new IllegalStateException("cannot start Spark: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the jar lacks " + SPARK_ENGINE + ": " + e, e);
    }
  }
}
