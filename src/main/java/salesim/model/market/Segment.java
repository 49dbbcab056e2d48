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
 * @param grossChurnPerYear share of the segment's recurring revenue lost to churn a year (at
 *     renewal for annual contracts, spread over the months for monthly ones)
 * @param expansionPerYear growth a year of a retained customer's recurring revenue (upsells,
 *     price rises)
 * @param billing how the segment's customers are billed: monthly, or a year ahead
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
    double outboundShare,
    double grossChurnPerYear,
    double expansionPerYear,
    Billing billing) {

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
    Check.range("grossChurnPerYear", grossChurnPerYear, 0.0, 0.99);
    Check.range("expansionPerYear", expansionPerYear, 0.0, 2.0);
    Check.present("billing", billing);
  }

  /** The same segment with other shares of leads and of prospecting (calibration fits them). */
  public Segment withShares(double inbound, double outbound) {
    return new Segment(name, accounts, dealValueMean, dealValueCv, cycleFactor, latentNeedShare,
        buyingGroupSize, inbound, outbound, grossChurnPerYear, expansionPerYear, billing);
  }

  /** The same segment with another deal-value distribution (calibration fits it). */
  public Segment withDealValue(double mean, double cv) {
    return new Segment(name, accounts, mean, cv, cycleFactor, latentNeedShare, buyingGroupSize,
        inboundShare, outboundShare, grossChurnPerYear, expansionPerYear, billing);
  }
}
