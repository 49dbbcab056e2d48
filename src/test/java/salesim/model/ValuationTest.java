package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class ValuationTest {

  private static Valuation started(String... sets) {
    SalesModel model = new SalesModel(Scenarios.reference(sets), 1, 0);
    model.start();
    model.runUntil(0.0); // the first month start: the month's prospecting economics
    return model.valuation();
  }

  @Test
  void prospectValue_isLinearInTheOutboundRate_withoutReluctanceOrBonus() {
    String[] common = {"behaviour.learning=false", "team.profiles.mixed.callReluctance=0",
        "team.skillSd=0", "comp.quota.bookingsPerPeriod=0"};
    double flat = started(with(common, "comp.commission.rate=0.1")).prospectValue(0);
    double weighted =
        started(with(common, "comp.commission={type: weighted, rate: 0.1, outboundMultiplier: 3}"))
            .prospectValue(0);
    assertThat(flat).isPositive();
    assertThat(weighted).isCloseTo(3 * flat, within(1e-12 * weighted));
  }

  @Test
  void reluctance_lowersTheProspectValue_byItsShareOfBasePayPerHourOfTheWholeEffort() {
    String[] common = {"behaviour.learning=false", "team.skillSd=0",
        "team.profiles.mixed.callReluctanceCv=0"};
    double eager = started(with(common, "team.profiles.mixed.callReluctance=0")).prospectValue(0);
    double reluctant =
        started(with(common, "team.profiles.mixed.callReluctance=0.5")).prospectValue(0);
    // Reluctance is charged per prospecting hour, at half the hourly base pay (5,000 a month over
    // 126 selling hours), and spread over the hours the effort takes (the block, its meetings and
    // its deal work), so it lowers the value per hour by less than that.
    double half = 0.5 * 5000 / 126.0;
    assertThat(eager - reluctant).isBetween(half / 2, half);
  }

  /**
   * PARAMETERS fact 2: the multiplier at which a prospecting hour is worth an inbound lead's hour
   * to a rational rep, k* = value per hour of a fresh lead ÷ value per hour of prospecting at k = 1,
   * lands in about 2.8x–6.4x with the default funnels.
   */
  @Test
  void breakEvenMultiplier_ofTheDefaultFunnels_isInTheEssaysRange() {
    SalesModel model =
        new SalesModel(
            Scenarios.reference("behaviour.learning=false", "team.profiles.mixed.callReluctance=0",
                "team.skillSd=0", "comp.quota.bookingsPerPeriod=0", "inbound.leadsPerMonth=960"),
            1, 0);
    model.start();
    model.runUntil(0.5); // leads have arrived, none answered yet is fresh enough to value
    Valuation v = model.valuation();
    int lead = model.inbound().next();
    assertThat(lead).isNotNegative();
    double kStar = v.leadValue(0, lead) / v.prospectValue(0);
    assertThat(kStar).isBetween(2.0, 8.0);
  }

  private static String[] with(String[] common, String extra) {
    String[] all = java.util.Arrays.copyOf(common, common.length + 1);
    all[common.length] = extra;
    return all;
  }
}
