package salesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import salesim.experiment.Experiment;
import salesim.experiment.RunResult;
import salesim.experiment.Sensitivity;
import salesim.experiment.Tornado;
import salesim.experiment.Variant;
import salesim.experiment.Workload;
import salesim.model.Metric;
import salesim.report.MonthlyCsv;
import salesim.report.ReportWriter;
import salesim.report.SensitivityReport;
import salesim.scenario.MoneyCheck;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioException;
import salesim.scenario.ScenarioLoader;
import salesim.scenario.ScenarioWriter;

/** {@code salesim sensitivity SCENARIO [--params p,...] [--delta 0.2]}: a tornado. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    header = "Moves each parameter down and up on its own: a tornado.",
    description =
        "Moves each listed numeric parameter down and up by --delta (relative), one at a"
            + " time, on common random numbers, and reports the paired effect on contribution,"
            + " bookings, cost of sales and outbound share. Writes sensitivity.csv (tornado-ready),"
            + " summary.json, monthly.csv and runs.csv.")
final class SensitivityCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
  Path scenarioFile;

  @Option(names = "--params", split = ",", paramLabel = "PATH",
      description = {
        "Field paths to move, comma-separated (default: a curated set of 18 covering funnel, pay,",
        "behaviour and market; README lists them)."
      })
  List<String> params = new ArrayList<>();

  @Option(names = "--delta", defaultValue = "0.2", description = "Relative change (default: ${DEFAULT-VALUE}).")
  double delta;

  @Option(names = "--target", defaultValue = "contribution",
      description = "Metric that orders the tornado (default: ${DEFAULT-VALUE}).")
  String target;

  @Mixin ExperimentOptions options;

  @Override
  public Integer call() {
    if (!(delta > 0.0 && delta < 1.0)) {
      throw new Options.UsageError("--delta: must be between 0 and 1 (got " + delta + ")");
    }
    Metric targetMetric;
    try {
      targetMetric = Metric.forKey(target);
    } catch (IllegalArgumentException e) {
      throw new Options.UsageError("--target: no metric named " + target);
    }
    ScenarioLoader loader = new ScenarioLoader();
    Scenario base = loader.load(scenarioFile, options.sets);
    MoneyCheck.warnings(base, scenarioFile.toString()).forEach(System.err::println);
    boolean curated = params.isEmpty();
    List<String> paths = curated ? Sensitivity.DEFAULT_PARAMETERS : params;
    List<Sensitivity> moves = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Variant> variants = new ArrayList<>(List.of(new Variant(base.name(), base.parameters())));
    List<Scenario> keyed = new ArrayList<>(List.of(base));
    for (String path : paths) {
      Double value;
      try {
        value = ScenarioWriter.numberAt(base, path);
      } catch (IllegalArgumentException e) {
        throw new Options.UsageError("--params: " + e.getMessage());
      }
      if (value == null || value == 0.0) {
        if (!curated) {
          throw new Options.UsageError(
              "--params: " + path + " is not a non-zero number in " + base.name());
        }
        skipped.add(path);
        continue;
      }
      Sensitivity move = Sensitivity.around(path, value, delta, false, false);
      Scenario low = load(loader, path, move.low(), value);
      Scenario high = load(loader, path, move.high(), value);
      move = new Sensitivity(path, value, numberAt(low, path), numberAt(high, path));
      moves.add(move);
      variants.add(new Variant(path + " low", low.parameters()));
      variants.add(new Variant(path + " high", high.parameters()));
      keyed.add(low);
      keyed.add(high);
    }
    if (moves.isEmpty()) {
      throw new Options.UsageError("--params: nothing to move in " + base.name());
    }
    Path target =
        options.out != null
            ? options.out
            : Path.of("reports", "sensitivity-" + Options.folderName(base.name()));
    String key = Options.key("sensitivity " + delta + " " + targetMetric.key(), keyed, options);
    if (!options.quiet) {
      System.err.println(estimate(moves.size(), variants, options));
    }
    try (ExperimentDriver driver = new ExperimentDriver(target, variants, List.of(), options, key)) {
      Experiment experiment = driver.run("sensitivity");
      List<RunResult> results = new ArrayList<>();
      for (int v = 0; v < variants.size(); v++) {
        results.add(experiment.result(v));
      }
      Tornado tornado = Tornado.of(moves, experiment, targetMetric);
      SensitivityReport.writeCsv(driver.resolve("sensitivity.csv"), tornado, results);
      SensitivityReport.writeJson(
          driver.resolve("summary.json"), base, delta, tornado, results, options.sets);
      MonthlyCsv.write(driver.resolve("monthly.csv"), results.toArray(new RunResult[0]));
      SensitivityReport.print(System.out, base, delta, tornado, skipped);
      boolean drawn = ReportWriter.tryRender(driver.resolve(""), target, System.err);
      driver.commit();
      System.out.println(
          Options.wrote(
              target, drawn, "sensitivity.csv", "summary.json", "monthly.csv", "runs.csv"));
    }
    return 0;
  }

  /**
   * The scenario with one field moved. A value the field refuses is adjusted once: rounded for a
   * whole-number field, clamped to 1 for a probability above it.
   */
  private Scenario load(ScenarioLoader loader, String path, double value, double base) {
    List<String> sets = new ArrayList<>(options.sets);
    sets.add(path + "=" + plain(value));
    try {
      return loader.load(scenarioFile, sets);
    } catch (ScenarioException first) {
      double adjusted = value > 1.0 && base <= 1.0 ? 1.0 : Math.rint(value);
      if (adjusted == base) {
        adjusted = value > base ? base + 1 : Math.max(0, base - 1);
      }
      sets.set(sets.size() - 1, path + "=" + plain(adjusted));
      return loader.load(scenarioFile, sets);
    }
  }

  private static double numberAt(Scenario scenario, String path) {
    Double value = ScenarioWriter.numberAt(scenario, path);
    return value == null ? Double.NaN : value;
  }

  private static String plain(double value) {
    return new java.math.BigDecimal(value).round(new java.math.MathContext(15)).stripTrailingZeros().toPlainString();
  }

  /**
   * What the run will take, said before it starts: a tornado runs two variants per parameter plus
   * the base, so its size grows fast with --params. The time is the size estimate's, for an idle
   * machine.
   */
  static String estimate(int parameters, List<Variant> variants, ExperimentOptions options) {
    int threads = Options.threads(options.threads);
    Workload workload =
        Workload.of(variants.stream().map(Variant::parameters).toList(), options.runs, threads);
    return String.format(
        java.util.Locale.ROOT,
        "sensitivity: %d parameters moved, %d variants x %,d runs%s: %s",
        parameters,
        variants.size(),
        options.runs,
        options.precision == null ? "" : " at most (--precision may stop sooner)",
        Options.runTime(workload, threads));
  }
}
