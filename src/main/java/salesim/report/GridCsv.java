package salesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import salesim.experiment.MetricSummary;
import salesim.experiment.RunResult;
import salesim.model.Metric;

/**
 * sweep.csv: one row per grid point with the varied values and, per metric, the mean and its 95 %
 * confidence interval — ready for a heatmap or a line chart.
 */
public final class GridCsv {

  /** The metrics a sweep reports. */
  public static final List<Metric> METRICS =
      List.of(
          Metric.BOOKINGS_TOTAL,
          Metric.BOOKINGS_INBOUND,
          Metric.BOOKINGS_OUTBOUND,
          Metric.CONTRIBUTION,
          Metric.COST_OF_SALES,
          Metric.COMMISSION_TOTAL,
          Metric.OUTBOUND_HOURS_SHARE,
          Metric.IDLE_HOURS_SHARE,
          Metric.INBOUND_LEADS_LOST,
          Metric.MEETINGS_OUTBOUND,
          Metric.OUTBOUND_REPS_END);

  private GridCsv() {}

  /** Writes the grid; {@code values.get(i)} are point i's values for the varied paths. */
  public static void write(
      Path file, List<String> paths, List<List<String>> values, List<RunResult> results) {
    try (BufferedWriter out = OutputFiles.writer(file)) {
      StringBuilder header = new StringBuilder();
      for (String path : paths) {
        header.append(Csv.field(path)).append(',');
      }
      header.append("runs");
      for (Metric metric : METRICS) {
        header.append(',').append(metric.key()).append("_mean");
        header.append(',').append(metric.key()).append("_ci95_low");
        header.append(',').append(metric.key()).append("_ci95_high");
      }
      out.write(header.append('\n').toString());
      for (int i = 0; i < results.size(); i++) {
        StringBuilder row = new StringBuilder();
        for (String value : values.get(i)) {
          row.append(Csv.field(value)).append(',');
        }
        row.append(results.get(i).runs());
        for (Metric metric : METRICS) {
          MetricSummary s = results.get(i).summary(metric);
          row.append(',').append(Numbers.format(s.mean()));
          row.append(',').append(Numbers.format(s.ci95Low()));
          row.append(',').append(Numbers.format(s.ci95High()));
        }
        out.write(row.append('\n').toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
