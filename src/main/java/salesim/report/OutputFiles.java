package salesim.report;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens the files an experiment writes, the one place a full disk can be simulated (issue 8):
 * {@link #simulateFullDiskAfter} makes every write fail with "No space left on device" once that
 * many bytes have been written in all, as a real full disk would part-way through a file. Without
 * it, {@link #writer} is {@code Files.newBufferedWriter(file, UTF_8, options)} byte for byte
 * (malformed text is refused, not replaced).
 *
 * <p>Thread-safe.
 */
public final class OutputFiles {

  /** Bytes left before the simulated disk is full; negative when no fault is simulated. */
  private static final AtomicLong SPACE_LEFT = new AtomicLong(-1);

  private OutputFiles() {}

  /** A UTF-8 writer to {@code file}. */
  public static BufferedWriter writer(Path file, OpenOption... options) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(stream(file, options), StandardCharsets.UTF_8.newEncoder()));
  }

  /** A byte stream to {@code file}. */
  public static OutputStream stream(Path file, OpenOption... options) throws IOException {
    OutputStream out = Files.newOutputStream(file, options);
    return SPACE_LEFT.get() < 0 ? out : new FullDisk(out);
  }

  /**
   * For tests: from now on, writes through this class fail once {@code bytes} more bytes have been
   * written; a negative value ends the simulation.
   */
  public static void simulateFullDiskAfter(long bytes) {
    SPACE_LEFT.set(bytes);
  }

  /** A stream on a disk with {@link #SPACE_LEFT} bytes free. */
  private static final class FullDisk extends FilterOutputStream {

    FullDisk(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      take(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      take(len);
      out.write(b, off, len);
    }

    private static void take(int bytes) throws IOException {
      long left = SPACE_LEFT.get();
      if (left >= 0 && left < bytes) {
        SPACE_LEFT.set(0);
        throw new IOException("No space left on device");
      }
      if (left >= 0) {
        SPACE_LEFT.addAndGet(-bytes);
      }
    }
  }
}
