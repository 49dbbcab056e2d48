package salesim.model;

/**
 * The close of a replication's books: the monthly figures derived from the month's flows (pay,
 * cost of sales, contribution, shares, response time, inbound load) and the scalars of runs.csv,
 * read from the ledger and from the components that hold the facts.
 */
final class RunSummary {

  private RunSummary() {}

  /** Derives each month's pay, cost, contribution and ratios from its flows. */
  static void deriveMonthly(Replication r, Ledger ledger) {
    double basePerHour = r.p.comp().baseMonthly() / r.monthHours;
    double margin = r.p.finance().grossMargin();
    for (int m = 0; m < r.months; m++) {
      double available = ledger.get(m, MonthlyMetric.HOURS_AVAILABLE);
      double base = available * basePerHour;
      ledger.set(m, MonthlyMetric.BASE_PAY, base);
      double commission =
          ledger.get(m, MonthlyMetric.COMMISSION_INBOUND)
              + ledger.get(m, MonthlyMetric.COMMISSION_OUTBOUND);
      ledger.set(m, MonthlyMetric.COMMISSION_TOTAL, commission);
      double cost =
          base
              + commission
              + ledger.get(m, MonthlyMetric.MEETING_BONUS)
              + ledger.get(m, MonthlyMetric.MARKETING_COST)
              + ledger.get(m, MonthlyMetric.HIRING_COST);
      ledger.set(m, MonthlyMetric.COST_OF_SALES, cost);
      ledger.set(
          m, MonthlyMetric.CONTRIBUTION, ledger.get(m, MonthlyMetric.BOOKINGS_TOTAL) * margin - cost);
      ledger.set(
          m,
          MonthlyMetric.OUTBOUND_HOURS_SHARE,
          ratio(ledger.get(m, MonthlyMetric.HOURS_PROSPECTING), available));
      ledger.set(
          m, MonthlyMetric.IDLE_HOURS_SHARE, ratio(ledger.get(m, MonthlyMetric.HOURS_IDLE), available));
      ledger.set(
          m,
          MonthlyMetric.MEAN_RESPONSE_HOURS,
          ratio(
              ledger.get(m, MonthlyMetric.RESPONSE_HOURS_SUM),
              ledger.get(m, MonthlyMetric.INBOUND_LEADS_RESPONDED)
                  + ledger.get(m, MonthlyMetric.INBOUND_LEADS_LOST)));
      ledger.set(m, MonthlyMetric.INBOUND_LOAD_FTE, ledger.inboundLoadFte(m));
    }
  }

  /** The facts of a replication that the ledger's monthly table does not hold. */
  record Facts(
      int prospectorsEnd,
      long responsesCompleted,
      double firstOutboundMeeting,
      double firstOutboundWin,
      double firstInboundWin,
      boolean outboundCut,
      int splitMonth,
      double quotaAttainmentShare,
      int openDealsEnd,
      int leadsWaitingEnd,
      double waitingHoursEnd) {}

