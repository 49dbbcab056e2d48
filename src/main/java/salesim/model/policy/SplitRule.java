package salesim.model.policy;

import salesim.model.base.Check;

/**
 * When a mixed team splits, and how many reps it gives inbound.
 *
 * @param fteThreshold split once inbound work fills at least this many full-time reps
 * @param months for this many consecutive months
 * @param targetUtilization when management sizes the inbound team from the measured load, it staffs
 *     {@code ceil(load / targetUtilization)} reps: below 1, so leads do not queue (response time
 *     decays qualification)
 */
public record SplitRule(double fteThreshold, int months, double targetUtilization) {

  public SplitRule {
    Check.range("fteThreshold", fteThreshold, 0.0, 100_000.0);
    Check.range("months", months, 1, 120);
    Check.range("targetUtilization", targetUtilization, 0.05, 1.0);
  }
}
