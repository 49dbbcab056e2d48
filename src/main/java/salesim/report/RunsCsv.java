package salesim.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import salesim.model.Metric;
import salesim.model.ReplicationResult;

/**
 * runs.csv: one row per replication with every scalar metric, streamed to disk as replications
 * finish (in replication order), so a large run never holds its rows in memory.
 */
public final class RunsCsv implements Closeable {

  private final BufferedWriter out;

  /** Opens the file and writes the header. */
  public RunsCsv(Path file) {
    try {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      StringBuilder header = new StringBuilder("replication");
      for (int k = 0; k < Metric.count(); k++) {
        header.append(',').append(Metric.at(k).key());
      }
      out.write(header.append('\n').toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Appends one replication's row. */
  public void write(ReplicationResult result) {
    StringBuilder row = new StringBuilder(512);
    row.append(result.replication());
    for (int k = 0; k < Metric.count(); k++) {
      row.append(',').append(Numbers.format(result.get(Metric.at(k))));
    }
    try {
      out.write(row.append('\n').toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write runs.csv: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write runs.csv: " + e.getMessage(), e);
    }
  }
}
