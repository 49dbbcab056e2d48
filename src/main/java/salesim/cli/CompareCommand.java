package salesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import salesim.experiment.Attribution;
import salesim.experiment.Audit;
import salesim.experiment.Experiment;
import salesim.experiment.LeverPlan;
import salesim.experiment.RunResult;
import salesim.experiment.Variant;
import salesim.report.CompareJson;
import salesim.model.Metric;
import salesim.report.ComparisonTable;
import salesim.report.ExplainTable;
import salesim.report.MonthlyCsv;
import salesim.report.ReportWriter;
import salesim.scenario.MoneyCheck;
import salesim.scenario.Scenario;
import salesim.scenario.ParameterCatalogue;
import salesim.scenario.ScenarioLoader;
import salesim.scenario.SettingDifference;

/** {@code salesim compare BASE OTHER...}: scenarios on common random numbers, paired. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    header = "Compares scenarios on common random numbers, paired against the first.",
    description =
        "Runs several scenarios on common random numbers (replication r of every scenario"
            + " draws the same random numbers for the same purpose) and reports, per metric, each"
            + " scenario's paired difference against the first: mean, 95%% CI, P(higher) and the"
            + " variance reduction CRN achieved. With --audit, re-runs the comparison of two"
            + " scenarios with each modelling assumption at the ends of its plausible range."
            + " Writes summary.json, monthly.csv and runs.csv (default reports/compare-<names>).")
final class CompareCommand implements Callable<Integer> {

  @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Baseline first, then the others.")
  List<Path> files = new ArrayList<>();

  @Mixin AuditOptions audit;

  @Mixin ExperimentOptions options;

  @Override
  public Integer call() {
    Audit.Mode mode = audit.mode(Audit.Mode.NONE);
    if (mode == Audit.Mode.FULL) {
      throw new Options.UsageError(
          "--audit full: a comparison has no levers, so only which plan is ahead can be audited:"
              + " use --audit quick here, or salesim explain to audit the largest lever too");
    }
    if (mode != Audit.Mode.NONE && files.size() != 2) {
      throw new Options.UsageError(
          "--audit: audits a comparison of two scenarios (got " + files.size() + "); run compare"
              + " --audit on each pair, or salesim explain BASE OTHER");
    }
    if (mode != Audit.Mode.NONE) {
      audit.checkRuns();
    }
    ScenarioLoader loader = new ScenarioLoader();
    List<Scenario> scenarios = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path file : files) {
      Scenario scenario = loader.load(file, options.sets);
      MoneyCheck.warnings(scenario, file.toString()).forEach(System.err::println);
      if (!names.add(scenario.name())) {
        throw new Options.UsageError(
            "two scenarios are both named " + scenario.name() + ": give each a distinct name:");
      }
      scenarios.add(scenario);
    }
    Options.requireOneCurrency(
        "compare", files.stream().map(Path::toString).toList(), scenarios);
    List<Variant> variants = new ArrayList<>();
    StringBuilder folder = new StringBuilder("compare");
    for (Scenario s : scenarios) {
      variants.add(new Variant(s.name(), s.parameters()));
      folder.append('-').append(Options.folderName(s.name()));
    }
    Path target = options.out != null ? options.out : Path.of("reports", folder.toString());
    LeverPlan plan = null;
    List<Metric> key = List.of();
    List<Audit.Setting> settings = List.of();
    List<Audit.Skip> skipped = new ArrayList<>();
    List<Experiment.Reduction> reductions = new ArrayList<>();
    Attribution totals = null;
    if (mode != Audit.Mode.NONE) {
      List<SettingDifference> differences =
          SettingDifference.between(scenarios.get(0), scenarios.get(1));
      if (differences.isEmpty()) {
        throw new Options.UsageError(
            "--audit: " + scenarios.get(0).name() + " and " + scenarios.get(1).name()
                + " have the same settings: every audit point would find no difference");
      }
      plan = LeverPlan.pair(loader, scenarios.get(0), scenarios.get(1), differences);
      key = ExplainCommand.keyMetrics(options.metric);
      try {
        settings = Audit.settings(ParameterCatalogue.load(), plan, audit.auditParams, skipped);
      } catch (IllegalArgumentException e) {
        throw new Options.UsageError("--audit-params: " + e.getMessage());
      }
      // The main run's totals, reduced like the audit's points, are what the audit checks.
      totals = Attribution.totalsOnly(plan.design(), key);
      reductions.add(totals);
      ExplainCommand.guardAudit(
          plan, mode, settings, audit.auditRuns, options, Options.threads(options.threads));
    }
    String experimentKey =
        Options.key("compare", scenarios, options)
            + (mode == Audit.Mode.NONE ? "" : audit.key(mode) + "|metrics=" + key);
    try (ExperimentDriver driver =
        new ExperimentDriver(target, variants, List.of(), reductions, options, experimentKey)) {
      Experiment experiment = driver.run("compare", mode != Audit.Mode.NONE);
      Audit.Result audited =
          mode == Audit.Mode.NONE
              ? null
              : ExplainCommand.runAudit(
                  driver, options, plan, mode, audit.auditRuns, settings, key, totals,
                  experimentKey, skipped);
      List<RunResult> results = new ArrayList<>();
      for (int v = 0; v < variants.size(); v++) {
        results.add(experiment.result(v));
      }
      CompareJson.write(
          driver.resolve("summary.json"), scenarios, results, experiment, options.sets, audited);
      MonthlyCsv.write(driver.resolve("monthly.csv"), results.toArray(new RunResult[0]));
      ComparisonTable.print(System.out, results, experiment);
      if (audited != null) {
        ExplainTable.printAudit(
            System.out, audited, scenarios.get(0).name(), scenarios.get(1).name(), List.of());
      }
      boolean drawn = ReportWriter.tryRender(driver.resolve(""), target, System.err);
      driver.commit();
      System.out.println(Options.wrote(target, drawn, "summary.json", "monthly.csv", "runs.csv"));
    }
    return 0;
  }
}
