package salesim.experiment;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.model.ReplicationResult;
import salesim.scenario.Scenario;

/**
 * DESIGN.md §3 "run": one scenario, N replications, summarised per metric and per month. Each
 * finished replication is also offered, in order, to a listener (the runs.csv writer streams it).
 */
public final class RunExperiment {

  private RunExperiment() {}

  /** Runs the scenario and summarises it. */
  public static RunResult execute(
      Scenario scenario, long seed, int runs, int threads, Consumer<ReplicationResult> listener) {
    int months = scenario.parameters().calendar().months();
    int metrics = Metric.count();
    int monthlyMetrics = MonthlyMetric.count();
    double[][] scalars = new double[metrics][runs];
    double[][][] monthly = new double[months][monthlyMetrics][runs];
    int[] done = {0};
    Replications.run(
        scenario.parameters(),
        seed,
        0,
        runs,
        threads,
        result -> {
          int r = done[0]++;
          for (int k = 0; k < metrics; k++) {
            scalars[k][r] = result.get(Metric.at(k));
          }
          for (int m = 0; m < months; m++) {
            for (int k = 0; k < monthlyMetrics; k++) {
              monthly[m][k][r] = result.get(MonthlyMetric.at(k), m);
            }
          }
          listener.accept(result);
        });
    Map<Metric, MetricSummary> summary = new EnumMap<>(Metric.class);
    for (int k = 0; k < metrics; k++) {
      summary.put(Metric.at(k), MetricSummary.of(scalars[k], runs));
    }
    MetricSummary[][] monthlySummary = new MetricSummary[months][monthlyMetrics];
    for (int m = 0; m < months; m++) {
      for (int k = 0; k < monthlyMetrics; k++) {
        monthlySummary[m][k] = MetricSummary.of(monthly[m][k], runs);
      }
    }
    return new RunResult(scenario.name(), runs, seed, months, summary, monthlySummary);
  }
}
