package salesim.model;

import salesim.model.policy.Kpi;
import salesim.model.policy.Management;
import salesim.model.policy.Reaction;
import salesim.model.policy.Review;
import salesim.model.rep.Role;

/**
 * Reviews of outbound work once patience has run out (DESIGN.md §2, KPIs and patience), repeated
 * every few months: each dedicated outbound rep on her own window, a mixed team's prospecting as a
 * whole. Results are judged like with like — does the outbound work pay for the people doing it,
 * in gross margin booked (RESULTS) or expected from the pipeline it created (PIPELINE) — and
 * activity on ramp-adjusted held meetings (ACTIVITY). A failure triggers management's reflex:
 * push more inbound. Nothing here is forever: an idle team gets its prospecting back
 * ({@link IdleCapacityReview}), and a reinstated rep's patience starts over.
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
    return outboundCut && roster.outboundEnded();
  }

  @Override
  public void atMonthStart(int m) {
    if (m == 0 || m % review.everyMonths() != 0) {
      return;
    }
    int from = Math.max(0, m - review.windowMonths());
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
      double pipeline = 0.0;
      double held = 0.0;
      for (int k = start; k < m; k++) {
        fte += ledger.outboundHours(seat, k) / r.monthHours;
        booked += ledger.outboundBookings(seat, k);
        pipeline += ledger.outboundPipeline(seat, k);
        held += ledger.meetingsHeld(seat, k);
      }
      if (fte < 0.25) {
        continue; // too little outbound work to judge
      }
      double ramp = roster.ramp(seat, r.p.team().rampMonths().outbound());
      if (!passes(booked, pipeline, held, fte, ramp)) {
        ledger.add(m, MonthlyMetric.REVIEWS_FAILED, 1);
        react(seat);
        if (roster.outboundEnded()) {
          return;
        }
      }
    }

    // A mixed team's prospecting is judged as a whole: nobody owns it.
    if (!roster.mixedBanned() && roster.hasActive(Role.MIXED) && mixedPatienceOver(now)) {
      double fte =
          (ledger.total(MonthlyMetric.HOURS_PROSPECTING, from, m)
                  + ledger.total(MonthlyMetric.HOURS_MEETINGS, from, m)
                  + ledger.total(MonthlyMetric.HOURS_DEALS_OUTBOUND, from, m))
              / r.monthHours;
      if (fte >= 0.25
          && !passes(
              ledger.total(MonthlyMetric.BOOKINGS_OUTBOUND, from, m),
              ledger.total(MonthlyMetric.OUTBOUND_PIPELINE_CREATED, from, m),
              ledger.total(MonthlyMetric.MEETINGS_OUTBOUND, from, m),
              fte,
              1.0)) {
        ledger.add(m, MonthlyMetric.REVIEWS_FAILED, 1);
        if (review.reaction() != Reaction.NONE) {
          roster.banMixedProspecting();
          outboundCut = true;
        }
      }
    }
  }

  /** Whether the mixed team has prospected for the patience since its last reinstatement. */
  private boolean mixedPatienceOver(double now) {
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (roster.active(seat) && roster.role(seat) == Role.MIXED) {
        return (now - Math.max(0.0, roster.outboundSince(seat))) / r.calendar.daysPerMonth()
            >= review.patienceMonths();
      }
    }
    return false;
  }

  /**
   * Whether outbound work of {@code fte} full-time months passes: results and pipeline KPIs ask
   * that its gross margin (booked, or expected from pipeline created) pays the FTE's base pay the
   * required number of times; the activity KPI asks for the ramp-adjusted meeting target.
   */
  private boolean passes(double booked, double pipeline, double held, double fte, double ramp) {
    double margin = r.p.finance().grossMargin();
    double pay = fte * r.p.comp().baseMonthly();
    switch (review.kpi()) {
      case RESULTS:
        return booked * margin >= review.resultsPayback() * pay * ramp;
      case PIPELINE:
        return pipeline * margin >= review.resultsPayback() * pay * ramp;
      case ACTIVITY:
        return held / fte >= review.meetingsPerMonth() * ramp;
      default:
        return true;
    }
  }

  /** Management's reflex to a failed review: push more inbound. */
  private void react(int seat) {
    switch (review.reaction()) {
      case MOVE_TO_INBOUND:
        roster.assign(seat, Role.INBOUND);
        outboundCut = true;
        break;
      case CUT_OUTBOUND:
        for (int s = 0; s < roster.seats(); s++) {
          if (roster.role(s) == Role.OUTBOUND) {
            roster.assign(s, Role.INBOUND);
          }
        }
        roster.banMixedProspecting();
        outboundCut = true;
        break;
      default:
        break;
    }
  }
}
