package salesim.cli;

import java.util.Locale;
import picocli.CommandLine.ParameterException;

/** Checks and defaults shared by the commands. */
final class Options {

  private Options() {}

  /** Refuses a count below 1. */
  static void requirePositive(String option, long value) {
    if (value < 1) {
      throw new UsageError(option + ": must be at least 1 (got " + value + ")");
    }
  }

  /** The thread count: the option, or every core. */
  static int threads(Integer option) {
    if (option == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (option < 1 || option > 4096) {
      throw new UsageError("--threads: must be between 1 and 4096 (got " + option + ")");
    }
    return option;
  }

  /** A folder name from a scenario name: letters, digits, dot, dash and underscore. */
  static String folderName(String name) {
    String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    return cleaned.isEmpty() ? "scenario" : cleaned;
  }

  /** What identifies an experiment for --resume: command, scenarios, seed and run settings. */
  static String key(String command, java.util.List<salesim.scenario.Scenario> scenarios, ExperimentOptions options) {
    StringBuilder key = new StringBuilder(command);
    for (salesim.scenario.Scenario s : scenarios) {
      key.append('|').append(s.name()).append('=').append(s.hash());
    }
    key.append("|seed=").append(options.seed).append("|runs=").append(options.runs);
    key.append("|precision=").append(options.precision).append("|metric=").append(options.metric);
    return key.toString();
  }

  /**
   * Refuses variants priced in different currencies (issue 12, item 3): their amounts cannot be
   * compared, paired or drawn on one axis, and salesim guesses no exchange rate.
   *
   * @param verb the command, for the message
   * @param labels how the message names each scenario (its file, or a grid point)
   */
  static void requireOneCurrency(
      String verb, java.util.List<String> labels, java.util.List<salesim.scenario.Scenario> scenarios) {
    String currency = scenarios.get(0).parameters().finance().currency();
    for (int i = 1; i < scenarios.size(); i++) {
      String theirs = scenarios.get(i).parameters().finance().currency();
      if (!theirs.equals(currency)) {
        throw new UsageError(
            verb + ": " + labels.get(0) + " is in " + currency + " but " + labels.get(i)
                + " is in " + theirs + "; salesim does not convert between currencies (it would"
                + " have to guess an exchange rate). Give every scenario the same"
                + " finance.currency, with its amounts in that currency");
      }
    }
  }

  /**
   * "estimated about 4 minutes on 2 idle threads (longer on a busy machine)": the size estimate's
   * time, which holds for an idle machine (a loaded one has been measured at a quarter the rate).
   */
  static String runTime(salesim.experiment.Workload workload, int threads) {
    return "estimated "
        + workload.runTime(threads)
        + " on "
        + threads
        + " idle thread"
        + (threads == 1 ? "" : "s")
        + " (longer on a busy machine)";
  }

  /**
   * The closing line of an experiment: the files it wrote, and the report only if it was drawn.
   */
  static String wrote(java.nio.file.Path target, boolean drawn, String... files) {
    if (!drawn) {
      return "Wrote " + String.join(", ", files) + " to " + target + " (no report: see above)";
    }
    return "Wrote "
        + String.join(", ", files)
        + ", results.xlsx, report.html, report.pdf and charts/ to "
        + target
        + " (open report.html in a browser)";
  }

  /** A usage error detected after parsing: exit code 2 with the message. */
  static final class UsageError extends RuntimeException {
    UsageError(String message) {
      super(message);
    }
  }

  /** Whether an exception is picocli's own usage error. */
  static boolean isUsage(Throwable t) {
    return t instanceof ParameterException || t instanceof UsageError;
  }
}
