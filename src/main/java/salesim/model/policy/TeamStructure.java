package salesim.model.policy;

/** How the team is organised. */
public enum TeamStructure {
  /** Everyone does both jobs from one shared lead queue. */
  MIXED,
  /** Dedicated inbound and outbound reps from day one; leads go to inbound reps only. */
  SPLIT,
  /** Start mixed; split once inbound work fills enough full-time reps for long enough. */
  SPLIT_WHEN_READY
}
