package salesim.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import salesim.model.Metric;
import salesim.model.ReplicationResult;

/**
 * runs.csv: one row per scenario and replication with every scalar metric, streamed to disk as
 * replications finish (in replication order), so a large run never holds its rows in memory.
 */
public final class RunsCsv implements Closeable {

  private final Path file;
  private final BufferedWriter out;
  private final StringBuilder row = new StringBuilder(1024);

  private RunsCsv(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /** A new file with its header. */
  public static RunsCsv create(Path file) {
    try {
      BufferedWriter out = OutputFiles.writer(file);
      StringBuilder header = new StringBuilder("scenario,replication");
      for (int k = 0; k < Metric.count(); k++) {
        header.append(',').append(Metric.at(k).key());
      }
      out.write(header.append('\n').toString());
      return new RunsCsv(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** An existing file cut back to {@code length} bytes (a checkpoint), to be appended to. */
  public static RunsCsv resume(Path file, long length) {
    try {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.truncate(length);
      }
      BufferedWriter out =
          OutputFiles.writer(file, StandardOpenOption.APPEND);
      return new RunsCsv(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resume " + file + ": " + e.getMessage(), e);
    }
  }

  /** Appends one scenario's row for a replication. */
  public void write(String scenario, ReplicationResult result) {
    row.setLength(0);
    row.append(Csv.field(scenario)).append(',').append(result.replication());
    for (int k = 0; k < Metric.count(); k++) {
      row.append(',').append(Numbers.format(result.get(Metric.at(k))));
    }
    row.append('\n');
    try {
      out.write(row.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Flushes and returns the file's length: what a checkpoint records. */
  public long flush() {
    try {
      out.flush();
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
