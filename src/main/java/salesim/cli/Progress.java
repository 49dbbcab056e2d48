package salesim.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long experiment on stderr: a progress bar with rate and ETA on a terminal, one
 * line per 10 % otherwise (logs stay readable), nothing with {@code --quiet}.
 */
final class Progress implements AutoCloseable {

  private final PrintStream err;
  private final boolean quiet;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private ProgressBar bar;
  private long total;
  private long done;
  private int lastTenth;

  Progress(String task, long total, boolean quiet) {
    this.err = System.err;
    this.quiet = quiet;
    this.terminal = System.console() != null;
    this.total = total;
    if (!quiet && terminal) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" runs", 1)
              .showSpeed()
              .setUpdateIntervalMillis(250)
              .setConsumer(new ConsoleProgressBarConsumer(err))
              .build();
    }
  }

  /** The planned total changed (a precision target asked for another batch). */
  void total(long newTotal) {
    total = newTotal;
    // Count the tenths of the new total from where the run is: the old total's last tenth (100 %)
    // would otherwise silence every line until the new total is reached.
    lastTenth = newTotal > 0 ? (int) (done * 10 / newTotal) : 0;
    if (bar != null) {
      bar.maxHint(newTotal);
    }
  }

  /** {@code done} replications are complete. */
  void update(long done) {
    this.done = done;
    if (quiet) {
      return;
    }
    if (bar != null) {
      bar.stepTo(done);
      return;
    }
    int tenth = total > 0 ? (int) (done * 10 / total) : 0;
    if (tenth > lastTenth) {
      lastTenth = tenth;
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      err.printf(
          Locale.ROOT,
          "salesim: %d%% (%d of %d runs, %.1f runs/s)%n",
          tenth * 10,
          done,
          total,
          seconds > 0 ? done / seconds : 0.0);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
