package salesim.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import salesim.experiment.Experiment;
import salesim.experiment.MetricSummary;
import salesim.experiment.PairMetric;
import salesim.experiment.ReplicationEngine;
import salesim.experiment.Variant;
import salesim.experiment.Workload;
import salesim.kernel.stat.Tally;
import salesim.model.Metric;
import salesim.report.OutputFiles;
import salesim.report.OutputFolder;
import salesim.report.RunsCsv;

/**
 * Runs an {@link Experiment} into an output folder: streams runs.csv, shows progress, writes a
 * checkpoint every few seconds, and stops at a run count or at a precision target. The command
 * then writes its own files and commits the folder.
 */
final class ExperimentDriver implements AutoCloseable {

  private static final String MAGIC = "salesim-checkpoint-1";
  /** How often a checkpoint is written; tests shorten it with -Dsalesim.checkpointMillis. */
  private static final long CHECKPOINT_NANOS =
      Long.getLong("salesim.checkpointMillis", 5_000L) * 1_000_000L;
  private static final long FIRST_BATCH = 100;
  /** How long an interrupted JVM waits for the last checkpoint before it exits anyway. */
  private static final long INTERRUPT_SECONDS = 10;
  private static final String RESUME = ": rerun the same command with --resume to continue";

  /** An assumption audit's checkpoint in the staging folder, beside the experiment's own. */
  static final String AUDIT_CHECKPOINT = "audit-checkpoint.bin";

  private final OutputFolder folder;
  private final ReplicationEngine engine;
  private final Experiment experiment;
  private final RunsCsv rows;
  private final String key;
  private final ExperimentOptions options;
  private final List<Metric> precisionMetrics;
  private long lastCheckpoint = System.nanoTime();
  /** Set by the shutdown hook: the run stops at the next replication. */
  private volatile boolean interrupted;
  /** Released once an interruption has been checkpointed and reported. */
  private final CountDownLatch interruptionHandled = new CountDownLatch(1);

  /**
   * @param key identifies the experiment (command, scenario hashes, seed, run settings): a resume
   *     must match it
   */
  ExperimentDriver(
      Path target,
      List<Variant> variants,
      List<List<PairMetric>> pairMetrics,
      ExperimentOptions options,
      String key) {
    this(target, variants, pairMetrics, List.of(), options, key);
  }

