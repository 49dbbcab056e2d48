package salesim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import salesim.experiment.Experiment;
import salesim.experiment.PairMetric;
import salesim.experiment.Recovery;
import salesim.experiment.RunResult;
import salesim.experiment.StressMetrics;
import salesim.experiment.StressWindow;
import salesim.experiment.Variant;
import salesim.model.SalesParameters;
import salesim.model.shock.Shock;
import salesim.report.MonthlyCsv;
import salesim.report.ReportWriter;
import salesim.report.StressReport;
import salesim.scenario.MoneyCheck;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioException;
import salesim.scenario.ScenarioLoader;

/** {@code salesim stress SCENARIO [--shocks FILE...]}: the plan under each shock. */
@Command(
    name = "stress",
    mixinStandardHelpOptions = true,
    header = "Runs a plan without a shock and under each shock of a library.",
    description =
        "Runs a plan without a shock and under each shock file (default: every file in"
            + " scenarios/shocks/), on common random numbers, and reports bookings lost in the"
            + " shock window, the share of runs back at the pre-shock run rate and the median"
            + " months among them, the lowest monthly contribution and P5 outcomes. Warns of a"
            + " shock that does not end before the horizon. Writes stress.csv, summary.json,"
            + " monthly.csv and runs.csv.")
final class StressCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The plan.")
  Path scenarioFile;

  @Option(names = "--shocks", arity = "1..*", paramLabel = "FILE",
      description = "Shock files (partial scenarios with a shocks: list).")
  List<Path> shockFiles = new ArrayList<>();

  @Mixin ExperimentOptions options;

  @Override
  public Integer call() {
    ScenarioLoader loader = new ScenarioLoader();
    Scenario plan = loader.load(scenarioFile, options.sets);
    MoneyCheck.warnings(plan, scenarioFile.toString()).forEach(System.err::println);
    List<Path> files = shockFiles.isEmpty() ? defaultShocks() : shockFiles;
    int months = plan.parameters().calendar().months();
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant(plan.name(), plan.parameters()));
    List<List<PairMetric>> stress = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Scenario> shockScenarios = new ArrayList<>();
    List<Scenario> keyed = new ArrayList<>(List.of(plan));
    List<StressWindow> windows = new ArrayList<>();
    for (Path file : files) {
      Scenario shockScenario = loader.load(file, List.of());
      List<Shock> shocks = shockScenario.parameters().shocks();
      if (shocks.isEmpty()) {
        throw new ScenarioException(file.toString(), "shocks", "lists no shock");
      }
      List<Shock> all = new ArrayList<>(plan.parameters().shocks());
      all.addAll(shocks);
      SalesParameters shocked;
      try {
        shocked = plan.parameters().withShocks(all);
      } catch (IllegalArgumentException e) {
        throw new ScenarioException(file.toString(), "shocks", e.getMessage() + " of the plan " + plan.name());
      }
      names.add(shockScenario.name());
      shockScenarios.add(shockScenario);
      keyed.add(shockScenario);
      variants.add(new Variant(plan.name() + " + " + shockScenario.name(), shocked));
      stress.add(StressMetrics.of(shocks, months));
      windows.add(StressWindow.of(shocks, months));
    }
    String warning = StressReport.horizonWarning(names, windows, months);
    if (warning != null) {
      System.err.println(warning);
    }
    Path target =
        options.out != null ? options.out : Path.of("reports", "stress-" + Options.folderName(plan.name()));
    try (ExperimentDriver driver =
        new ExperimentDriver(target, variants, stress, options, Options.key("stress", keyed, options))) {
      Experiment experiment = driver.run("stress");
      List<RunResult> results = new ArrayList<>();
      for (int v = 0; v < variants.size(); v++) {
        results.add(experiment.result(v));
      }
      List<Recovery> recoveries = new ArrayList<>();
      for (int v = 1; v < variants.size(); v++) {
        recoveries.add(Recovery.of(experiment, v, windows.get(v - 1)));
      }
      StressReport.writeCsv(driver.resolve("stress.csv"), names, results, experiment, recoveries);
      StressReport.writeJson(
          driver.resolve("summary.json"),
          plan,
          shockScenarios,
          results,
          experiment,
          recoveries,
          options.sets);
      MonthlyCsv.write(driver.resolve("monthly.csv"), results.toArray(new RunResult[0]));
      StressReport.print(System.out, plan, names, results, experiment, recoveries);
      boolean drawn = ReportWriter.tryRender(driver.resolve(""), target, System.err);
      driver.commit();
      System.out.println(
          Options.wrote(target, drawn, "stress.csv", "summary.json", "monthly.csv", "runs.csv"));
    }
    return 0;
  }

  private static List<Path> defaultShocks() {
    Path folder = Path.of("scenarios", "shocks");
    if (!Files.isDirectory(folder)) {
      throw new Options.UsageError(
          "--shocks: no shock files given and no scenarios/shocks/ folder here; name the files");
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }
}
