package salesim.model.policy;

/** What a review judges outbound work on. */
public enum Kpi {
  /** Closed results: outbound gross margin per FTE-month against what the FTE costs. */
  RESULTS,
  /** Leading results: the expected gross margin of outbound pipeline created per FTE-month. */
  PIPELINE,
  /** Repetitions: outbound meetings held per FTE-month, ramp-adjusted, against a target. */
  ACTIVITY,
  /** No reviews. */
  NONE
}
