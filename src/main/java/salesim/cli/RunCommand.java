package salesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import salesim.experiment.RunExperiment;
import salesim.experiment.RunResult;
import salesim.report.HeadlineTable;
import salesim.report.MonthlyCsv;
import salesim.report.OutputFolder;
import salesim.report.RunsCsv;
import salesim.report.SummaryJson;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;

/** {@code salesim run}: one scenario, N replications (DESIGN.md §3). */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one scenario over many random replications and writes summary.json, monthly.csv and",
      "runs.csv into the output folder (replaced only when the run completes)."
    })
final class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
  Path scenarioFile;

  @Option(names = "--runs", defaultValue = "1000", description = "Replications (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      description = "Worker threads (default: all cores). Results do not depend on it.")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/run-<scenario name>).")
  Path out;

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description = "Override a scenario field, e.g. --set comp.commission.outboundMultiplier=4.")
  List<String> sets = new ArrayList<>();

  @Override
  public Integer call() {
    Options.requirePositive("--runs", runs);
    int workers = Options.threads(threads);
    Scenario scenario = new ScenarioLoader().load(scenarioFile, sets);
    Path target = out != null ? out : Path.of("reports", "run-" + Options.folderName(scenario.name()));
    try (OutputFolder folder = OutputFolder.create(target)) {
      RunResult result;
      try (RunsCsv rows = new RunsCsv(folder.resolve("runs.csv"))) {
        result = RunExperiment.execute(scenario, seed, runs, workers, rows::write);
      }
      SummaryJson.write(folder.resolve("summary.json"), scenario, result);
      MonthlyCsv.write(folder.resolve("monthly.csv"), result);
      folder.commit();
      HeadlineTable.print(System.out, result, scenario.parameters().finance().currency());
      System.out.println("Wrote summary.json, monthly.csv and runs.csv to " + target);
    }
    return 0;
  }
}
