package salesim.experiment;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Per-replication values of some columns, appended to one binary file per column on disk, so
 * exact percentiles need only one column in memory at a time, never every row of a large run.
 *
 * <p>Note: This class is not thread-safe.
 */
final class ColumnStore implements Closeable {

  private final Path[] files;
  private final DataOutputStream[] out;
  private long rows;

  /** Opens (or, when resuming, reopens and truncates to {@code rows}) one file per column. */
  ColumnStore(Path folder, String prefix, int columns, long rows) {
    this.files = new Path[columns];
    this.out = new DataOutputStream[columns];
    this.rows = rows;
    try {
      Files.createDirectories(folder);
      for (int c = 0; c < columns; c++) {
        files[c] = folder.resolve(prefix + "-" + c + ".bin");
        try (FileChannel channel =
            FileChannel.open(files[c], StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          channel.truncate(rows * Double.BYTES);
        }
        out[c] =
            new DataOutputStream(
                new BufferedOutputStream(
                    Files.newOutputStream(files[c], StandardOpenOption.APPEND), 1 << 14));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write working files in " + folder + ": " + e, e);
    }
  }

  /** Appends one row. */
  void append(double[] row) {
    try {
      for (int c = 0; c < out.length; c++) {
        out[c].writeDouble(row[c]);
      }
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write working files: " + e, e);
    }
  }

  /** Rows appended so far. */
  long rows() {
    return rows;
  }

  /** Pushes buffered rows to disk (before a checkpoint or a read). */
  void flush() {
    try {
      for (DataOutputStream o : out) {
        o.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write working files: " + e, e);
    }
  }

  /** Reads one whole column. */
  double[] column(int c) {
    flush();
    if (rows > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many rows for one column: " + rows);
    }
    double[] values = new double[(int) rows];
    try (InputStream raw = Files.newInputStream(files[c]);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
      for (int i = 0; i < values.length; i++) {
        values[i] = in.readDouble();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read working files: " + e, e);
    }
    return values;
  }

  @Override
  public void close() {
    try {
      for (DataOutputStream o : out) {
        o.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write working files: " + e, e);
    }
  }
}
