package salesim.model.base;

/** A value that differs between inbound and outbound work. */
public record PerSource(double inbound, double outbound) {

  public PerSource {
    Check.nonNegative("inbound", inbound);
    Check.nonNegative("outbound", outbound);
  }

  /** The value for a source. */
  public double of(Source source) {
    return source == Source.INBOUND ? inbound : outbound;
  }
}
