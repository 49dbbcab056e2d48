package salesim.model.market;

import salesim.model.base.Check;

/**
 * A slice of the market (SMB, mid-market, enterprise): its finite account universe and the deals
 * it buys.
 *
 * @param name label used in reports
 * @param accounts prospectable accounts in the outbound universe
 * @param dealValueMean mean annual contract value of a won deal (currency)
 * @param dealValueCv coefficient of variation of deal value (lognormal)
 * @param cycleFactor multiplier on every stage duration
 * @param latentNeedShare share of accounts that have a need they may not yet see
 * @param buyingGroupSize people who must agree; scales the consensus stages' exit chance
 * @param inboundShare weight of this segment in the inbound lead mix
 * @param outboundShare weight of this segment in reps' prospecting
 */
public record Segment(
    String name,
    int accounts,
    double dealValueMean,
    double dealValueCv,
    double cycleFactor,
    double latentNeedShare,
    double buyingGroupSize,
    double inboundShare,
    double outboundShare) {

  public Segment {
    Check.present("name", name);
    Check.count("accounts", accounts);
    Check.positive("dealValueMean", dealValueMean);
    Check.range("dealValueCv", dealValueCv, 0.0, 5.0);
    Check.positive("cycleFactor", cycleFactor);
    Check.probability("latentNeedShare", latentNeedShare);
    Check.range("buyingGroupSize", buyingGroupSize, 1.0, 100.0);
    Check.nonNegative("inboundShare", inboundShare);
    Check.nonNegative("outboundShare", outboundShare);
  }
}
