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

  @Test
  void anIntervalNarrowerThanTheUnitsDecimals_getsTheDecimalsThatTellItsEndsApart() {
    Formats.Interval narrow =
        Formats.Interval.of(1.0962, 1.0631, 1.1293, Metric.CAC_PAYBACK_MONTHS, "USD");
    assertThat(narrow.mean() + " (" + narrow.range() + ")")
        .isEqualTo("+1.10 months (+1.06 months to +1.13 months)");
    // Never more than two decimals beyond the unit's own, however narrow.
    assertThat(Formats.places(Metric.CAC_PAYBACK_MONTHS, 1.0, 1.0 + 1e-9)).isEqualTo(3);
  }

  @Test
  void aWideInterval_keepsTheUnitsOwnDecimals() {
    Formats.Interval wide = Formats.Interval.of(-0.21, -0.6, 0.2, Metric.CAC_PAYBACK_MONTHS, "USD");
    assertThat(wide.mean() + " (" + wide.range() + ")")
        .isEqualTo("\u22120.2 months (\u22120.6 months to +0.2 months)");
    assertThat(Formats.places(Metric.CAC_PAYBACK_MONTHS, -40, 40)).isEqualTo(1);
    assertThat(Formats.places(Metric.MEAN_RESPONSE_HOURS, -0.4, 0.4)).isEqualTo(2);
  }

  @Test
  void aSmallEffectWhoseIntervalExcludesZero_doesNotReadAsZero() {
    assertThat(Formats.difference(0.03, Metric.CAC_PAYBACK_MONTHS, "USD"))
        .isEqualTo("0.0 months");
    assertThat(Formats.Interval.of(0.03, 0.02, 0.04, Metric.CAC_PAYBACK_MONTHS, "USD").mean())
        .isEqualTo("+0.03 months");
    // Shares count their precision in percentage points: a 0.04-point half-width, two decimals.
    assertThat(Formats.Interval.of(0.0012, 0.0008, 0.0016, Metric.OUTBOUND_HOURS_SHARE, "USD")
            .range())
        .isEqualTo("+0.08 pts to +0.16 pts");
  }

  @Test
  void anIntervalThatStraddlesZero_mayReadZero_butOneThatExcludesItNever() {
    // Straddling: a mean that rounds to zero is honest, the interval says it may be either way.
    Formats.Interval level = Formats.Interval.of(0.02, -0.28, 0.32, Metric.CAC_PAYBACK_MONTHS, "");
    assertThat(level.mean() + " (" + level.range() + ")")
        .isEqualTo("0.0 months (\u22120.3 months to +0.3 months)");
    // The curated explanation's pay plan x reviews interaction on CAC payback: the half-width
    // (0.016) asks for two decimals, at which the low end read "0.00"; its end nearer zero asks
    // for three.
    Formats.Interval clear =
        Formats.Interval.of(
            0.0184676734494, 0.0025683953476, 0.0343669515511, Metric.CAC_PAYBACK_MONTHS, "");
    assertThat(clear.mean() + " (" + clear.range() + ")")
        .isEqualTo("+0.018 months (+0.003 months to +0.034 months)");
    // Below the half-width's cap of three decimals a clear effect still shows its digit.
    Formats.Interval tiny =
        Formats.Interval.of(-0.00031, -0.00042, -0.0002, Metric.CAC_PAYBACK_MONTHS, "");
    assertThat(tiny.mean() + " (" + tiny.range() + ")")
        .isEqualTo("\u22120.0003 months (\u22120.0004 months to \u22120.0002 months)");
    assertThat(Formats.places(Metric.IDLE_HOURS_SHARE, 0.00001, 0.00003)).isEqualTo(3);
  }

  @Test
  void meanAndHalf_sharesOnePrecision_moneyKeepsItsDigits() {
    assertThat(Formats.meanAndHalf(14.06, 14.02, 14.10, Metric.CAC_PAYBACK_MONTHS, "USD"))
        .isEqualTo("14.06 months\n\u00b1 0.04 months");
    assertThat(Formats.meanAndHalf(24.7e6, 23.989e6, 25.411e6, Metric.BOOKINGS_TOTAL, "USD"))
        .isEqualTo("USD 24.7 m\n\u00b1 USD 711 k");
    assertThat(Formats.places(Metric.BOOKINGS_TOTAL, 1, 2)).isEqualTo(Formats.DEFAULT);
  }
}
