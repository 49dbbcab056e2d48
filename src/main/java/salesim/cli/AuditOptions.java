package salesim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import salesim.experiment.Audit;

/** The options of an assumption audit, shared by explain and compare. */
final class AuditOptions {

  @Option(
      names = "--audit",
      paramLabel = "none|quick|full",
      description = {
        "Re-run the comparison with each modelling assumption (grade D) at the low and the high end"
            + " of its plausible range, one at a time: quick runs the two plans at each point"
            + " (audits which plan comes out ahead), full runs every combination of levers too"
            + " (audits the largest lever; explain only). Default: quick for explain, none for"
            + " compare."
      })
  String audit;

  @Option(
      names = "--audit-runs",
      defaultValue = "100",
      paramLabel = "N",
      description = "Replications per audit point (default: ${DEFAULT-VALUE}).")
  long auditRuns;

  @Option(
      names = "--audit-params",
      split = ",",
      paramLabel = "PATHS",
      hideParamSyntax = true,
      description =
          "Audit only these settings, comma-separated: a catalogue assumption by its path, any"
              + " other number as PATH=LOW..HIGH (default: every grade-D assumption).")
  List<String> auditParams = new ArrayList<>();

  /** The mode asked for, or {@code otherwise} when --audit is not given. */
  Audit.Mode mode(Audit.Mode otherwise) {
    if (audit == null) {
      return otherwise;
    }
    Audit.Mode mode = Audit.Mode.forWord(audit.strip());
    if (mode == null) {
      throw new Options.UsageError("--audit: expected none, quick or full (got " + audit + ")");
    }
    return mode;
  }

  /** Refuses fewer than two runs a point: a confidence interval needs two. */
  void checkRuns() {
    if (auditRuns < 2) {
      throw new Options.UsageError(
          "--audit-runs: at least 2, for a confidence interval at each point (got "
              + auditRuns
              + ")");
    }
  }

  /** What identifies the audit's settings for --resume. */
  String key(Audit.Mode mode) {
    return "|audit="
        + mode.key()
        + "|auditRuns="
        + auditRuns
        + "|auditParams="
        + String.join(",", auditParams);
  }
}
