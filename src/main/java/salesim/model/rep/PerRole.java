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
    return switch (role) {
      case INBOUND -> inbound;
      case OUTBOUND -> outbound;
      case MIXED -> mixed;
    };
  }
}
