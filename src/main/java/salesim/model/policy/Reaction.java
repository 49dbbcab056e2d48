package salesim.model.policy;

/** What management does when an outbound effort fails its review. */
public enum Reaction {
  /** The failing outbound rep is moved to inbound (a mixed team stops prospecting). */
  MOVE_TO_INBOUND,
  /** The outbound role is cut: every outbound rep goes to inbound and prospecting is banned. */
  CUT_OUTBOUND,
  /** Note the failure, change nothing. */
  NONE
}
