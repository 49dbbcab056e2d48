package salesim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import salesim.report.ReportWriter;
import salesim.report.chart.MalformedOutputException;

/**
 * {@code salesim report DIR}: redraws report.html, report.pdf, charts/ and results.xlsx from the outputs an
 * experiment stored in DIR, without simulating again.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Redraws the report of an output folder without simulating again.",
    description =
        "Redraws report.html, report.pdf, charts/ (PNG and SVG) and results.xlsx from the"
            + " summary.json,"
            + " monthly.csv and runs.csv an experiment wrote into DIR, without simulating again."
            + " The new report replaces the old one only once it is complete.")
final class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "An experiment's output folder.")
  Path folder;

  @Override
  public Integer call() {
    try {
      ReportWriter.rerender(folder);
    } catch (MalformedOutputException e) {
      throw new Options.UsageError(folder + ": " + e.getMessage());
    }
    System.out.println("Wrote results.xlsx, report.html, report.pdf and charts/ to " + folder);
    return 0;
  }
}
