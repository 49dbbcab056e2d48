package salesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import salesim.scenario.MoneyCheck;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioException;
import salesim.scenario.ScenarioLoader;

/**
 * {@code salesim validate FILE... [--set path=value]...}: loads each scenario file as {@code run}
 * would and reports, per file, either a line on stdout ({@code ok}, two spaces, then {@code FILE
 * (name, N months, M reps)}) or the problem on stderr, as one line without a stack trace. Exit
 * code 2 if any file is invalid, 0 otherwise.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks scenario files: merges each over its extends chain and the reference defaults,"
            + " applies the --set overrides, and validates every parameter, reporting every"
            + " problem with its field path.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Scenario files (.yaml, .yml, .json).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description =
          "Overrides a parameter in every FILE, e.g. comp.commission.outboundMultiplier=3 or"
              + " segments[1].accounts=5000; the value is read as YAML. Repeatable; applied in"
              + " order.")
  List<String> sets = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScenarioLoader loader = new ScenarioLoader();
    boolean allValid = true;
    for (Path file : files) {
      List<ScenarioException> problems = loader.problems(file, sets);
      if (!problems.isEmpty()) {
        problems.forEach(problem -> err.println(problem.getMessage()));
        allValid = false;
        continue;
      }
      try {
        Scenario scenario = loader.load(file, sets);
        out.println(
            "ok  "
                + file
                + " ("
                + scenario.name()
                + ", "
                + scenario.parameters().calendar().months()
                + " months"
                + ", "
                + scenario.parameters().team().reps()
                + " reps)");
        MoneyCheck.warnings(scenario, file.toString()).forEach(err::println);
      } catch (ScenarioException e) {
        err.println(e.getMessage());
        allValid = false;
      }
    }
    out.flush();
    err.flush();
    return allValid ? 0 : 2;
  }
}
