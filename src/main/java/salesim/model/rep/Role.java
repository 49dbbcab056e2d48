package salesim.model.rep;

/** What a rep is asked to do: both jobs, or one of them. */
public enum Role {
  /** Handles inbound leads and prospects. */
  MIXED,
  /** Handles inbound leads only. */
  INBOUND,
  /** Prospects only; never receives inbound leads. */
  OUTBOUND;

  /** Whether the role receives inbound leads. */
  public boolean handlesInbound() {
    return this != OUTBOUND;
  }

  /** Whether the role may prospect (management may still ban it for mixed reps). */
  public boolean mayProspect() {
    return this != INBOUND;
  }
}
