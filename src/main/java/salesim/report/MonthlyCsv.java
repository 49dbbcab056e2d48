package salesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import salesim.experiment.MonthlySummary;
import salesim.experiment.RunResult;
import salesim.model.MonthlyMetric;

/**
 * monthly.csv: one row per month and monthly metric with the mean and percentiles across
 * replications (the numbers behind the fan charts). Months are 1-based, as people count them.
 */
public final class MonthlyCsv {

  static final String HEADER = "scenario,month,metric,mean,p5,p25,p50,p75,p95\n";

  private MonthlyCsv() {}

  /** Writes the file. */
  public static void write(Path file, RunResult... results) {
    try (BufferedWriter out = OutputFiles.writer(file)) {
      out.write(HEADER);
      for (RunResult result : results) {
        String scenario = Csv.field(result.scenario());
        for (int m = 0; m < result.months(); m++) {
          for (int k = 0; k < MonthlyMetric.count(); k++) {
            MonthlyMetric metric = MonthlyMetric.at(k);
            MonthlySummary s = result.monthly(m, metric);
            out.write(
                scenario + ',' + (m + 1) + ',' + metric.key() + ',' + Numbers.format(s.mean()) + ','
                    + Numbers.format(s.p5()) + ',' + Numbers.format(s.p25()) + ','
                    + Numbers.format(s.p50()) + ',' + Numbers.format(s.p75()) + ','
                    + Numbers.format(s.p95()) + '\n');
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
