package salesim.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import salesim.kernel.stat.Tally;
import salesim.scenario.ScenarioLoader;

/** Test fixtures: the reference scenario with overrides, and replications summarised. */
final class Scenarios {

  private static final ScenarioLoader LOADER = new ScenarioLoader();

  private Scenarios() {}

  /**
   * The reference parameters with {@code --set} style overrides. The model's tests start from an
   * empty company (what happens from a known start); a test of the warm start sets {@code
   * calendar.warmStart=true} itself.
   */
  static SalesParameters reference(String... sets) {
    return LOADER.load(Path.of("scenarios/reference.yaml"), cold(sets)).parameters();
  }

  /** A library scenario with overrides, from an empty company (as {@link #reference}). */
  static SalesParameters file(String name, String... sets) {
    return LOADER.load(Path.of("scenarios", name), cold(sets)).parameters();
  }

  private static List<String> cold(String... sets) {
    List<String> all = new ArrayList<>();
    all.add("calendar.warmStart=false");
    all.addAll(List.of(sets));
    return all;
  }

  /** Replications 0..n-1 under seed 7. */
  static List<ReplicationResult> run(SalesParameters parameters, int n) {
    List<ReplicationResult> results = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      results.add(SalesModel.run(parameters, 7, r));
    }
    return results;
  }

  /** A metric's tally across replications. */
  static Tally tally(List<ReplicationResult> results, Metric metric) {
    Tally tally = new Tally();
    for (ReplicationResult r : results) {
      tally.add(r.get(metric));
    }
    return tally;
  }

  /** Sum of a monthly metric over months [from, to) and all replications. */
  static double sum(List<ReplicationResult> results, MonthlyMetric metric, int from, int to) {
    double sum = 0.0;
    for (ReplicationResult r : results) {
      for (int m = from; m < to; m++) {
        sum += r.get(metric, m);
      }
    }
    return sum;
  }
}
