package salesim.model.policy;

/** What a monthly review judges an outbound effort on. */
public enum Kpi {
  /** Closed outbound bookings against the inbound benchmark. */
  RESULTS,
  /** Repetitions: outbound meetings held against a role-specific target. */
  ACTIVITY,
  /** No reviews. */
  NONE
}
