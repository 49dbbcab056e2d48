package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import salesim.model.funnel.Stage;

final class EconomicsTest {

  private static final double EXACT = 1e-12;

  @Test
  void tables_areTheStageRecursions_consensusScaledByTheBuyingGroup() {
    SalesParameters p = Scenarios.reference();
    Economics e = new Economics(p);
    var path = p.pipeline().outbound();
    for (int s = 0; s < p.segments().size(); s++) {
      var segment = p.segments().get(s);
      double win = 1.0;
      double effort = 0.0;
      double days = 0.0;
      for (int k = path.size() - 1; k >= 0; k--) {
        Stage stage = path.get(k);
        double exit = stage.exitProbability();
        if (stage.consensus()) {
          exit = 1 - Math.pow(1 - exit, segment.buyingGroupSize() / p.pipeline().referenceBuyingGroup());
        }
        assertThat(e.survival[1][s][k]).isCloseTo(1 - exit, within(EXACT));
        effort = stage.effortHours() + (1 - exit) * effort;
        win *= 1 - exit;
        days += stage.meanDays() * segment.cycleFactor();
        assertThat(e.winFrom[1][s][k]).as("win from stage %d", k).isCloseTo(win, within(EXACT));
        assertThat(e.effortFrom[1][s][k]).isCloseTo(effort, within(EXACT));
        assertThat(e.daysFrom[1][s][k]).isCloseTo(days, within(EXACT));
      }
      assertThat(e.dealValue[s]).isEqualTo(segment.dealValueMean());
    }
    // At the reference buying group, consensus keeps its exit chance.
    int mid = 1;
    assertThat(p.segments().get(mid).buyingGroupSize()).isEqualTo(p.pipeline().referenceBuyingGroup());
    assertThat(e.winFrom[1][mid][0])
        .isCloseTo(p.pipeline().winProbability(salesim.model.base.Source.OUTBOUND), within(EXACT));
  }

  @Test
  void shocks_scaleTheWinChanceExactly_andCombineFreezesAsIndependentChances() {
    String shock =
        "{name: s, startMonth: 0, durationMonths: 12, shape: STEP, recovery: 1, inboundLeads: 0.5,"
            + " connectRate: 0.8, meetingRate: 0.9, winRateInbound: 0.6, winRateOutbound: 0.5,"
            + " dealValue: 0.9, cycleLength: 1.5, budgetFreezeChance: 0.2}";
    SalesParameters calm = Scenarios.reference();
    SalesParameters shocked = Scenarios.reference("shocks=[" + shock + ", " + shock + "]");
    Economics a = new Economics(calm);
    Economics b = new Economics(shocked);
    assertThat(b.inboundLeads).isCloseTo(0.25, within(EXACT));
    assertThat(b.budgetFreeze).as("1 - (1 - 0.2)^2").isCloseTo(0.36, within(EXACT));
    for (int s = 0; s < calm.segments().size(); s++) {
      // The win shock is spread evenly over the stages, so the win chance scales by exactly it
      // (unless a stage's survival would pass 1).
      assertThat(b.winFrom[0][s][0]).isCloseTo(a.winFrom[0][s][0] * 0.36, within(1e-12));
      assertThat(b.winFrom[1][s][0]).isCloseTo(a.winFrom[1][s][0] * 0.25, within(1e-12));
      assertThat(b.daysFrom[1][s][0]).isCloseTo(a.daysFrom[1][s][0] * 2.25, within(1e-9));
      assertThat(b.dealValue[s]).isCloseTo(a.dealValue[s] * 0.81, within(1e-9));
    }
    // Fully recovered after its 12 months: the tables are the calm ones, to the bit.
    b.update(12);
    for (int s = 0; s < calm.segments().size(); s++) {
      assertThat(b.winFrom[1][s]).containsExactly(a.winFrom[1][s]);
      assertThat(b.daysFrom[0][s]).containsExactly(a.daysFrom[0][s]);
    }
    assertThat(b.budgetFreeze).isZero();
  }
}
