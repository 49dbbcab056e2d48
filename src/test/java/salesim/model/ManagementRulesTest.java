package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import salesim.model.rep.Role;

/** Each management rule on its own: the KPI review, its reactions, the mandate and the splits. */
final class ManagementRulesTest {

  private static final String MONTHS = "calendar.months=12";

  @Test
  void failedResultsReview_stopsAMixedTeamsProspecting_afterPatience() {
    // An impossible bar: outbound must book 100x inbound's per FTE.
    SalesModel model =
        new SalesModel(
            Scenarios.file("mixed-flat.yaml", MONTHS, "management.review.resultsPayback=100",
                "management.idle.reaction=NONE"),
            2, 0);
    model.start();
    model.runUntil(6 * 21 - 1e-9); // up to the last instant before month 6
    assertThat(model.roster().mixedBanned()).as("no review before patience runs out").isFalse();
    model.runUntil(6 * 21);
    assertThat(model.roster().mixedBanned()).isTrue();
    assertThat(model.roster().prospectorCount()).isZero();
    model.runUntil(12 * 21);
    ReplicationResult r = model.finish();
    assertThat(r.get(MonthlyMetric.REVIEWS_FAILED, 6)).isEqualTo(1.0);
    assertThat(r.get(Metric.OUTBOUND_CUT)).isEqualTo(1.0);
    // After the ban nobody starts a block: at most the one under way at the review ends.
    assertThat(r.get(MonthlyMetric.HOURS_PROSPECTING, 7)).isZero();
  }

  @Test
  void reactionNone_countsTheFailure_andChangesNothing() {
    ReplicationResult r =
        SalesModel.run(
            Scenarios.file("mixed-flat.yaml", MONTHS, "management.review.resultsPayback=100",
                "management.review.reaction=NONE"),
            2, 0);
    assertThat(r.get(Metric.REVIEWS_FAILED)).isEqualTo(6.0); // months 6 to 11
    assertThat(r.get(Metric.OUTBOUND_CUT)).isZero();
    assertThat(r.get(MonthlyMetric.HOURS_PROSPECTING, 11)).isPositive();
  }

  @Test
  void activityReview_movesAnOutboundRepWhoHoldsTooFewMeetings_toInbound() {
    // Dedicated hunters judged on 100 held meetings per FTE-month: all fail at patience.
    SalesModel model =
        new SalesModel(
            Scenarios.file("split-weighted.yaml", MONTHS, "management.review.meetingsPerMonth=100",
                "management.sizing.mode=NONE", "management.idle.reaction=NONE"),
            2, 0);
    model.start();
    model.runUntil(9 * 21);
    Roster roster = model.roster();
    assertThat(roster.isSplit()).isTrue();
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (roster.active(seat)) {
        assertThat(roster.role(seat)).isEqualTo(Role.INBOUND);
      }
    }
    model.runUntil(12 * 21);
    ReplicationResult r = model.finish();
    // One failure per hunter whose patience had run out (a recent backfill's has not).
    assertThat(r.get(MonthlyMetric.REVIEWS_FAILED, 9)).isBetween(3.0, 4.0);
    assertThat(r.get(MonthlyMetric.OUTBOUND_REPS, 9)).isZero();
  }

  @Test
  void mandate_makesACompliantRepProspectWhenBehindTheWeeksPace() {
    SalesModel model =
        new SalesModel(
            Scenarios.reference(MONTHS, "management.mandate.prospectingHoursPerWeek=10",
                "management.mandate.compliance=1"),
            2, 0);
    ManagementRule rule =
        ActivityMandate.from(
            model.replication().p.management(), model.replication(), model.roster(), model.ledger());
    rule.atMonthStart(0);
    rule.hired(0);
    assertThat(rule.requiresProspecting(0, 0.0)).isTrue();
    rule.prospected(0, 6.0);
    assertThat(rule.requiresProspecting(0, 2.0)).as("6 h by 40 % of the week").isFalse();
    assertThat(rule.requiresProspecting(0, 4.0)).as("6 h by 80 % of the week").isTrue();
    rule.prospected(0, 4.0);
    assertThat(rule.requiresProspecting(0, 4.9)).isFalse();
    assertThat(rule.requiresProspecting(0, 5.0)).as("a new week").isTrue();
    // Nobody complies: the mandate never binds.
    SalesModel lax =
        new SalesModel(
            Scenarios.reference(MONTHS, "management.mandate.prospectingHoursPerWeek=10",
                "management.mandate.compliance=0"),
            2, 0);
    ManagementRule none =
        ActivityMandate.from(
            lax.replication().p.management(), lax.replication(), lax.roster(), lax.ledger());
    none.atMonthStart(0);
    assertThat(none.requiresProspecting(0, 0.0)).isFalse();
    assertThat(
            ActivityMandate.from(
                Scenarios.reference(MONTHS).management(), lax.replication(), lax.roster(),
                lax.ledger()))
        .as("no mandate configured, no rule")
        .isNull();
  }

  @Test
  void mandatedHours_areWorked_byCompliantReps() {
    // Fully compliant reps on an 8-hour weekly mandate prospect at least that, on average.
    ReplicationResult r =
        SalesModel.run(
            Scenarios.reference(MONTHS, "inbound.leadsPerMonth=960",
                "management.mandate.prospectingHoursPerWeek=8", "management.mandate.compliance=1"),
            2, 0);
    double weeks = 12 * 21 / 5.0;
    double perRepWeek = r.get(Metric.OUTBOUND_HOURS_SHARE) * 12 * 126 / weeks;
    assertThat(perRepWeek).isGreaterThan(7.5);
    // Flooded with leads and without the mandate, the same team hardly prospects (fact 1).
    ReplicationResult free =
        SalesModel.run(Scenarios.reference(MONTHS, "inbound.leadsPerMonth=960"), 2, 0);
    assertThat(free.get(Metric.OUTBOUND_HOURS_SHARE))
        .isLessThan(r.get(Metric.OUTBOUND_HOURS_SHARE) / 2);
  }

  @Test
  void splitWhenReady_splitsOnceTheMeasuredLoadHasHeldForTheRequiredMonths() {
    ReplicationResult heavy =
        SalesModel.run(Scenarios.file("split-when-ready.yaml", MONTHS, "inbound.leadsPerMonth=480"), 2, 0);
    // Month 0 fills the first month of load, month 1 the second: the split comes at month 2.
    assertThat(heavy.get(Metric.SPLIT_MONTH)).isEqualTo(2.0);
    ReplicationResult light =
        SalesModel.run(Scenarios.file("split-when-ready.yaml", MONTHS, "inbound.leadsPerMonth=10"), 2, 0);
    assertThat(light.get(Metric.SPLIT_MONTH)).as("never").isEqualTo(12.0);
    assertThat(heavy.get(MonthlyMetric.INBOUND_LOAD_FTE, 0)).isGreaterThan(1.0);
    assertThat(light.get(MonthlyMetric.INBOUND_LOAD_FTE, 5)).isLessThan(1.0);
  }
}
