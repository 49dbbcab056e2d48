package salesim.experiment;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import salesim.kernel.stat.Tally;

/**
 * Per-replication values of some columns, appended to one binary file per column on disk, from
 * which exact percentiles are selected in a few passes and bounded memory, never every row of a
 * large run in memory.
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

  /**
   * The tally of column {@code value} over the rows whose column {@code condition} is positive, in
   * row order (so the same rows give the same bits).
   */
  Tally tallyWhere(int value, int condition) {
    flush();
    Tally tally = new Tally();
    try (DataInputStream values = open(value);
        DataInputStream conditions = open(condition)) {
      for (long r = 0; r < rows; r++) {
        double x = values.readDouble();
        if (conditions.readDouble() > 0.0) {
          tally.add(x);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read working files: " + e, e);
    }
    return tally;
  }

  /** Bins per refinement pass: 256 KiB of counts. */
  private static final int BINS = 1 << 16;
  /** A bin this small is read into memory and sorted. */
  private static final int COLLECT = 1 << 16;


  /**
   * The values at the given ranks (0-based, in sorted order) of a column, exactly, in memory that
   * does not grow with the number of rows: each pass over the file counts the remaining candidates
   * into equal-width bins of their range and keeps only the bin that holds the rank, until that
   * bin is small enough to sort. A value's bin is always computed the same way, so the passes
   * agree exactly on who is a candidate.
   *
   * @param min the column's smallest value
   * @param max the column's largest value
   */
  double[] select(int column, long[] ranks, double min, double max) {
    flush();
    double[] values = new double[ranks.length];
    for (int i = 0; i < ranks.length; i++) {
      values[i] =
          i > 0 && ranks[i] == ranks[i - 1] ? values[i - 1] : select(column, ranks[i], min, max);
    }
    return values;
  }

  private double select(int column, long rank, double min, double max) {
    if (!(min < max)) {
      return min; // a constant column
    }
    // The chosen bin of each pass so far: a candidate falls in every one of them.
    double[] los = new double[64];
    double[] widths = new double[64];
    int[] chosen = new int[64];
    int depth = 0;
    double lo = min;
    double width = max - min;
    long below = 0; // candidates' rank offset: values below the current range
    while (true) {
      int[] counts = new int[BINS];
      try (DataInputStream in = open(column)) {
        for (long r = 0; r < rows; r++) {
          double x = in.readDouble();
          if (candidate(x, los, widths, chosen, depth)) {
            counts[bin(x, lo, width)]++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read working files: " + e, e);
      }
      long seen = below;
      int b = 0;
      while (seen + counts[b] <= rank) {
        seen += counts[b];
        b++;
      }
      los[depth] = lo;
      widths[depth] = width;
      chosen[depth] = b;
      depth++;
      double nextLo = lo + width * b / BINS;
      double nextWidth = width / BINS;
      if (counts[b] <= COLLECT || depth == los.length || !(nextWidth > 0.0)) {
        return pick(column, los, widths, chosen, depth, counts[b], rank - seen);
      }
      below = seen;
      lo = nextLo;
      width = nextWidth;
    }
  }

  private static boolean candidate(double x, double[] los, double[] widths, int[] chosen, int depth) {
    for (int d = 0; d < depth; d++) {
      if (bin(x, los[d], widths[d]) != chosen[d]) {
        return false;
      }
    }
    return true;
  }

  /** Reads the final bin's values, sorts them and returns the k-th. */
  private double pick(
      int column, double[] los, double[] widths, int[] chosen, int depth, int count, long k) {
    double[] bucket = new double[count];
    int n = 0;
    try (DataInputStream in = open(column)) {
      for (long r = 0; r < rows; r++) {
        double x = in.readDouble();
        if (candidate(x, los, widths, chosen, depth)) {
          bucket[n++] = x;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read working files: " + e, e);
    }
    java.util.Arrays.sort(bucket, 0, n);
    return bucket[(int) k];
  }

  private static int bin(double x, double lo, double width) {
    int b = (int) ((x - lo) / width * BINS);
    return b < 0 ? 0 : Math.min(b, BINS - 1);
  }

  private DataInputStream open(int column) throws IOException {
    return new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(files[column]), 1 << 16));
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
