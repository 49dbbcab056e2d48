package salesim.model.policy;

import salesim.model.base.Check;

/**
 * Monthly KPI reviews of outbound work.
 *
 * @param kpi what is judged
 * @param patienceMonths grace period: no review before this month of a rep's outbound tenure
 * @param windowMonths months of history each review looks at
 * @param resultsShareOfInbound results KPI: outbound bookings per outbound FTE must reach this share
 *     of inbound bookings per inbound FTE
 * @param meetingsPerMonth activity KPI: held outbound meetings per outbound FTE per month
 * @param reaction what a failed review triggers
 */
public record Review(
    Kpi kpi,
    int patienceMonths,
    int windowMonths,
    double resultsShareOfInbound,
    double meetingsPerMonth,
    Reaction reaction) {

  public Review {
    Check.present("kpi", kpi);
    Check.range("patienceMonths", patienceMonths, 0, 1200);
    Check.range("windowMonths", windowMonths, 1, 60);
    Check.range("resultsShareOfInbound", resultsShareOfInbound, 0.0, 100.0);
    Check.range("meetingsPerMonth", meetingsPerMonth, 0.0, 1000.0);
    Check.present("reaction", reaction);
  }
}
