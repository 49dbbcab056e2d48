package salesim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import salesim.experiment.Experiment;
import salesim.experiment.RunResult;
import salesim.experiment.Variant;
import salesim.report.HeadlineTable;
import salesim.report.MonthlyCsv;
import salesim.report.ReportWriter;
import salesim.report.SummaryJson;
import salesim.scenario.MoneyCheck;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;

/** {@code salesim run}: one scenario, N replications (DESIGN.md §3). */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    header = "Runs one scenario over many replications.",
    description =
        "Runs one scenario over many random replications and writes summary.json, monthly.csv"
            + " and runs.csv into the output folder (default reports/run-<scenario>), replaced only"
            + " when the run completes.")
final class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
  Path scenarioFile;

  @Mixin ExperimentOptions options;

  @picocli.CommandLine.Option(names = "--crm-export", paramLabel = "DIR",
      description = "Also write replication 0's history as CRM exports: DIR/salesforce and DIR/hubspot (synthetic ids).")
  Path crmExport;

  @picocli.CommandLine.Option(names = "--crm-start", paramLabel = "YYYY-MM",
      description = "With --crm-export: the calendar month of the run's month 0 (default 2025-01).")
  String crmStart;

  @Override
  public Integer call() {
    Scenario scenario = new ScenarioLoader().load(scenarioFile, options.sets);
    MoneyCheck.warnings(scenario, scenarioFile.toString()).forEach(System.err::println);
    Path target =
        options.out != null
            ? options.out
            : Path.of("reports", "run-" + Options.folderName(scenario.name()));
    String key = Options.key("run", List.of(scenario), options);
    CrmExport export = null;
    salesim.crm.CrmHistory history = null;
    if (crmExport != null) {
      export = CrmExport.prepare(crmExport, crmStart, scenario.parameters());
      history = export.record(scenario.parameters(), options.seed);
    } else if (crmStart != null) {
      throw new Options.UsageError("--crm-start applies with --crm-export only");
    }
    try (ExperimentDriver driver =
        new ExperimentDriver(
            target, List.of(new Variant(scenario.name(), scenario.parameters())), List.of(), options,
            key)) {
      Experiment experiment = driver.run("run " + scenario.name());
      RunResult result = experiment.result(0);
      SummaryJson.write(driver.resolve("summary.json"), scenario, result, options.sets);
      MonthlyCsv.write(driver.resolve("monthly.csv"), result);
      boolean drawn = ReportWriter.tryRender(driver.resolve(""), target, System.err);
      driver.commit();
      HeadlineTable.print(System.out, result, scenario.parameters().finance().currency());
      System.out.println(Options.wrote(target, drawn, "summary.json", "monthly.csv", "runs.csv"));
      if (export != null) {
        export.write(history);
        System.out.println("Wrote replication 0's history as CRM exports to " + crmExport
            + "/salesforce and " + crmExport + "/hubspot");
      }
    }
    return 0;
  }
}
