package salesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every experiment command shares. */
final class ExperimentOptions {

  @Option(names = "--runs", defaultValue = "1000",
      description = "Replications per scenario (default: ${DEFAULT-VALUE}); with --precision, the most to run.")
  long runs;

  @Option(names = "--seed", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads",
      description = "Worker threads of the local engine (default: all cores). Results do not depend on it.")
  Integer threads;

  @Option(names = "--engine", defaultValue = "local", paramLabel = "local|spark",
      description = "Where replications run: local threads, or a Spark cluster (default: ${DEFAULT-VALUE}). The output bytes are the same.")
  String engine = "local"; // also the default for options built in code, not parsed


  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master for --engine spark: local[*], local[N], spark://HOST:PORT, yarn, k8s://... (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a scenario field in every scenario, e.g. --set comp.quota.accelerator=2.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--precision", paramLabel = "REL",
      description = "Run batches until the 95%% CI half-width of --metric is at most REL x |mean| (at most --runs).")
  Double precision;

  @Option(names = "--metric", defaultValue = "bookings_total",
      description = "Metric for --precision (default: ${DEFAULT-VALUE}).")
  String metric;

  @Option(names = "--resume", description = "Continue an interrupted run into the same --out.")
  boolean resume;

  @Option(names = "--quiet", description = "No progress output on stderr.")
  boolean quiet;

  @Option(names = "--force",
      description = "Run even when the estimated events or memory look absurd (10^7 reps, 10^9 runs).")
  boolean force;
}
