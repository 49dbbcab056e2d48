package salesim.calibrate;

import java.util.List;

/**
 * What the report draws beside the estimates: the data and the fitted distribution, for each
 * value, stage and month series. Lists, not arrays, so the records compare by value.
 *
 * @param values deal values (won, lost and open) per segment (or pooled) and their lognormal fit
 * @param stages time in each stage: the Kaplan–Meier curve and the fitted gamma
 * @param leads monthly inbound lead counts and the fitted rate
 */
public record Curves(List<ValueSample> values, List<StageCurve> stages, LeadSeries leads) {

  public Curves {
    values = List.copyOf(values);
    stages = List.copyOf(stages);
  }

  /** Won deal values of a segment ("all" when pooled) and the fitted lognormal (log scale). */
  public record ValueSample(String segment, List<Double> amounts, double mu, double sigma) {
    public ValueSample {
      amounts = List.copyOf(amounts);
    }
  }

  /**
   * Time in a stage: the Kaplan–Meier survival (censored at as-of) and the fitted gamma.
   *
   * @param times step times of the empirical curve (working days)
   * @param survival its values
   */
  public record StageCurve(String source, String stage, List<Double> times, List<Double> survival,
      double mean, double cv) {
    public StageCurve {
      times = List.copyOf(times);
      survival = List.copyOf(survival);
    }
  }

  /** Monthly inbound leads (calendar months "2024-03") and the fitted mean of each month. */
  public record LeadSeries(List<String> months, List<Long> counts, List<Double> fitted) {
    public LeadSeries {
      months = List.copyOf(months);
      counts = List.copyOf(counts);
      fitted = List.copyOf(fitted);
    }
  }
}
