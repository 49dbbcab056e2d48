package salesim.model.policy;

/** How a split team's inbound side follows the load. */
public enum SizingMode {
  /** Move reps between inbound and outbound; headcount stays. */
  REBALANCE,
  /** Hire inbound reps when the load needs them; let surplus inbound seats go as people leave. */
  HIRE,
  /** The inbound team keeps the size it was given. */
  NONE
}
