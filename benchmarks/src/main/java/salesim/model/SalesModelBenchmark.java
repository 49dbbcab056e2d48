package salesim.model;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import salesim.scenario.ScenarioLoader;

/**
 * One replication of the 40-rep, 36-month benchmark scenario ({@code
 * benchmarks/scenarios/split-40.yaml}) on one thread: replications per second, and, through the
 * auxiliary counter, events per replication, so events per second and bytes per event follow.
 * The {@code months} parameter separates steady-state allocation (36 − 12 months of events) from
 * the per-replication setup.
 *
 * <p>Issue 13 measured the model split into components against a frozen copy of the model before
 * the split, in the same run (a {@code model} parameter, since removed with the copy at commit
 * after 9f3fbdd; figures in benchmarks/README.md).
 *
 * <pre>
 * benchmarks/run SalesModelBenchmark Mm1KernelBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(3)
public class SalesModelBenchmark {

  @Param({"36", "12"})
  int months;

  SalesParameters parameters;
  long replication;

  /** Events per replication, reported per operation. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Events {
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
    }
  }

  @Setup
  public void load() {
    parameters =
        new ScenarioLoader()
            .load(
                Path.of("benchmarks/scenarios/split-40.yaml"),
                List.of("calendar.months=" + months))
            .parameters();
  }

  @Benchmark
  public ReplicationResult replication(Events counter) {
    SalesModel model = new SalesModel(parameters, 1, replication++);
    ReplicationResult result = model.run();
    counter.events += model.eventsFired();
    return result;
  }
}
