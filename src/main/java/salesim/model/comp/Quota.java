package salesim.model.comp;

import salesim.model.base.Check;

/**
 * A bookings quota with an accelerator above it and a cap on commission.
 *
 * @param bookingsPerPeriod quota per rep per period (currency); 0 disables quota, accelerator and cap
 * @param periodMonths length of a quota period
 * @param accelerator multiplier on the commission rate for bookings above quota
 * @param capMultiple commission per period is capped at this multiple of the commission the base
 *     (inbound) rate pays on exactly the quota, whatever the mix of sources (0 = no cap)
 */
public record Quota(double bookingsPerPeriod, int periodMonths, double accelerator, double capMultiple) {

  public Quota {
    Check.nonNegative("bookingsPerPeriod", bookingsPerPeriod);
    Check.range("periodMonths", periodMonths, 1, 24);
    Check.range("accelerator", accelerator, 0.0, 10.0);
    Check.range("capMultiple", capMultiple, 0.0, 100.0);
  }

  /** Whether a quota applies at all. */
  public boolean active() {
    return bookingsPerPeriod > 0.0;
  }
}
