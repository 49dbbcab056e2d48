package salesim.model.policy;

/** What management does when outbound work fails its review: the "push more inbound" reflex. */
public enum Reaction {
  /** The failing outbound rep is moved to inbound; a mixed team is told to stop prospecting. */
  MOVE_TO_INBOUND,
  /** The outbound role is cut: every outbound rep goes to inbound and prospecting is banned. */
  CUT_OUTBOUND,
  /** Note the failure, change nothing. */
  NONE
}
