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
            + " A sweep, stress test, sensitivity or explanation needs no runs.csv for its pages;"
            + " without it, the workbook (which copies it) is kept as it was."
            + " The new report replaces the old one only once it is complete.")
final class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "An experiment's output folder.")
  Path folder;

  @Override
  public Integer call() {
    java.util.List<String> wrote;
    try {
      wrote = ReportWriter.rerender(folder);
    } catch (MalformedOutputException e) {
      throw new Options.UsageError(folder + ": " + e.getMessage());
    }
    // Only what this redraw wrote: a calibration report has no workbook, and a curated folder
    // without runs.csv keeps the one its experiment wrote.
    boolean workbook = wrote.contains(salesim.report.Workbook.FILE);
    java.util.List<String> said = new java.util.ArrayList<>();
    for (String name : java.util.List.of(
        salesim.report.Workbook.FILE, "report.html", "report.pdf", "charts")) {
      if (wrote.contains(name)) {
        said.add(name.equals("charts") ? "charts/" : name);
      }
    }
    wrote = said;
    String list =
        wrote.size() == 1
            ? wrote.get(0)
            : String.join(", ", wrote.subList(0, wrote.size() - 1)) + " and " + wrote.get(wrote.size() - 1);
    System.out.println(
        "Wrote " + list + " to " + folder
            + (workbook || !java.nio.file.Files.exists(folder.resolve(salesim.report.Workbook.FILE))
                ? ""
                : " (" + salesim.report.Workbook.FILE
                    + " kept as it was: it copies runs.csv, which this folder does not hold)"));
    return 0;
  }
}
