package salesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Option(names = "--metric", defaultValue = "bookings_total", paramLabel = "METRICS",
      description = "Metrics for --precision, comma-separated: every one must reach it (default: ${DEFAULT-VALUE}). explain also attributes each.")
  String metric;

  @Option(names = "--resume", description = "Continue an interrupted run into the same --out.")
  boolean resume;

  @Option(names = "--quiet", description = "No progress output on stderr.")
  boolean quiet;

  @Option(names = "--force",
      description = "Run even when the estimated events or memory look absurd (10^7 reps, 10^9 runs), and write to an --out folder salesim did not write (its contents are moved to a backup beside it, never deleted).")
  boolean force;

  /** The command this mixin belongs to; null for options built in code. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** Options that change no output byte: left out of the command an output folder records. */
  private static final Set<String> NO_OUTPUT_EFFECT =
      Set.of("--threads", "--quiet", "--resume", "--force", "--engine", "--master", "--verbose");

  /**
   * The command as an output folder's marker records it: {@code salesim}, the verb and the
   * arguments that determine the outputs, without {@code --out} and the options that change no
   * output byte, and absolute paths cut to their file name, so the same experiment records the
   * same bytes wherever and however it ran.
   */
  String recordedCommand() {
    if (command == null || command.commandLine().getParseResult() == null) {
      return "salesim (options built in code)";
    }
    StringBuilder text = new StringBuilder("salesim ").append(command.name());
    List<String> args = command.commandLine().getParseResult().originalArgs();
    // The original arguments are the whole command line's: start after the verb.
    for (int i = args.indexOf(command.name()) + 1; i < args.size(); i++) {
      String arg = args.get(i);
      String option = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      boolean takesValue = option.equals("--out") || option.equals("--threads")
          || option.equals("--engine") || option.equals("--master");
      if (option.equals("--out") || NO_OUTPUT_EFFECT.contains(option)) {
        if (takesValue && option.equals(arg)) {
          i++; // its value follows
        }
        continue;
      }
      Path path = arg.isEmpty() ? null : pathOrNull(arg);
      text.append(' ').append(path != null && path.isAbsolute() && path.getFileName() != null
          ? path.getFileName().toString() : arg);
    }
    return text.toString();
  }

  private static Path pathOrNull(String text) {
    try {
      return Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
