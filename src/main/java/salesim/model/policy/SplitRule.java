package salesim.model.policy;

import salesim.model.Check;

/**
 * When a mixed team splits: inbound work fills at least {@code fteThreshold} full-time reps for
 * {@code months} consecutive months.
 */
public record SplitRule(double fteThreshold, int months) {

  public SplitRule {
    Check.range("fteThreshold", fteThreshold, 0.0, 100_000.0);
    Check.range("months", months, 1, 120);
  }
}
