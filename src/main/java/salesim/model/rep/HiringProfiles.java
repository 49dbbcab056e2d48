package salesim.model.rep;

import salesim.model.base.Check;

/** The hiring profile of each kind of seat. */
public record HiringProfiles(HiringProfile mixed, HiringProfile inbound, HiringProfile outbound) {

  public HiringProfiles {
    Check.present("mixed", mixed);
    Check.present("inbound", inbound);
    Check.present("outbound", outbound);
  }

  /** The profile of a seat's role. */
  public HiringProfile of(Role role) {
    return switch (role) {
      case INBOUND -> inbound;
      case OUTBOUND -> outbound;
      case MIXED -> mixed;
    };
  }
}
