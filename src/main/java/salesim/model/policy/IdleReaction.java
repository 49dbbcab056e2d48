package salesim.model.policy;

/** What management does about idle capacity. */
public enum IdleReaction {
  /**
   * Push prospecting: lift any ban on it, move an idle inbound rep of a split team to outbound, or
   * ask the reps who may prospect for a weekly minimum until the next look.
   */
  RESTORE_PROSPECTING,
  /** Close one seat: its rep is let go and not replaced. */
  CUT_HEADCOUNT,
  /** Notice and do nothing. */
  NONE
}
