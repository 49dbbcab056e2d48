package salesim.calibrate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.crm.Call;
import salesim.crm.Lead;
import salesim.model.market.ResponseDecay;
import salesim.model.market.Segment;

/**
 * Inbound leads: the monthly rate (trend and season when two years allow), the first response
 * (business time from a lead's arrival to its first call) and the chance a lead qualifies when
 * answered at once.
 *
 * <p>Stateless; thread-safe.
 */
final class LeadFit {

  /** Months of leads needed for a rate at all. */
  static final int MIN_MONTHS = 6;
  /** A lead's outcome counts once it is this many days old (its conversion has had time). */
  static final int SETTLE_DAYS = 21;

  private LeadFit() {}

  /** The lead rate: appends estimates, returns the monthly series for the report. */
  static Curves.LeadSeries rate(Data d, List<Estimate> out) {
    YearMonth last = d.options.asOf().equals(YearMonth.from(d.options.asOf()).atEndOfMonth())
        ? YearMonth.from(d.options.asOf()) : YearMonth.from(d.options.asOf()).minusMonths(1);
    YearMonth first = null;
    for (Lead l : d.leads) {
      if (d.badLeads.contains(l.id())) {
        continue;
      }
      YearMonth m = YearMonth.from(l.created().date());
      if (l.created().date().getDayOfMonth() > 1) {
        m = m.plusMonths(1); // the first month is counted only if whole
      }
      if (first == null || m.isBefore(first)) {
        first = m;
      }
    }
    double baseRate = d.base.inbound().leadsPerMonth();
    List<String> columns = List.of("leads.created", "leads.source");
    if (first == null || first.isAfter(last)) {
      insufficient(d, out, 0, "no whole month of inbound leads before the as-of date");
      return new Curves.LeadSeries(List.of(), List.of(), List.of());
    }
    if (first.isBefore(last.minusMonths(35))) {
      first = last.minusMonths(35); // three years at most: a trend is not forever
    }
    int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
    long[] counts = new long[months];
    for (Lead l : d.leads) {
      if (d.badLeads.contains(l.id())) {
        continue;
      }
      int m = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, YearMonth.from(l.created().date()));
      if (m >= 0 && m < months) {
        counts[m]++;
      }
    }
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    List<String> labels = new ArrayList<>();
    List<Long> series = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      labels.add(first.plusMonths(i).toString());
      series.add(counts[i]);
    }
    if (months < MIN_MONTHS || total < d.options.minSample()) {
      insufficient(d, out, total, String.format(Locale.ROOT,
          "%d whole months and %d inbound leads; the floor is %d months and %d leads", months,
          total, MIN_MONTHS, d.options.minSample()));
      return new Curves.LeadSeries(labels, series, List.of());
    }
    int startOffset = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, d.calendar.origin());
    LeadTrend.Result fit = LeadTrend.fit(counts, first.getMonthValue() - 1, startOffset);
    String dispersion = fit.dispersion() > 1
        ? String.format(Locale.ROOT, "; intervals widened for overdispersion (Pearson %.2f)",
            fit.dispersion()) : "";
    if (fit.season() != null) {
      out.add(Parameter.LEADS_PER_MONTH.estimate(0, null, "", fit.rate(), fit.rateLow(),
          fit.rateHigh(), fit.months(), "months", "Poisson regression of " + months
              + " monthly counts on twelve seasonal levels and a log-linear trend (IRLS); the rate"
              + " at " + d.calendar.origin() + " before the season" + dispersion, columns,
          Status.ESTIMATED, baseRate));
      out.add(Parameter.LEAD_GROWTH.estimate(0, null, "", fit.growth(), fit.growthLow(),
          fit.growthHigh(), fit.months(), "months", "the same regression's trend, e^b - 1"
              + dispersion, columns, Status.ESTIMATED, d.base.inbound().growthPerMonth()));
      for (int i = 0; i < 12; i++) {
        out.add(Parameter.SEASONALITY.estimate(i, null, " (" + d.calendar.origin().plusMonths(i)
            .getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT) + ")",
            fit.season()[i], fit.seasonLow()[i], fit.seasonHigh()[i], fit.months(), "months",
            "the same regression's seasonal level over the mean of the twelve" + dispersion,
            columns, Status.ESTIMATED, d.base.inbound().season(i)));
      }
    } else {
      out.add(Parameter.LEADS_PER_MONTH.estimate(0, null, "", fit.rate(), fit.rateLow(),
          fit.rateHigh(), fit.months(), "months", "mean of the last " + fit.months()
              + " whole months' counts; Garwood's exact Poisson interval" + dispersion, columns,
          Status.ESTIMATED, baseRate));
      String why = months + " whole months: a trend and a season need "
          + LeadTrend.SEASONAL_MONTHS;
      out.add(Parameter.LEAD_GROWTH.estimate(0, null, "", d.base.inbound().growthPerMonth(),
          Double.NaN, Double.NaN, months, "months", "kept: " + why, columns,
          Status.INSUFFICIENT_HISTORY, d.base.inbound().growthPerMonth()));
    }
    List<Double> fitted = new ArrayList<>();
    for (double f : fit.fitted()) {
      fitted.add(f);
    }
    return new Curves.LeadSeries(labels, series, fitted);
  }

  private static void insufficient(Data d, List<Estimate> out, long n, String why) {
    out.add(Parameter.LEADS_PER_MONTH.estimate(0, null, "", d.base.inbound().leadsPerMonth(),
        Double.NaN, Double.NaN, n, "leads", "kept: " + why,
        List.of("leads.created", "leads.source"), Status.INSUFFICIENT_HISTORY,
        d.base.inbound().leadsPerMonth()));
  }

  /**
   * Conversion and response: for each inbound lead old enough for its outcome to be known, its
   * first call after arrival (the export's calls whose who is the lead) and whether it became an
   * opportunity. The chance a lead qualifies when answered at once is the maximum-likelihood q of
   * P(converted) = q × decay(delay) under the base scenario's decay curve (the model's own
   * qualification rule), with a profile-likelihood interval.
   */
  static void conversion(Data d, List<Estimate> out) {
    Map<String, Call> firstCall = new HashMap<>();
    Map<String, Lead> byId = new HashMap<>();
    for (Lead l : d.leads) {
      byId.put(l.id(), l);
    }
    for (Call c : d.leadCalls) {
      Lead l = byId.get(c.whoId());
      if (l == null || c.at().isBefore(l.created())) {
        continue;
      }
      Call seen = firstCall.get(l.id());
      if (seen == null || c.at().isBefore(seen.at())) {
        firstCall.put(l.id(), c);
      }
    }
    java.time.LocalDate settled = d.options.asOf().minusDays(SETTLE_DAYS);
    long leads = 0;
    long converted = 0;
    List<Double> delays = new ArrayList<>();
    List<Boolean> outcomes = new ArrayList<>();
    for (Lead l : d.leads) {
      if (d.badLeads.contains(l.id()) || l.created().date().isAfter(settled)) {
        continue;
      }
      leads++;
      if (l.converted()) {
        converted++;
      }
      Call c = firstCall.get(l.id());
      if (c != null) {
        delays.add(Math.max(0, d.days(c.at()) - d.days(l.created())));
        outcomes.add(l.converted());
      }
    }
    List<String> leadColumns = List.of("leads.created", "leads.converted", "leads.source");
    double[] conv = Stats.wilson(converted, leads);
    out.add(Parameter.LEAD_CONVERSION.estimate(0, null, "", leads == 0 ? Double.NaN
        : (double) converted / leads, conv[0], conv[1], leads, "leads", "converted leads over"
            + " inbound leads at least " + SETTLE_DAYS + " days old; Wilson interval",
        leadColumns, Status.OBSERVED, Double.NaN));
    double dayHours = d.base.calendar().sellingHoursPerDay();
    double businessHours = d.base.calendar().hoursPerDay();
    List<String> callColumns = List.of("leads.created", "leads.converted", "calls.who",
        "calls.at");
    double reference = d.base.inbound().qualityMean();
    if (!delays.isEmpty()) {
      double[] hours = new double[delays.size()];
      for (int i = 0; i < hours.length; i++) {
        hours[i] = delays.get(i) * businessHours;
      }
      double mean = Stats.mean(hours);
      double se = hours.length > 1 ? Math.sqrt(Stats.variance(hours) / hours.length) : Double.NaN;
      out.add(Parameter.RESPONSE_HOURS.estimate(0, null, "", mean, mean - Stats.Z * se,
          mean + Stats.Z * se, hours.length, "leads", "mean business hours (Monday-Friday, "
              + (int) businessHours + " h a day) from a lead's arrival to its first call, among"
              + " leads called; median " + String.format(Locale.ROOT, "%.1f",
                  Stats.percentile(Stats.sorted(hours), 0.5)) + " h; normal interval",
          callColumns, Status.OBSERVED, Double.NaN));
    }
    long convertedCalled = outcomes.stream().filter(b -> b).count();
    if (delays.size() >= d.options.minSample() && convertedCalled >= 5) {
      ResponseDecay decay = d.base.inbound().decay();
      double[] m = new double[delays.size()];
      boolean[] y = new boolean[delays.size()];
      for (int i = 0; i < m.length; i++) {
        m[i] = decay.multiplier(delays.get(i) * dayHours);
        y[i] = outcomes.get(i);
      }
      double[] q = qualityMle(m, y);
      String clamp = q[0] >= 0.999
          ? "; at the bound 1: the data converts more late-answered leads than the decay curve"
              + " allows" : "";
      out.add(Parameter.QUALITY_MEAN.estimate(0, null, "", q[0], q[1], q[2], m.length, "leads",
          "maximum likelihood of P(converted) = q x decay(delay) under the base decay curve ("
              + decay.curve() + "), delays in selling hours from each lead's first call;"
              + " profile-likelihood interval" + clamp, callColumns, Status.ESTIMATED, reference));
    } else if (d.h.calls().isEmpty() && leads >= d.options.minSample() && converted >= 5) {
      out.add(Parameter.QUALITY_MEAN.estimate(0, null, "", (double) converted / leads, conv[0],
          conv[1], leads, "leads", "the export logs no calls, so no response delays: the"
              + " conversion rate, as if every lead were answered at once (an underestimate"
              + " where answers were slow); Wilson interval", leadColumns, Status.ESTIMATED,
          reference));
    } else {
      out.add(Parameter.QUALITY_MEAN.estimate(0, null, "", reference, Double.NaN, Double.NaN,
          delays.size(), "leads", String.format(Locale.ROOT, "kept: %d leads with a first call"
              + " and %d of them converted; the floor is %d and 5", delays.size(),
              convertedCalled, d.options.minSample()), callColumns,
          Status.INSUFFICIENT_HISTORY, reference));
    }
  }

  /** {q, low, high}: the MLE of q and its 95 % profile-likelihood interval. */
  static double[] qualityMle(double[] m, boolean[] y) {
    // The log-likelihood is concave in q.
    return Stats.profileMle(q -> logLik(q, m, y), 1e-9, 1 - 1e-9);
  }

  private static double logLik(double q, double[] m, boolean[] y) {
    double total = 0;
    for (int i = 0; i < m.length; i++) {
      double p = Math.min(1 - 1e-12, q * m[i]);
      total += y[i] ? Math.log(p) : Math.log1p(-p);
    }
    return total;
  }

  /**
   * The lead rate for a run from the starting state: the model lets a would-be lead through with
   * the share of its segment's accounts that are neither customers nor in an open deal, counted
   * against the accounts open when the run starts; from a given state it counts them before the
   * state's customers and deals are placed (a warm start measures the market after its warm-up),
   * so the state's own customers would thin the rate the export already shows net of them. The
   * estimate is divided by that share, so the run starts at the rate observed at the as-of date.
   * Without accounts (no customers in the state) it is left as it is.
   */
  static void openToLeads(List<Estimate> estimates, StartState start, List<Segment> segments) {
    if (start.accounts().isEmpty()) {
      return;
    }
    Map<String, Long> taken = new HashMap<>();
    for (StartState.Accounts a : start.accounts()) {
      taken.merge(a.segment(), a.customers(), Long::sum);
    }
    for (StartState.Deal deal : start.deals()) {
      taken.merge(deal.segment(), 1L, Long::sum);
    }
    double weights = 0;
    double open = 0;
    for (Segment seg : segments) {
      double left = seg.accounts() <= 0 ? 0
          : Math.max(0, seg.accounts() - taken.getOrDefault(seg.name(), 0L)) / (double) seg.accounts();
      weights += seg.inboundShare();
      open += seg.inboundShare() * left;
    }
    double share = weights > 0 ? open / weights : 1;
    if (share <= 0 || share >= 1) {
      return;
    }
    for (int i = 0; i < estimates.size(); i++) {
      Estimate e = estimates.get(i);
      if (e.key().equals(Parameter.LEADS_PER_MONTH.path()) && e.sets()) {
        estimates.set(i, new Estimate(e.key(), e.path(), e.label(), e.unit(), e.value() / share,
            e.low() / share, e.high() / share, e.n(), e.sampleUnit(), e.method() + String.format(
                Locale.ROOT, "; divided by %.4f, the share of the market open to leads in the"
                    + " starting state (the model counts the state's customers and open deals"
                    + " as taken from the whole market), so the run starts at the observed rate",
                share), e.columns(), e.status(), e.reference(), e.benchmark()));
      }
    }
  }
}
