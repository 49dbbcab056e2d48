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
 * <p>{@code model=legacy} runs a frozen copy of the model as it was before issue 13 split it into
 * components ({@code LegacySalesModel}), so the two are measured in the same run; both give
 * identical results (checked at setup).
 *
 * <pre>
 * benchmarks/run SalesModelBenchmark Mm1KernelBenchmark -prof gc
 * benchmarks/run SalesModelBenchmark -p months=36 -p model=components,legacy -prof gc
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

  /** The model as it is, or the frozen pre-issue-13 copy. */
  @Param({"components", "legacy"})
  String model;

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
    // The two models must agree to the bit, or the comparison means nothing.
    for (long r = 0; r < 3; r++) {
      if (!SalesModel.run(parameters, 1, r).equals(LegacySalesModel.run(parameters, 1, r))) {
        throw new IllegalStateException("legacy and component models differ in replication " + r);
      }
    }
  }

  @Benchmark
  public ReplicationResult replication(Events counter) {
    if (model.equals("legacy")) {
      LegacySalesModel legacy = new LegacySalesModel(parameters, 1, replication++);
      ReplicationResult result = legacy.run();
      counter.events += legacy.eventsFired();
      return result;
    }
    SalesModel components = new SalesModel(parameters, 1, replication++);
    ReplicationResult result = components.run();
    counter.events += components.eventsFired();
    return result;
  }
}
