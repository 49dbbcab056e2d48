package salesim.model.policy;

/** What management does about idle capacity. */
public enum IdleReaction {
  /** Lift any ban on prospecting; move one idle inbound rep of a split team to outbound. */
  RESTORE_PROSPECTING,
  /** Close one seat: its rep is let go and not replaced. */
  CUT_HEADCOUNT,
  /** Notice and do nothing. */
  NONE
}
