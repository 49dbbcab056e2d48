package salesim.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import salesim.experiment.Replications;
import salesim.model.ReplicationResult;
import salesim.model.SalesModel;
import salesim.model.SalesParameters;
import salesim.scenario.ScenarioLoader;

/**
 * One point of a scaling curve, measured in a JVM of its own so points do not share JIT state or
 * heap: warm up, time {@code runs} replications of the scenario on {@code threads} threads, then
 * measure what one finished replication retains.
 *
 * <pre>
 * java -cp CLASSPATH salesim.bench.ScalingPoint SCENARIO RUNS THREADS WARMUP_SECONDS [path=value ...]
 * </pre>
 *
 * <p>Prints one line of {@code key=value} pairs: {@code seconds} (wall time of the timed runs),
 * {@code msPerReplication} (wall time per replication; with more than one thread, the batch's
 * throughput, not one replication's latency), {@code cpuMsPerReplication} (the thread's CPU time
 * per replication, threads = 1 only: immune to waiting for a core on a shared machine), {@code p10}, {@code p50}, {@code p90} (single-thread
 * latency percentiles in ms, when threads = 1), {@code events} (events per replication) and
 * {@code retainedBytes}: the heap a model holds at the end of a replication, after a full GC, less
 * the heap before it was built. A model's pools and queue never shrink during a run, so this is
 * its peak footprint; garbage created along the way is not counted (it is ≈ 0 per event, see
 * SalesModelBenchmark with {@code -prof gc}).
 */
public final class ScalingPoint {

  private ScalingPoint() {}

  public static void main(String[] args) {
    Path scenario = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    double warmupSeconds = Double.parseDouble(args[3]);
    List<String> sets = Arrays.asList(args).subList(4, args.length);
    SalesParameters parameters = new ScenarioLoader().load(scenario, sets).parameters();

    // Warm-up replications are numbered from a million so they never repeat a timed one.
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    long r = 1_000_000;
    do {
      SalesModel.run(parameters, 1, r++);
    } while (System.nanoTime() < warmupEnd);

    double[] latencies = new double[runs];
    long[] events = new long[1];
    var cpu = ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    if (threads == 1) {
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        SalesModel model = new SalesModel(parameters, 1, i);
        model.run();
        latencies[i] = (System.nanoTime() - t0) / 1e6;
        events[0] += model.eventsFired();
      }
    } else {
      Replications.run(parameters, 1, 0, runs, threads, (ReplicationResult result) -> {});
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // CPU time of this thread: on a shared machine it does not count time the thread waited for
    // a core, so single-thread points stay comparable while other work runs.
    double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    if (threads != 1) {
      // Events come from one extra replication, outside the timing.
      SalesModel model = new SalesModel(parameters, 1, 0);
      model.run();
      events[0] = model.eventsFired() * (long) runs;
    }
    long retained = retained(parameters);
    Arrays.sort(latencies);
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "seconds=%.3f", seconds));
    out.add(String.format(Locale.ROOT, "msPerReplication=%.3f", seconds * 1000.0 / runs));
    if (threads == 1) {
      out.add(String.format(Locale.ROOT, "cpuMsPerReplication=%.3f", cpuSeconds * 1000.0 / runs));
      out.add(String.format(Locale.ROOT, "p10=%.3f", percentile(latencies, 0.10)));
      out.add(String.format(Locale.ROOT, "p50=%.3f", percentile(latencies, 0.50)));
      out.add(String.format(Locale.ROOT, "p90=%.3f", percentile(latencies, 0.90)));
    }
    out.add("events=" + events[0] / runs);
    out.add("retainedBytes=" + retained);
    System.out.println(String.join(" ", out));
  }

  /** Heap retained by one finished replication's model, as described above. */
  private static long retained(SalesParameters parameters) {
    long before = usedAfterGc();
    SalesModel model = new SalesModel(parameters, 1, 0);
    ReplicationResult result = model.run();
    long after = usedAfterGc();
    // Keep both reachable until the second reading.
    if (model.eventsFired() < 0 || result == null) {
      throw new AssertionError();
    }
    return Math.max(0, after - before);
  }

  private static long usedAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    // Several collections: the smallest reading is the live set (a finaliser or a concurrent
    // phase can leave garbage after the first).
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static double percentile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
  }
}
