package salesim.model.comp;

import salesim.model.base.Check;
import salesim.model.base.Source;

/**
 * How commission on booked value is set per source. Flat pays the same rate for a deal the rep
 * built from a cold call as for a marketing lead; weighted multiplies the outbound rate.
 */
public sealed interface Commission {

  /** The base commission rate on a deal of this source, before accelerators. */
  double rate(Source source);

  /** One rate for every deal. */
  record Flat(double rate) implements Commission {

    public Flat {
      Check.range("rate", rate, 0.0, 1.0);
    }

    @Override
    public double rate(Source source) {
      return rate;
    }
  }

  /** Outbound-sourced deals pay {@code outboundMultiplier × rate}. */
  record Weighted(double rate, double outboundMultiplier) implements Commission {

    public Weighted {
      Check.range("rate", rate, 0.0, 1.0);
      Check.range("outboundMultiplier", outboundMultiplier, 0.0, 100.0);
      if (rate * outboundMultiplier > 1.0) {
        throw new IllegalArgumentException(
            "outboundMultiplier: the outbound rate, rate × outboundMultiplier, must be <= 1 (got "
                + rate + " × " + outboundMultiplier + ")");
      }
    }

    @Override
    public double rate(Source source) {
      return source == Source.OUTBOUND ? rate * outboundMultiplier : rate;
    }
  }
}
