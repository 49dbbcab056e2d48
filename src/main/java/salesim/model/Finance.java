package salesim.model;

import salesim.model.base.Check;

/**
 * How bookings turn into money for the CFO.
 *
 * @param grossMargin share of booked value that is gross profit
 * @param currency currency label for reports (ISO code)
 */
public record Finance(double grossMargin, String currency) {

  public Finance {
    Check.probability("grossMargin", grossMargin);
    Check.present("currency", currency);
  }
}
