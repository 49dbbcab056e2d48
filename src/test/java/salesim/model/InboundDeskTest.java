package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class InboundDeskTest {

  /**
   * The arrivals are a Poisson process with the month's rate: growth compounds monthly (on a
   * market too large for deals to hold leads back).
   */
  @Test
  void leadsPerMonth_followTheRateWithGrowth_withinPoissonError() {
    int months = 24;
    SalesParameters p =
        Scenarios.reference("calendar.months=" + months, "inbound.leadsPerMonth=100",
            "inbound.growthPerMonth=0.03", "segments[0].accounts=50000000",
            "segments[1].accounts=50000000", "segments[2].accounts=50000000");
    int runs = 10;
    double[] observed = new double[months];
    for (int r = 0; r < runs; r++) {
      ReplicationResult result = SalesModel.run(p, 8, r);
      for (int m = 0; m < months; m++) {
        observed[m] += result.get(MonthlyMetric.INBOUND_LEADS, m);
      }
    }
    double early = 0;
    double late = 0;
    double expectedEarly = 0;
    double expectedLate = 0;
    for (int m = 0; m < months; m++) {
      double expected = runs * 100 * Math.pow(1.03, m);
      if (m < 12) {
        early += observed[m];
        expectedEarly += expected;
      } else {
        late += observed[m];
        expectedLate += expected;
      }
    }
    assertThat(early).isCloseTo(expectedEarly, within(4 * Math.sqrt(expectedEarly)));
    assertThat(late).isCloseTo(expectedLate, within(4 * Math.sqrt(expectedLate)));
    // Not vacuous: growth is many standard errors.
    assertThat(expectedLate - expectedEarly).isGreaterThan(20 * Math.sqrt(expectedLate));
  }

  @Test
  void aFreshLeadsDecay_isTheCurvesValueAtItsAge() {
    SalesModel model =
        new SalesModel(Scenarios.reference("inbound.leadsPerMonth=2000", "team.reps=1"), 1, 0);
    model.start();
    model.runUntil(1.0);
    InboundDesk desk = model.inbound();
    int lead = desk.next();
    assertThat(lead).isNotNegative();
    double decay = desk.decayOf(lead);
    assertThat(decay).isBetween(0.0, 1.0);
    assertThat(desk.decayOf(lead)).as("cached, the same bits").isEqualTo(decay);
  }
}
