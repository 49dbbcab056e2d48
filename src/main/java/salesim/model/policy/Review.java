package salesim.model.policy;

import salesim.model.base.Check;

/**
 * Reviews of outbound work. What is judged (the KPI) and how long management waits (patience) are
 * separate factors, so a plan can change one of them.
 *
 * @param kpi what is judged
 * @param patienceMonths grace period: no review before this month of outbound tenure
 * @param windowMonths months of history each review looks at
 * @param everyMonths months between reviews once patience has run out
 * @param resultsPayback results and pipeline KPIs: outbound gross margin (booked, or expected from
 *     pipeline created) per FTE-month must reach this multiple of what the FTE costs in pay — like
 *     with like, whatever the inbound side does
 * @param meetingsPerMonth activity KPI: held outbound meetings per ramp-adjusted FTE-month
 * @param reaction what a failed review triggers
 */
public record Review(
    Kpi kpi,
    int patienceMonths,
    int windowMonths,
    int everyMonths,
    double resultsPayback,
    double meetingsPerMonth,
    Reaction reaction) {

  public Review {
    Check.present("kpi", kpi);
    Check.range("patienceMonths", patienceMonths, 0, 1200);
    Check.range("windowMonths", windowMonths, 1, 60);
    Check.range("everyMonths", everyMonths, 1, 60);
    Check.range("resultsPayback", resultsPayback, 0.0, 100.0);
    Check.range("meetingsPerMonth", meetingsPerMonth, 0.0, 1000.0);
    Check.present("reaction", reaction);
  }
}
