package salesim.model;

/**
 * The close of a replication's books: the monthly figures derived from the month's flows (pay,
 * cost of sales, contribution, shares, response time, inbound load) and the scalars of runs.csv,
 * read from the ledger and from the components that hold the facts.
 */
final class RunSummary {

  private RunSummary() {}

  /**
   * Derives each month's pay, loaded cost, recurring revenue, contribution and ratios from its
   * flows. The ARR level follows from the flows exactly, month after month.
   */
  static void deriveMonthly(Replication r, Ledger ledger) {
    var f = r.p.finance();
    double basePerHour = r.p.comp().baseMonthly() / r.monthHours;
    double margin = f.grossMargin();
    double arr = 0.0;
    for (int m = 0; m < r.months; m++) {
      double available = ledger.get(m, MonthlyMetric.HOURS_AVAILABLE);
      double base = available * basePerHour;
      ledger.set(m, MonthlyMetric.BASE_PAY, base);
      double commission =
          ledger.get(m, MonthlyMetric.COMMISSION_INBOUND)
              + ledger.get(m, MonthlyMetric.COMMISSION_OUTBOUND);
      ledger.set(m, MonthlyMetric.COMMISSION_TOTAL, commission);
      double pay = base + commission + ledger.get(m, MonthlyMetric.MEETING_BONUS);
      double loading = pay * (f.payLoading() - 1.0);
      double fte = available / r.monthHours;
      double management = fte / f.repsPerManager() * f.managerCostMonthly();
      double tools = fte * f.toolsPerSeatMonthly();
      ledger.set(m, MonthlyMetric.PAY_LOADING, loading);
      ledger.set(m, MonthlyMetric.MANAGEMENT_COST, management);
      ledger.set(m, MonthlyMetric.TOOLS_COST, tools);
      double cost =
          pay
              + loading
              + management
              + tools
              + ledger.get(m, MonthlyMetric.MARKETING_COST)
              + f.marketingOverheadMonthly()
              + ledger.get(m, MonthlyMetric.HIRING_COST);
      ledger.set(m, MonthlyMetric.COST_OF_SALES, cost);
      double netNew =
          ledger.get(m, MonthlyMetric.NEW_ARR)
              - ledger.get(m, MonthlyMetric.CHURNED_ARR)
              + ledger.get(m, MonthlyMetric.EXPANSION_ARR);
      ledger.set(m, MonthlyMetric.NET_NEW_ARR, netNew);
      // Summed term by term, in the ARR identity's order, so the identity holds to the bit.
      arr =
          arr
              + ledger.get(m, MonthlyMetric.NEW_ARR)
              - ledger.get(m, MonthlyMetric.CHURNED_ARR)
              + ledger.get(m, MonthlyMetric.EXPANSION_ARR)
              + ledger.get(m, MonthlyMetric.ARR_BROUGHT_IN);
      ledger.set(m, MonthlyMetric.ARR, arr);
      double revenue = arr / 12.0;
      ledger.set(m, MonthlyMetric.REVENUE, revenue);
      ledger.set(m, MonthlyMetric.CONTRIBUTION, revenue * margin - cost);
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
      double waitingHoursEnd,
      double pipelineValueEnd,
      double customerValueEnd,
      double outboundHirePaybackMonths,
      int outboundHires) {}

  /** One value per {@link Metric}, in ordinal order. */
  static double[] scalars(Replication r, Ledger ledger, Facts facts) {
    double horizon = r.calendar.horizonDays(); // the reported horizon, in days from its start
    double[] v = new double[Metric.count()];
    double available = ledger.reportedTotal(MonthlyMetric.HOURS_AVAILABLE);
    double bookings = ledger.reportedTotal(MonthlyMetric.BOOKINGS_TOTAL);
    double cost = ledger.reportedTotal(MonthlyMetric.COST_OF_SALES);
    v[Metric.BOOKINGS_TOTAL.ordinal()] = bookings;
    v[Metric.BOOKINGS_INBOUND.ordinal()] = ledger.reportedTotal(MonthlyMetric.BOOKINGS_INBOUND);
    v[Metric.BOOKINGS_OUTBOUND.ordinal()] = ledger.reportedTotal(MonthlyMetric.BOOKINGS_OUTBOUND);
    v[Metric.DEALS_WON_INBOUND.ordinal()] = ledger.reportedTotal(MonthlyMetric.DEALS_WON_INBOUND);
    v[Metric.DEALS_WON_OUTBOUND.ordinal()] = ledger.reportedTotal(MonthlyMetric.DEALS_WON_OUTBOUND);
    v[Metric.OPPORTUNITIES_INBOUND.ordinal()] = ledger.reportedTotal(MonthlyMetric.OPPORTUNITIES_INBOUND);
    v[Metric.OPPORTUNITIES_OUTBOUND.ordinal()] = ledger.reportedTotal(MonthlyMetric.OPPORTUNITIES_OUTBOUND);
    v[Metric.DEALS_LOST_NEGLECT.ordinal()] = ledger.reportedTotal(MonthlyMetric.DEALS_LOST_NEGLECT);
    v[Metric.DEALS_LOST_FREEZE.ordinal()] = ledger.reportedTotal(MonthlyMetric.DEALS_LOST_FREEZE);
    v[Metric.INBOUND_LEADS.ordinal()] = ledger.reportedTotal(MonthlyMetric.INBOUND_LEADS);
    v[Metric.INBOUND_LEADS_LOST.ordinal()] = ledger.reportedTotal(MonthlyMetric.INBOUND_LEADS_LOST);
    v[Metric.INBOUND_QUALIFICATION_RATE.ordinal()] =
        ratio(ledger.reportedTotal(MonthlyMetric.INBOUND_LEADS_QUALIFIED), facts.responsesCompleted());
    // Survival-style: leads lost count at their wait, leads still waiting at what they have waited.
    v[Metric.MEAN_RESPONSE_HOURS.ordinal()] =
        ratio(
            ledger.reportedTotal(MonthlyMetric.RESPONSE_HOURS_SUM) + facts.waitingHoursEnd(),
            ledger.reportedTotal(MonthlyMetric.INBOUND_LEADS_RESPONDED)
                + ledger.reportedTotal(MonthlyMetric.INBOUND_LEADS_LOST)
                + facts.leadsWaitingEnd());
    v[Metric.LEADS_ANSWERED_WITHIN_1H_SHARE.ordinal()] =
        ratio(
            ledger.reportedTotal(MonthlyMetric.LEADS_ANSWERED_WITHIN_1H),
            ledger.reportedTotal(MonthlyMetric.INBOUND_LEADS));
    v[Metric.DIALS.ordinal()] = ledger.reportedTotal(MonthlyMetric.DIALS);
    v[Metric.MEETINGS_OUTBOUND.ordinal()] = ledger.reportedTotal(MonthlyMetric.MEETINGS_OUTBOUND);
    v[Metric.OUTBOUND_HOURS_SHARE.ordinal()] =
        ratio(ledger.reportedTotal(MonthlyMetric.HOURS_PROSPECTING), available);
    v[Metric.INBOUND_HOURS_SHARE.ordinal()] =
        ratio(ledger.reportedTotal(MonthlyMetric.HOURS_INBOUND), available);
    v[Metric.DEAL_HOURS_SHARE.ordinal()] =
        ratio(
            ledger.reportedTotal(MonthlyMetric.HOURS_DEALS_INBOUND)
                + ledger.reportedTotal(MonthlyMetric.HOURS_DEALS_OUTBOUND)
                + ledger.reportedTotal(MonthlyMetric.HOURS_MEETINGS),
            available);
    v[Metric.IDLE_HOURS_SHARE.ordinal()] = ratio(ledger.reportedTotal(MonthlyMetric.HOURS_IDLE), available);
    v[Metric.COMMISSION_TOTAL.ordinal()] = ledger.reportedTotal(MonthlyMetric.COMMISSION_TOTAL);
    v[Metric.COMMISSION_OUTBOUND.ordinal()] = ledger.reportedTotal(MonthlyMetric.COMMISSION_OUTBOUND);
    v[Metric.BASE_PAY.ordinal()] = ledger.reportedTotal(MonthlyMetric.BASE_PAY);
    v[Metric.MARKETING_COST.ordinal()] = ledger.reportedTotal(MonthlyMetric.MARKETING_COST);
    v[Metric.HIRING_COST.ordinal()] = ledger.reportedTotal(MonthlyMetric.HIRING_COST);
    v[Metric.COST_OF_SALES.ordinal()] = cost;
    v[Metric.COST_OF_SALES_RATIO.ordinal()] = ratio(cost, bookings);
    v[Metric.CONTRIBUTION.ordinal()] = ledger.reportedTotal(MonthlyMetric.CONTRIBUTION);
    v[Metric.OUTBOUND_REPS_END.ordinal()] = facts.prospectorsEnd();
    v[Metric.DAYS_TO_FIRST_OUTBOUND_MEETING.ordinal()] = orHorizon(facts.firstOutboundMeeting(), horizon);
    v[Metric.DAYS_TO_FIRST_OUTBOUND_WIN.ordinal()] = orHorizon(facts.firstOutboundWin(), horizon);
    v[Metric.DAYS_TO_FIRST_INBOUND_WIN.ordinal()] = orHorizon(facts.firstInboundWin(), horizon);
    v[Metric.REVIEWS_FAILED.ordinal()] = ledger.reportedTotal(MonthlyMetric.REVIEWS_FAILED);
    v[Metric.OUTBOUND_CUT.ordinal()] = facts.outboundCut() ? 1.0 : 0.0;
    int without = 0;
    for (int m = r.offset; m < r.months; m++) {
      without += ledger.get(m, MonthlyMetric.OUTBOUND_REPS) == 0.0 ? 1 : 0;
    }
    v[Metric.MONTHS_WITHOUT_OUTBOUND.ordinal()] = without;
    v[Metric.PROSPECTING_RESTORED.ordinal()] = ledger.reportedTotal(MonthlyMetric.PROSPECTING_RESTORED);
    v[Metric.SPLIT_MONTH.ordinal()] = facts.splitMonth();
    v[Metric.BOOKINGS_MONTHLY_CV.ordinal()] = monthlyBookingsCv(r, ledger);
    v[Metric.QUOTA_ATTAINMENT_SHARE.ordinal()] = facts.quotaAttainmentShare();
    v[Metric.DEPARTURES.ordinal()] = ledger.reportedTotal(MonthlyMetric.DEPARTURES);
    v[Metric.PIPELINE_OPEN_END.ordinal()] = facts.openDealsEnd();
    v[Metric.OUTBOUND_PIPELINE_CREATED.ordinal()] =
        ledger.reportedTotal(MonthlyMetric.OUTBOUND_PIPELINE_CREATED);
    // The CFO's view.
    int last = r.months - 1;
    double contribution = ledger.reportedTotal(MonthlyMetric.CONTRIBUTION);
    double newArr = ledger.reportedTotal(MonthlyMetric.NEW_ARR);
    double netNew =
        newArr
            - ledger.reportedTotal(MonthlyMetric.CHURNED_ARR)
            + ledger.reportedTotal(MonthlyMetric.EXPANSION_ARR);
    double arrEnd = ledger.get(last, MonthlyMetric.ARR);
    double won =
        ledger.reportedTotal(MonthlyMetric.DEALS_WON_INBOUND)
            + ledger.reportedTotal(MonthlyMetric.DEALS_WON_OUTBOUND);
    v[Metric.REVENUE.ordinal()] = ledger.reportedTotal(MonthlyMetric.REVENUE);
    v[Metric.ARR_END.ordinal()] = arrEnd;
    v[Metric.NEW_ARR.ordinal()] = newArr;
    v[Metric.CHURNED_ARR.ordinal()] = ledger.reportedTotal(MonthlyMetric.CHURNED_ARR);
    v[Metric.EXPANSION_ARR.ordinal()] = ledger.reportedTotal(MonthlyMetric.EXPANSION_ARR);
    v[Metric.NET_NEW_ARR.ordinal()] = netNew;
    v[Metric.ARR_PER_REP.ordinal()] = ratio(arrEnd, ledger.get(last, MonthlyMetric.ACTIVE_REPS));
    v[Metric.BOOKINGS_PER_REP.ordinal()] =
        ratio(bookings, ledger.reportedTotal(MonthlyMetric.ACTIVE_REPS) / (r.months - r.offset));
    v[Metric.CAC.ordinal()] = ratio(cost, won);
    v[Metric.CAC_PAYBACK_MONTHS.ordinal()] =
        ratio(cost, newArr * r.p.finance().grossMargin()) * 12.0;
    v[Metric.MAGIC_NUMBER.ordinal()] = ratio(netNew, cost);
    v[Metric.OUTBOUND_HIRE_PAYBACK_MONTHS.ordinal()] = facts.outboundHirePaybackMonths();
    v[Metric.OUTBOUND_HIRES.ordinal()] = facts.outboundHires();
    v[Metric.PIPELINE_VALUE_END.ordinal()] = facts.pipelineValueEnd();
    v[Metric.CUSTOMER_VALUE_END.ordinal()] = facts.customerValueEnd();
    v[Metric.TOTAL_VALUE.ordinal()] =
        contribution + facts.pipelineValueEnd() + facts.customerValueEnd();
    return v;
  }

  /** A time to a first event, or the horizon if it never happened. */
  private static double orHorizon(double time, double horizon) {
    return Double.isNaN(time) ? horizon : time;
  }

  /** Coefficient of variation of monthly bookings once the first six months have passed. */
  private static double monthlyBookingsCv(Replication r, Ledger ledger) {
    int months = r.months;
    int from = r.offset + Math.min(6, r.reported / 2);
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
