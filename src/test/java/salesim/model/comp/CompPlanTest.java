package salesim.model.comp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import salesim.model.base.Source;

final class CompPlanTest {

  private static final Quota NO_QUOTA = new Quota(0, 3, 1.5, 0);

  @Test
  void flat_paysOneRate_weighted_multipliesOutbound() {
    CompPlan flat = new CompPlan(5000, new Commission.Flat(0.1), NO_QUOTA, 0);
    CompPlan weighted = new CompPlan(5000, new Commission.Weighted(0.1, 3), NO_QUOTA, 0);
    assertThat(flat.commissionOn(Source.INBOUND, 10_000, 0, 0)).isCloseTo(1000, within(1e-9));
    assertThat(flat.commissionOn(Source.OUTBOUND, 10_000, 0, 0)).isCloseTo(1000, within(1e-9));
    assertThat(weighted.commissionOn(Source.INBOUND, 10_000, 0, 0)).isCloseTo(1000, within(1e-9));
    assertThat(weighted.commissionOn(Source.OUTBOUND, 10_000, 0, 0)).isCloseTo(3000, within(1e-9));
  }

  @Test
  void accelerator_appliesOnlyAboveQuota_andSplitsADealThatCrossesIt() {
    CompPlan plan = new CompPlan(0, new Commission.Flat(0.1), new Quota(100_000, 3, 2.0, 0), 0);
    // 20K below quota at 10 %, 30K above at 20 %.
    assertThat(plan.commissionOn(Source.INBOUND, 50_000, 80_000, 8_000))
        .isCloseTo(2_000 + 6_000, within(1e-9));
    assertThat(plan.marginalRate(Source.INBOUND, 120_000, 0)).isCloseTo(0.2, within(1e-12));
    assertThat(plan.marginalRate(Source.INBOUND, 0, 0)).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void cap_stopsCommissionAtItsMultipleOfPayAtQuota() {
    CompPlan plan = new CompPlan(0, new Commission.Flat(0.1), new Quota(100_000, 3, 1.0, 1.5), 0);
    // Cap = 1.5 × 10 % × 100K = 15K; 14K already earned leaves 1K.
    assertThat(plan.commissionOn(Source.INBOUND, 50_000, 140_000, 14_000)).isCloseTo(1_000, within(1e-9));
    assertThat(plan.commissionOn(Source.INBOUND, 50_000, 200_000, 15_000)).isCloseTo(0, within(1e-9));
  }

  @Test
  void weightedOutboundRateAboveOne_isRefusedNamingTheField() {
    assertThatThrownBy(() -> new Commission.Weighted(0.25, 6))
        .hasMessageStartingWith("outboundMultiplier:");
  }
}