  /**
   * @param reductions statistics of each replication's variants together, checkpointed with the
   *     experiment
   * @param key identifies the experiment (command, scenario hashes, seed, run settings): a resume
   *     must match it
   */
  ExperimentDriver(
      Path target,
      List<Variant> variants,
      List<List<PairMetric>> pairMetrics,
      List<Experiment.Reduction> reductions,
      ExperimentOptions options,
      String key) {
    Options.requirePositive("--runs", options.runs);
    if (options.precision != null && !(options.precision > 0.0 && options.precision < 1.0)) {
      throw new Options.UsageError(
          "--precision: must be between 0 and 1 (got " + options.precision + ")");
    }
    this.precisionMetrics = metrics(options.metric);
    this.options = options;
    this.key = key;
    // The size check first (it holds no resources), then the engine: a missing Spark or a bad
    // master must fail before any folder is touched.
    guard(variants, options, Options.threads(options.threads));
    if (options.resume) {
      requireCheckpoint(target);
    }
    this.engine = Engines.open(options);
    try {
      this.folder = OutputFolder.open(target, options.resume, options.force);
      Path work = folder.resolve("work");
      if (options.resume) {
        try (InputStream raw = Files.newInputStream(folder.resolve(OutputFolder.CHECKPOINT));
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
          if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
            throw new Options.UsageError(
                "--resume: the interrupted run in " + target
                    + " was a different experiment (scenario, seed or run settings differ)");
          }
          long rowsLength = in.readLong();
          this.experiment =
              Experiment.resume(variants, pairMetrics, reductions, options.seed, engine, work, in);
          this.rows = RunsCsv.resume(folder.resolve("runs.csv"), rowsLength);
        }
      } else {
        this.experiment =
            Experiment.start(variants, pairMetrics, reductions, options.seed, engine, work);
        this.rows = RunsCsv.create(folder.resolve("runs.csv"));
      }
    } catch (IOException e) {
      engine.close();
      throw new UncheckedIOException("cannot read the checkpoint in " + target + ": " + e, e);
    } catch (RuntimeException | Error e) {
      engine.close();
      throw e;
    }
  }

  /**
   * Refuses, before anything is written, an experiment whose estimated size is absurd (issue 8),
   * unless --force. With --precision only the first batch is certain to run.
   */
  private static void guard(List<Variant> variants, ExperimentOptions options, int threads) {
    if (options.force) {
      return;
    }
    long planned = options.precision == null ? options.runs : Math.min(FIRST_BATCH, options.runs);
    Workload workload =
        Workload.of(variants.stream().map(Variant::parameters).toList(), planned, threads);
    String refusal = workload.refusal(Runtime.getRuntime().maxMemory(), threads);
    if (refusal != null) {
      throw new Options.UsageError(
          "refusing to start: " + refusal + ". Add --force to run it anyway.");
    }
  }

  /**
   * Refuses --resume of a run that was stopped before it wrote its first checkpoint: the partial
   * folder is there, but holds nothing to continue from.
   */
  private static void requireCheckpoint(Path target) {
    Path staging = OutputFolder.stagingOf(target);
    boolean checkpointed = Files.isRegularFile(staging.resolve(OutputFolder.CHECKPOINT));
    if (Files.isDirectory(staging) && !checkpointed) {
      throw new Options.UsageError(
          "--resume: the interrupted run's folder "
              + staging
              + " exists but holds no checkpoint yet (the first is written a few seconds into a"
              + " run), so there is nothing to continue from. Run the same command without"
              + " --resume to start it again.");
    }
  }

  /** The metrics {@code --metric} names, comma-separated. */
  static List<Metric> metrics(String keys) {
    List<Metric> metrics = new java.util.ArrayList<>();
    for (String key : keys.split(",")) {
      if (key.isBlank()) {
        continue;
      }
      try {
        Metric m = Metric.forKey(key.strip());
        if (!metrics.contains(m)) {
          metrics.add(m);
        }
      } catch (IllegalArgumentException e) {
        throw new Options.UsageError("--metric: no metric named " + key.strip());
      }
    }
    if (metrics.isEmpty()) {
      throw new Options.UsageError("--metric: name at least one metric (got " + keys + ")");
    }
    return metrics;
  }

  /**
   * Runs to the run count, or batch by batch to the precision target. An engine's failure (a
   * cluster lost, say) and an interruption (Ctrl-C) keep every replication reduced so far in the
   * checkpoint, so --resume continues from there.
   */
  Experiment run(String task) {
    return run(task, false);
  }

  /**
   * Runs as {@link #run(String)}; with {@code checkpointAtEnd}, the finished state is written to
   * the checkpoint too, so that work the command does next (an audit) can be resumed after it.
   */
  Experiment run(String task, boolean checkpointAtEnd) {
    List<Variant> variants = experiment.variants();
    long planned = options.precision == null ? options.runs : Math.min(FIRST_BATCH, options.runs);
    Thread hook = new Thread(this::interrupt, "salesim-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Progress progress = new Progress(task, planned, options.quiet)) {
      Experiment.Listener listener =
          (replication, results) -> {
            for (int v = 0; v < results.length; v++) {
              rows.write(variants.get(v).name(), results[v]);
            }
            progress.update(experiment.done());
            if (System.nanoTime() - lastCheckpoint > CHECKPOINT_NANOS) {
              checkpoint();
            }
            if (interrupted) {
              throw new ReplicationEngine.Failure("interrupted");
            }
          };
      while (true) {
        if (experiment.done() < planned) {
          experiment.advance(planned - experiment.done(), listener);
        }
        if (options.precision == null || precise() || planned >= options.runs) {
          break;
        }
        // Double the runs: the stopping point depends only on results, so it is reproducible.
        planned = Math.min(options.runs, planned * 2);
        progress.total(planned);
        checkpoint();
      }
    } catch (RuntimeException e) {
      // An engine's Failure leaves whole replications behind; anything else may not have.
      boolean whole = e instanceof ReplicationEngine.Failure;
      if (interrupted || shuttingDown()) {
        stopInterrupted(whole);
      }
      if (whole) {
        checkpoint();
        throw new Options.UsageError(e.getMessage() + "; " + saved() + RESUME);
      }
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        interruptionHandled.countDown(); // the hook need not wait: nothing is running
      }
    }
    if (checkpointAtEnd) {
      checkpoint();
    }
    rows.close();
    return experiment;
  }

  /**
   * The shutdown hook (Ctrl-C, kill): asks the run to stop at the next replication, and holds the
   * JVM's exit until the state so far is checkpointed, or for a bounded time.
   */
  private void interrupt() {
    interrupted = true;
    engine.interrupt();
    try {
      interruptionHandled.await(INTERRUPT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * After an interruption: checkpoints (when the replications reduced so far are whole), says how
   * to resume, and lets the shutdown hook return. The JVM is already shutting down and halts once
   * it has, with the code of the signal (130 for Ctrl-C); this thread waits for that, so nothing
   * else is printed and no exit code is given over it.
   */
  private void stopInterrupted(boolean whole) {
    try {
      if (whole) {
        checkpoint();
        System.err.println("salesim: interrupted; " + saved() + RESUME);
      } else if (Files.exists(folder.resolve(OutputFolder.CHECKPOINT))) {
        System.err.println("salesim: interrupted; the last checkpoint is kept" + RESUME);
      } else {
        System.err.println("salesim: interrupted");
      }
      System.err.flush();
    } finally {
      interruptionHandled.countDown();
    }
    while (true) {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException ignored) {
        // Still shutting down: keep waiting for the halt.
      }
    }
  }

  /** What the checkpoint holds, for the closing message. */
  private String saved() {
    return experiment.done() + " of " + options.runs + " runs are saved";
  }

  /** Whether the JVM is running its shutdown hooks (adding one is refused then). */
  private static boolean shuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }

  /** Whether every variant's precision metrics have reached the target. */
  private boolean precise() {
    for (int v = 0; v < experiment.variants().size(); v++) {
      for (Metric metric : precisionMetrics) {
        Tally t = experiment.tally(v, metric);
        if (t.count() < 2) {
          return false;
        }
        if (!(MetricSummary.halfWidth95(t) <= options.precision * Math.abs(t.mean()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Writes the state so far, atomically: a crash mid-write leaves the previous checkpoint. */
  private void checkpoint() {
    long length = rows.flush();
    Path temporary = folder.resolve(OutputFolder.CHECKPOINT + ".tmp");
    try (OutputStream raw = OutputFiles.stream(temporary);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeUTF(key);
      out.writeLong(length);
      experiment.checkpoint(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a checkpoint: " + e.getMessage(), e);
    }
    try {
      Files.move(
          temporary,
          folder.resolve(OutputFolder.CHECKPOINT),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a checkpoint: " + e.getMessage(), e);
    }
    lastCheckpoint = System.nanoTime();
  }

  /** A file in the staging folder, for the command's own outputs. */
  Path resolve(String name) {
    return folder.resolve(name);
  }

  /** Removes the working files and moves the finished folder into place. */
  void commit() {
    experiment.close();
    folder.discard("work");
    folder.discard(OutputFolder.CHECKPOINT);
    folder.discard(OutputFolder.CHECKPOINT + ".tmp");
    folder.discard(AUDIT_CHECKPOINT);
    folder.discard(AUDIT_CHECKPOINT + ".tmp");
    Path backup = folder.commit(options.recordedCommand());
    if (backup != null) {
      System.err.println(
          "salesim: --force: moved what was in " + target() + " to " + backup + " (nothing deleted)");
    }
  }

  /** The engine the replications run on, for further runs of the same command (an audit). */
  ReplicationEngine engine() {
    return engine;
  }

  /** The target folder. */
  Path target() {
    return folder.target();
  }

  @Override
  public void close() {
    try {
      experiment.close();
      folder.close();
    } finally {
      engine.close();
    }
  }
}
