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
import salesim.experiment.Experiment;
import salesim.experiment.RunResult;
import salesim.experiment.Variant;
import salesim.report.CompareJson;
import salesim.report.ComparisonTable;
import salesim.report.MonthlyCsv;
import salesim.report.ReportWriter;
import salesim.scenario.MoneyCheck;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;

/** {@code salesim compare BASE OTHER...}: scenarios on common random numbers, paired. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    header = "Compares scenarios on common random numbers, paired against the first.",
    description =
        "Runs several scenarios on common random numbers (replication r of every scenario"
            + " draws the same random numbers for the same purpose) and reports, per metric, each"
            + " scenario's paired difference against the first: mean, 95%% CI, P(higher) and the"
            + " variance reduction CRN achieved. Writes summary.json, monthly.csv and runs.csv"
            + " (default reports/compare-<names>).")
final class CompareCommand implements Callable<Integer> {

  @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Baseline first, then the others.")
  List<Path> files = new ArrayList<>();

  @Mixin ExperimentOptions options;

  @Override
  public Integer call() {
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
    try (ExperimentDriver driver =
        new ExperimentDriver(
            target, variants, List.of(), options, Options.key("compare", scenarios, options))) {
      Experiment experiment = driver.run("compare");
      List<RunResult> results = new ArrayList<>();
      for (int v = 0; v < variants.size(); v++) {
        results.add(experiment.result(v));
      }
      CompareJson.write(driver.resolve("summary.json"), scenarios, results, experiment, options.sets);
      MonthlyCsv.write(driver.resolve("monthly.csv"), results.toArray(new RunResult[0]));
      ComparisonTable.print(System.out, results, experiment);
      boolean drawn = ReportWriter.tryRender(driver.resolve(""), target, System.err);
      driver.commit();
      System.out.println(Options.wrote(target, drawn, "summary.json", "monthly.csv", "runs.csv"));
    }
    return 0;
  }
}
