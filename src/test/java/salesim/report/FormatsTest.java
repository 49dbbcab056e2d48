package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import salesim.model.Metric;

final class FormatsTest {

  @Test
  void money_threeSignificantDigits_withTheCurrency() {
    assertThat(Formats.money(11_485_656, "USD")).isEqualTo("USD 11.5 m");
    assertThat(Formats.money(10_000_329, "USD")).isEqualTo("USD 10.0 m");
    assertThat(Formats.money(247_999, "EUR")).isEqualTo("EUR 248 k");
    assertThat(Formats.money(9_499.6, "USD")).isEqualTo("USD 9,500");
    assertThat(Formats.money(999_600, "USD")).isEqualTo("USD 1.00 m");
    assertThat(Formats.money(-1_200_000, "USD")).isEqualTo("\u2212USD 1.20 m");
    assertThat(Formats.signedMoney(1_485_327, "USD")).isEqualTo("+USD 1.49 m");
  }

  @Test
  void moneyRange_sharesOneUnitWhenItCan() {
    assertThat(Formats.moneyRange(11_325_846, 11_644_809, "USD")).isEqualTo("USD 11.3\u201311.6 m");
    assertThat(Formats.moneyRange(950_000, 1_100_000, "USD")).isEqualTo("USD 950 k to USD 1.10 m");
  }

  @Test
  void sharesAndChanges_asPercentages() {
    assertThat(Formats.percent(0.302736)).isEqualTo("30.3 %");
    assertThat(Formats.change(0.148527)).isEqualTo("+14.9 %");
    assertThat(Formats.change(-0.0931)).isEqualTo("\u22129.3 %");
    assertThat(Formats.difference(0.249, Metric.OUTBOUND_HOURS_SHARE, "USD"))
        .isEqualTo("+24.9 pts");
  }

  @Test
  void counts_wholeFromAHundred() {
    assertThat(Formats.count(1110.72)).isEqualTo("1,111");
    assertThat(Formats.count(23.56)).isEqualTo("23.6");
    assertThat(Formats.whole(1_000_000)).isEqualTo("1,000,000");
    assertThat(Formats.metric(0.39, Metric.MEAN_RESPONSE_HOURS, "USD")).isEqualTo("0.39 h");
  }
}
