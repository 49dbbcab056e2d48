package salesim.model.rep;

import salesim.model.base.Check;

/** A value that differs by rep role. */
public record PerRole(double mixed, double inbound, double outbound) {

  public PerRole {
    Check.nonNegative("mixed", mixed);
    Check.nonNegative("inbound", inbound);
    Check.nonNegative("outbound", outbound);
  }

  /** The value for a role. */
  public double of(Role role) {
    switch (role) {
      case INBOUND:
        return inbound;
      case OUTBOUND:
        return outbound;
      default:
        return mixed;
    }
  }
}
