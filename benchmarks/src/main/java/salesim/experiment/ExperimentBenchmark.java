package salesim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import salesim.model.ReplicationResult;
import salesim.model.SalesModel;
import salesim.model.SalesParameters;
import salesim.scenario.ScenarioLoader;

/**
 * The experiment engine's cost: replications per second through {@link Experiment} (parallel
 * replications, ordered reduction, aggregation) at 1 and 2 threads — parallel efficiency is the
 * 2-thread rate over twice the 1-thread rate — and the aggregation of one replication's result
 * beside the replication itself, in the same run.
 *
 * <pre>
 * benchmarks/run ExperimentBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
@Fork(3)
public class ExperimentBenchmark {

  static final int BATCH = 32;

  @Param({"1", "2"})
  int threads;

  SalesParameters parameters;
  ReplicationResult sample;
  Path work;
  VariantAggregate aggregate;
  long next;

  @Setup
  public void setUp() throws IOException {
    parameters =
        new ScenarioLoader()
            .load(Path.of("scenarios/split-weighted.yaml"), List.of("calendar.months=36"))
            .parameters();
    sample = SalesModel.run(parameters, 1, 0);
    work = Files.createTempDirectory("salesim-bench");
    aggregate = new VariantAggregate("bench", 36, work, "agg", 0);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    aggregate.close();
    delete(work);
  }

  /** Replications per second through the engine, at {@code threads} threads. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long experiment() throws IOException {
    Path folder = Files.createTempDirectory(work, "e");
    try (Experiment e =
        Experiment.start(List.of(new Variant("bench", parameters)), List.of(), 1, threads, folder)) {
      e.advance(BATCH, (r, results) -> {});
      return e.done();
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (var files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** One replication alone, on this thread: the reference for the aggregation's share. */
  @Benchmark
  public ReplicationResult replication() {
    return SalesModel.run(parameters, 1, next++);
  }

  /** Aggregating one replication's result: tallies, a spilled row and 36 × 49 sketch updates. */
  @Benchmark
  public long aggregation() {
    aggregate.add(sample);
    return aggregate.count();
  }
}
