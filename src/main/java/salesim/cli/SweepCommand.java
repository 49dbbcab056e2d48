package salesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import salesim.experiment.BreakEven;
import salesim.experiment.Experiment;
import salesim.experiment.RunResult;
import salesim.experiment.Variant;
import salesim.report.GridCsv;
import salesim.report.MonthlyCsv;
import salesim.report.ReportWriter;
import salesim.report.SweepJson;
import salesim.report.SweepTable;
import salesim.scenario.ParameterPaths;
import salesim.scenario.MoneyCheck;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;

/** {@code salesim sweep SCENARIO --vary path=v1,v2,...}: a one- or two-dimensional grid. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    header = "Runs a scenario over a grid of one or two parameters.",
    description =
        "Runs a scenario over a grid of one or two parameters on common random numbers and"
            + " writes sweep.csv, summary.json, monthly.csv and runs.csv (default"
            + " reports/sweep-<scenario>). When the outbound commission multiplier is varied,"
            + " reports where outbound time turns on and where contribution peaks: the break-even"
            + " multiplier to settle with the CFO.")
final class SweepCommand implements Callable<Integer> {

  static final String MULTIPLIER = ParameterPaths.OUTBOUND_MULTIPLIER;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
  Path scenarioFile;

  @Option(
      names = "--vary",
      required = true,
      paramLabel = "PATH=V1,V2,...",
      description = "A parameter and its grid values; give one or two.")
  List<String> vary = new ArrayList<>();

  @Mixin ExperimentOptions options;

  @Override
  public Integer call() {
    if (vary.size() > 2) {
      throw new Options.UsageError("--vary: at most two parameters (got " + vary.size() + ")");
    }
    List<String> paths = new ArrayList<>();
    List<List<String>> axes = new ArrayList<>();
    for (String v : vary) {
      int eq = v.indexOf('=');
      if (eq <= 0 || eq == v.length() - 1) {
        throw new Options.UsageError("--vary: expected PATH=V1,V2,... (got " + v + ")");
      }
      paths.add(v.substring(0, eq).trim());
      List<String> values = new ArrayList<>();
      for (String value : v.substring(eq + 1).split(",")) {
        if (!value.isBlank()) {
          values.add(value.trim());
        }
      }
      if (values.isEmpty()) {
        throw new Options.UsageError("--vary: no values for " + paths.get(paths.size() - 1));
      }
      axes.add(values);
    }
    ScenarioLoader loader = new ScenarioLoader();
    List<List<String>> points = new ArrayList<>();
    for (String a : axes.get(0)) {
      if (axes.size() == 1) {
        points.add(List.of(a));
      } else {
        for (String b : axes.get(1)) {
          points.add(List.of(a, b));
        }
      }
    }
    List<Scenario> scenarios = new ArrayList<>();
    List<Variant> variants = new ArrayList<>();
    for (List<String> point : points) {
      List<String> sets = new ArrayList<>();
      StringBuilder name = new StringBuilder();
      for (int d = 0; d < paths.size(); d++) {
        sets.add(paths.get(d) + "=" + point.get(d));
        name.append(d > 0 ? ", " : "").append(lastStep(paths.get(d))).append('=').append(point.get(d));
      }
      Scenario s = loader.load(scenarioFile, options.sets, sets);
      scenarios.add(s);
      variants.add(new Variant(name.toString(), s.parameters()));
    }
    // Amounts that do not fit the currency: once, for the first grid point (a sweep of an amount
    // would otherwise repeat the warning at each).
    MoneyCheck.warnings(scenarios.get(0), scenarioFile.toString()).forEach(System.err::println);
    Options.requireOneCurrency(
        "sweep",
        variants.stream().map(v -> scenarioFile + " at " + v.name()).toList(),
        scenarios);
    // The first grid point stands for the scenario in reports (the base file alone may be
    // incomplete until a varied field is set, e.g. a weighted plan's multiplier).
    Scenario base = scenarios.get(0);
    Path target =
        options.out != null
            ? options.out
            : Path.of("reports", "sweep-" + Options.folderName(base.name()));
    String key = Options.key("sweep " + String.join(";", vary), scenarios, options);
    try (ExperimentDriver driver = new ExperimentDriver(target, variants, List.of(), options, key)) {
      Experiment experiment = driver.run("sweep");
      List<RunResult> results = new ArrayList<>();
      for (int v = 0; v < variants.size(); v++) {
        results.add(experiment.result(v));
      }
      List<BreakEven> breakEvens = breakEvens(paths, axes, results);
      GridCsv.write(driver.resolve("sweep.csv"), paths, points, results);
      int axis = paths.indexOf(MULTIPLIER);
      String otherPath = paths.size() == 2 && axis >= 0 ? paths.get(1 - axis) : null;
      SweepJson.write(
          driver.resolve("summary.json"),
          base,
          paths,
          points,
          results,
          breakEvens,
          otherPath,
          otherPath == null ? List.of() : axes.get(1 - axis),
          options.sets);
      MonthlyCsv.write(driver.resolve("monthly.csv"), results.toArray(new RunResult[0]));
      SweepTable.print(System.out, base, paths, points, results, breakEvens, axes);
      boolean drawn = ReportWriter.tryRender(driver.resolve(""), target, System.err);
      driver.commit();
      System.out.println(
          Options.wrote(target, drawn, "sweep.csv", "summary.json", "monthly.csv", "runs.csv"));
    }
    return 0;
  }

  /**
   * Break-even points when the outbound multiplier is a varied axis: one per value of the other
   * axis (or one for a 1-D sweep).
   */
  private static List<BreakEven> breakEvens(
      List<String> paths, List<List<String>> axes, List<RunResult> results) {
    int axis = paths.indexOf(MULTIPLIER);
    if (axis < 0) {
      return List.of();
    }
    List<String> multipliers = axes.get(axis);
    double[] values = new double[multipliers.size()];
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = Double.parseDouble(multipliers.get(i));
      } catch (NumberFormatException e) {
        throw new Options.UsageError("--vary: " + MULTIPLIER + " values must be numbers");
      }
    }
    for (int i = 1; i < values.length; i++) {
      if (values[i] <= values[i - 1]) {
        throw new Options.UsageError(
            "--vary: list " + MULTIPLIER + " values in increasing order (got "
                + String.join(",", multipliers) + ")");
      }
    }
    int others = paths.size() == 1 ? 1 : axes.get(1 - axis).size();
    List<BreakEven> found = new ArrayList<>();
    for (int o = 0; o < others; o++) {
      List<RunResult> line = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        int index = paths.size() == 1 ? i : axis == 0 ? i * others + o : o * values.length + i;
        line.add(results.get(index));
      }
      found.add(BreakEven.of(Arrays.copyOf(values, values.length), line));
    }
    return found;
  }

  private static String lastStep(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
