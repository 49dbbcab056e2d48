package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.model.base.Source;
import salesim.model.rep.Role;

final class RosterTest {

  /**
   * The split goes by comparative advantage on the person's traits: the skill ratio and her call
   * reluctance, so that the most reluctant and relatively best closers take inbound.
   */
  @Test
  void split_givesInboundToTheRepsWhoseAdvantageIsInbound() {
    SalesModel model =
        new SalesModel(
            Scenarios.reference("calendar.months=12", "team.skillSd=0.6",
                "management.structure=SPLIT", "management.inboundReps=3"),
            4, 2);
    model.start();
    Roster roster = model.roster();
    List<Integer> seats = new ArrayList<>();
    for (int seat = 0; seat < roster.seats(); seat++) {
      seats.add(seat);
    }
    seats.sort(
        Comparator.comparingDouble(
            (Integer s) ->
                -(Math.log(roster.inboundSkill(s) / roster.outboundSkill(s))
                    + Math.log(roster.reluctance(s) / 0.5))));
    for (int i = 0; i < seats.size(); i++) {
      assertThat(roster.role(seats.get(i))).isEqualTo(i < 3 ? Role.INBOUND : Role.OUTBOUND);
    }
    assertThat(roster.isSplit()).isTrue();
    assertThat(roster.splitMonth()).isZero();
    assertThat(roster.prospectorCount()).isEqualTo(5);
    // Reluctance alone decides when skills are equal: the three most reluctant go inbound.
    SalesModel same =
        new SalesModel(
            Scenarios.reference("calendar.months=12", "team.skillSd=0",
                "management.structure=SPLIT", "management.inboundReps=3"),
            4, 2);
    same.start();
    List<Integer> byReluctance = new ArrayList<>(seats);
    byReluctance.sort(Comparator.comparingDouble((Integer s) -> -same.roster().reluctance(s)));
    for (int i = 0; i < byReluctance.size(); i++) {
      assertThat(same.roster().role(byReluctance.get(i)))
          .isEqualTo(i < 3 ? Role.INBOUND : Role.OUTBOUND);
    }
    int heir = roster.heirFor(Source.INBOUND);
    assertThat(roster.role(heir)).isEqualTo(Role.INBOUND);
    assertThat(roster.role(roster.heirFor(Source.OUTBOUND))).isEqualTo(Role.OUTBOUND);
  }

  @Test
  void mixedTeam_neverSplits_andEveryRepMayProspectUntilBanned() {
    SalesModel model = new SalesModel(Scenarios.reference("calendar.months=12"), 1, 0);
    model.start();
    Roster roster = model.roster();
    assertThat(roster.splitMonth()).isEqualTo(12);
    assertThat(roster.prospectorCount()).isEqualTo(8);
    assertThat(roster.outboundEnded()).isFalse();
    roster.banMixedProspecting();
    assertThat(roster.prospectorCount()).isZero();
    assertThat(roster.outboundEnded()).isTrue();
  }

  @Test
  void attrition_andBackfill_keepEverySeatsHoursAndRoleStraight() {
    // A year at 60 % attrition with a two-month hiring delay: people leave and arrive, seats
    // sit empty, and the books still balance (the model checks them at the end).
    SalesParameters p =
        Scenarios.reference("calendar.months=24", "team.attritionPerYear.mixed=0.6");
    ReplicationResult r = SalesModel.run(p, 3, 1);
    assertThat(r.get(Metric.DEPARTURES)).isGreaterThan(4);
    double hires = 0;
    for (int m = 0; m < 24; m++) {
      hires += r.get(MonthlyMetric.HIRES, m);
      assertThat(r.get(MonthlyMetric.ACTIVE_REPS, m)).isBetween(0.0, 8.0);
      // Each seat emptied at a month start gets its backfill two month starts later.
      if (m >= 2) {
        assertThat(r.get(MonthlyMetric.HIRES, m))
            .as("hires in month %d", m)
            .isEqualTo(r.get(MonthlyMetric.DEPARTURES, m - 2));
      } else {
        assertThat(r.get(MonthlyMetric.HIRES, m)).isZero();
      }
    }
    assertThat(r.get(Metric.HIRING_COST)).isEqualTo(hires * 20_000);
  }
}
