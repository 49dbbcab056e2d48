package salesim.experiment;

import java.util.EnumMap;
import java.util.Map;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;

/**
 * What a run of N replications produced: a summary per metric, and per month and monthly metric
 * the mean and percentiles across replications.
 */
public final class RunResult {

  private final String scenario;
  private final long runs;
  private final long seed;
  private final int months;
  private final Map<Metric, MetricSummary> summary;
  private final MonthlySummary[][] monthly;
  private final HirePayback hirePayback;

  RunResult(
      String scenario,
      long runs,
      long seed,
      int months,
      Map<Metric, MetricSummary> summary,
      MonthlySummary[][] monthly,
      HirePayback hirePayback) {
    this.scenario = scenario;
    this.runs = runs;
    this.seed = seed;
    this.months = months;
    this.summary = new EnumMap<>(summary);
    this.monthly = monthly;
    this.hirePayback = java.util.Objects.requireNonNull(hirePayback, "hirePayback");
  }

  public String scenario() {
    return scenario;
  }

  public long runs() {
    return runs;
  }

  public long seed() {
    return seed;
  }

  public int months() {
    return months;
  }

  /** The summary of a metric. */
  public MetricSummary summary(Metric metric) {
    return summary.get(metric);
  }

  /** The payback of an outbound hire over the runs that hired one. */
  public HirePayback hirePayback() {
    return hirePayback;
  }

  /** The summary of a monthly metric in one month, across replications. */
  public MonthlySummary monthly(int month, MonthlyMetric metric) {
    return monthly[month][metric.ordinal()];
  }
}