  /** One value per {@link Metric}, in ordinal order. */
  static double[] scalars(Replication r, Ledger ledger, Facts facts) {
    double horizon = r.calendar.horizonDays();
    double[] v = new double[Metric.count()];
    double available = ledger.total(MonthlyMetric.HOURS_AVAILABLE);
    double bookings = ledger.total(MonthlyMetric.BOOKINGS_TOTAL);
    double cost = ledger.total(MonthlyMetric.COST_OF_SALES);
    v[Metric.BOOKINGS_TOTAL.ordinal()] = bookings;
    v[Metric.BOOKINGS_INBOUND.ordinal()] = ledger.total(MonthlyMetric.BOOKINGS_INBOUND);
    v[Metric.BOOKINGS_OUTBOUND.ordinal()] = ledger.total(MonthlyMetric.BOOKINGS_OUTBOUND);
    v[Metric.DEALS_WON_INBOUND.ordinal()] = ledger.total(MonthlyMetric.DEALS_WON_INBOUND);
    v[Metric.DEALS_WON_OUTBOUND.ordinal()] = ledger.total(MonthlyMetric.DEALS_WON_OUTBOUND);
    v[Metric.OPPORTUNITIES_INBOUND.ordinal()] = ledger.total(MonthlyMetric.OPPORTUNITIES_INBOUND);
    v[Metric.OPPORTUNITIES_OUTBOUND.ordinal()] = ledger.total(MonthlyMetric.OPPORTUNITIES_OUTBOUND);
    v[Metric.DEALS_LOST_NEGLECT.ordinal()] = ledger.total(MonthlyMetric.DEALS_LOST_NEGLECT);
    v[Metric.DEALS_LOST_FREEZE.ordinal()] = ledger.total(MonthlyMetric.DEALS_LOST_FREEZE);
    v[Metric.INBOUND_LEADS.ordinal()] = ledger.total(MonthlyMetric.INBOUND_LEADS);
    v[Metric.INBOUND_LEADS_LOST.ordinal()] = ledger.total(MonthlyMetric.INBOUND_LEADS_LOST);
    v[Metric.INBOUND_QUALIFICATION_RATE.ordinal()] =
        ratio(ledger.total(MonthlyMetric.INBOUND_LEADS_QUALIFIED), facts.responsesCompleted());
    // Survival-style: leads lost count at their wait, leads still waiting at what they have waited.
    v[Metric.MEAN_RESPONSE_HOURS.ordinal()] =
        ratio(
            ledger.total(MonthlyMetric.RESPONSE_HOURS_SUM) + facts.waitingHoursEnd(),
            ledger.total(MonthlyMetric.INBOUND_LEADS_RESPONDED)
                + ledger.total(MonthlyMetric.INBOUND_LEADS_LOST)
                + facts.leadsWaitingEnd());
    v[Metric.LEADS_ANSWERED_WITHIN_1H_SHARE.ordinal()] =
        ratio(
            ledger.total(MonthlyMetric.LEADS_ANSWERED_WITHIN_1H),
            ledger.total(MonthlyMetric.INBOUND_LEADS));
    v[Metric.DIALS.ordinal()] = ledger.total(MonthlyMetric.DIALS);
    v[Metric.MEETINGS_OUTBOUND.ordinal()] = ledger.total(MonthlyMetric.MEETINGS_OUTBOUND);
    v[Metric.OUTBOUND_HOURS_SHARE.ordinal()] =
        ratio(ledger.total(MonthlyMetric.HOURS_PROSPECTING), available);
    v[Metric.INBOUND_HOURS_SHARE.ordinal()] =
        ratio(ledger.total(MonthlyMetric.HOURS_INBOUND), available);
    v[Metric.DEAL_HOURS_SHARE.ordinal()] =
        ratio(
            ledger.total(MonthlyMetric.HOURS_DEALS_INBOUND)
                + ledger.total(MonthlyMetric.HOURS_DEALS_OUTBOUND)
                + ledger.total(MonthlyMetric.HOURS_MEETINGS),
            available);
    v[Metric.IDLE_HOURS_SHARE.ordinal()] = ratio(ledger.total(MonthlyMetric.HOURS_IDLE), available);
    v[Metric.COMMISSION_TOTAL.ordinal()] = ledger.total(MonthlyMetric.COMMISSION_TOTAL);
    v[Metric.COMMISSION_OUTBOUND.ordinal()] = ledger.total(MonthlyMetric.COMMISSION_OUTBOUND);
    v[Metric.BASE_PAY.ordinal()] = ledger.total(MonthlyMetric.BASE_PAY);
    v[Metric.MARKETING_COST.ordinal()] = ledger.total(MonthlyMetric.MARKETING_COST);
    v[Metric.HIRING_COST.ordinal()] = ledger.total(MonthlyMetric.HIRING_COST);
    v[Metric.COST_OF_SALES.ordinal()] = cost;
    v[Metric.COST_OF_SALES_RATIO.ordinal()] = ratio(cost, bookings);
    v[Metric.CONTRIBUTION.ordinal()] = ledger.total(MonthlyMetric.CONTRIBUTION);
    v[Metric.OUTBOUND_REPS_END.ordinal()] = facts.prospectorsEnd();
    v[Metric.DAYS_TO_FIRST_OUTBOUND_MEETING.ordinal()] = orHorizon(facts.firstOutboundMeeting(), horizon);
    v[Metric.DAYS_TO_FIRST_OUTBOUND_WIN.ordinal()] = orHorizon(facts.firstOutboundWin(), horizon);
    v[Metric.DAYS_TO_FIRST_INBOUND_WIN.ordinal()] = orHorizon(facts.firstInboundWin(), horizon);
    v[Metric.REVIEWS_FAILED.ordinal()] = ledger.total(MonthlyMetric.REVIEWS_FAILED);
    v[Metric.OUTBOUND_CUT.ordinal()] = facts.outboundCut() ? 1.0 : 0.0;
    int without = 0;
    for (int m = 0; m < r.months; m++) {
      without += ledger.get(m, MonthlyMetric.OUTBOUND_REPS) == 0.0 ? 1 : 0;
    }
    v[Metric.MONTHS_WITHOUT_OUTBOUND.ordinal()] = without;
    v[Metric.PROSPECTING_RESTORED.ordinal()] = ledger.total(MonthlyMetric.PROSPECTING_RESTORED);
    v[Metric.SPLIT_MONTH.ordinal()] = facts.splitMonth();
    v[Metric.BOOKINGS_MONTHLY_CV.ordinal()] = monthlyBookingsCv(r, ledger);
    v[Metric.QUOTA_ATTAINMENT_SHARE.ordinal()] = facts.quotaAttainmentShare();
    v[Metric.DEPARTURES.ordinal()] = ledger.total(MonthlyMetric.DEPARTURES);
    v[Metric.PIPELINE_OPEN_END.ordinal()] = facts.openDealsEnd();
    v[Metric.OUTBOUND_PIPELINE_CREATED.ordinal()] =
        ledger.total(MonthlyMetric.OUTBOUND_PIPELINE_CREATED);
    return v;
  }

  /** A time to a first event, or the horizon if it never happened. */
  private static double orHorizon(double time, double horizon) {
    return Double.isNaN(time) ? horizon : time;
  }

  /** Coefficient of variation of monthly bookings once the first six months have passed. */
  private static double monthlyBookingsCv(Replication r, Ledger ledger) {
    int months = r.months;
    int from = Math.min(6, months / 2);
    int n = months - from;
    if (n < 2) {
      return 0.0;
    }
    double mean = ledger.total(MonthlyMetric.BOOKINGS_TOTAL, from, months) / n;
    if (mean <= 0.0) {
      return 0.0;
    }
    double ss = 0.0;
    for (int m = from; m < months; m++) {
      double d = ledger.get(m, MonthlyMetric.BOOKINGS_TOTAL) - mean;
      ss += d * d;
    }
    return Math.sqrt(ss / (n - 1)) / mean;
  }

  /** A ratio that is 0, not NaN or infinite, when nothing was measured. */
  static double ratio(double numerator, double denominator) {
    return denominator > 0.0 ? numerator / denominator : 0.0;
  }
}
