package salesim.model;

import salesim.model.policy.Kpi;
import salesim.model.policy.Management;
import salesim.model.policy.Reaction;
import salesim.model.policy.Review;
import salesim.model.rep.Role;

/**
 * Monthly reviews of outbound work once patience has run out (DESIGN.md §2, KPIs and patience):
 * each dedicated outbound rep is judged on her own window, a mixed team's prospecting as a whole;
 * on results (outbound bookings per FTE against inbound's) or on activity (ramp-adjusted held
 * meetings per FTE). A failure triggers management's reflex: push more inbound.
 *
 * <p>Note: This class is not thread-safe.
 */
final class KpiReview implements ManagementRule {

  private final Replication r;
  private final Roster roster;
  private final Ledger ledger;
  private final Review review;
  private boolean outboundCut;

  private KpiReview(Replication replication, Roster roster, Ledger ledger, Review review) {
    this.r = replication;
    this.roster = roster;
    this.ledger = ledger;
    this.review = review;
  }

  /** The rule, when the scenario reviews outbound work. */
  static ManagementRule from(Management config, Replication r, Roster roster, Ledger ledger) {
    return config.review().kpi() != Kpi.NONE ? new KpiReview(r, roster, ledger, config.review()) : null;
  }

  @Override
  public boolean endedOutbound() {
    return outboundCut;
  }

  @Override
  public void atMonthStart(int m) {
    if (m == 0 || outboundCut) {
      return;
    }
    int from = Math.max(0, m - review.windowMonths());
    double inboundFte =
        (ledger.total(MonthlyMetric.HOURS_INBOUND, from, m)
                + ledger.total(MonthlyMetric.HOURS_DEALS_INBOUND, from, m))
            / r.monthHours;
    double benchmark =
        inboundFte > 0.05
            ? ledger.total(MonthlyMetric.BOOKINGS_INBOUND, from, m) / inboundFte
            : Double.NaN;
    double now = r.now();
    double dpm = r.calendar.daysPerMonth();

    // Dedicated outbound reps, one by one, once their patience has run out.
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (!roster.active(seat) || roster.role(seat) != Role.OUTBOUND) {
        continue;
      }
      if ((now - roster.outboundSince(seat)) / dpm < review.patienceMonths()) {
        continue;
      }
      int start = Math.max(from, r.monthOf(Math.max(0.0, roster.outboundSince(seat))));
      double fte = 0.0;
      double booked = 0.0;
      double held = 0.0;
      for (int k = start; k < m; k++) {
        fte += ledger.outboundHours(seat, k) / r.monthHours;
        booked += ledger.outboundBookings(seat, k);
        held += ledger.meetingsHeld(seat, k);
      }
      if (fte < 0.25) {
        continue; // too little outbound work to judge
      }
      boolean pass =
          review.kpi() == Kpi.RESULTS
              ? Double.isNaN(benchmark) || booked / fte >= review.resultsShareOfInbound() * benchmark
              : held / fte
                  >= review.meetingsPerMonth() * roster.ramp(seat, r.p.team().rampMonths().outbound());
      if (!pass) {
        ledger.add(m, MonthlyMetric.REVIEWS_FAILED, 1);
        react(seat);
        if (outboundCut) {
          return;
        }
      }
    }

    // A mixed team's prospecting is judged as a whole: nobody owns it.
    if (!roster.mixedBanned() && roster.hasActive(Role.MIXED) && now / dpm >= review.patienceMonths()) {
      double fte =
          (ledger.total(MonthlyMetric.HOURS_PROSPECTING, from, m)
                  + ledger.total(MonthlyMetric.HOURS_MEETINGS, from, m)
                  + ledger.total(MonthlyMetric.HOURS_DEALS_OUTBOUND, from, m))
              / r.monthHours;
      if (fte >= 0.25) {
        boolean pass =
            review.kpi() == Kpi.RESULTS
                ? Double.isNaN(benchmark)
                    || ledger.total(MonthlyMetric.BOOKINGS_OUTBOUND, from, m) / fte
                        >= review.resultsShareOfInbound() * benchmark
                : ledger.total(MonthlyMetric.MEETINGS_OUTBOUND, from, m) / fte
                    >= review.meetingsPerMonth();
        if (!pass) {
          ledger.add(m, MonthlyMetric.REVIEWS_FAILED, 1);
          if (review.reaction() != Reaction.NONE) {
            roster.banMixedProspecting();
            noteIfOutboundEnded();
          }
        }
      }
    }
  }

  /** Management's reflex to a failed review: push more inbound. */
  private void react(int seat) {
    switch (review.reaction()) {
      case MOVE_TO_INBOUND:
        roster.assign(seat, Role.INBOUND);
        break;
      case CUT_OUTBOUND:
        for (int s = 0; s < roster.seats(); s++) {
          if (roster.role(s) == Role.OUTBOUND) {
            roster.assign(s, Role.INBOUND);
          }
        }
        roster.banMixedProspecting();
        break;
      default:
        return;
    }
    noteIfOutboundEnded();
  }

  private void noteIfOutboundEnded() {
    if (roster.outboundEnded()) {
      outboundCut = true;
    }
  }
}
