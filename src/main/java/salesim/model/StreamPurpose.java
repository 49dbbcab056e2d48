package salesim.model;

import salesim.kernel.random.Purpose;

/**
 * The model's sources of randomness. Ids are permanent: never renumber or reuse one, or every
 * published result changes. Draws that belong to an entity (a lead, a rep seat, a deal) are keyed
 * by it, so common random numbers stay aligned across scenarios that differ in team or volume.
 */
public enum StreamPurpose implements Purpose {
  /** Inter-arrival times of inbound leads. */
  LEAD_ARRIVALS(1),
  /** A lead's own draws (segment, quality, qualification), keyed by its serial number. */
  LEAD(2),
  /** A rep's traits (skills), keyed by seat and hire number. */
  REP(3),
  /** A rep's activity choices, keyed by seat. */
  CHOICE(4),
  /** A rep's prospecting funnel, keyed by seat. */
  PROSPECTING(5),
  /** A rep's meetings: cadence lag, show, conversion, keyed by seat. */
  MEETINGS(6),
  /** Attrition, keyed by seat and month. */
  ATTRITION(7),
  /** Management draws (mandate compliance), keyed by seat and month. */
  MANAGEMENT(8),
  /** An inbound deal's draws, keyed by lead serial and stage. */
  INBOUND_DEAL(9),
  /** An outbound deal's draws, keyed by deal serial and stage. */
  OUTBOUND_DEAL(10),
  /** Budget freezes, keyed by month. */
  FREEZE(11),
  /** Account universe draws (need redraws, rounding), keyed by segment. */
  ACCOUNTS(12),
  /** A customer's renewals and churn, keyed by subscription serial and month. */
  CUSTOMERS(13),
  /** The customer base a warm start brings, keyed by segment and cohort age. */
  CUSTOMER_BASE(14),
  /** A given start's draws (accounts, deals' remaining stage time), keyed by entity. */
  START(15);

  private final int id;

  StreamPurpose(int id) {
    this.id = id;
  }

  @Override
  public int id() {
    return id;
  }
}
