package salesim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.report.Fixtures;

/** PNG and SVG come out the same every time, in the bundled font, with ids that cannot clash. */
final class ChartFilesTest {

  @TempDir Path tmp;

  private Chart fan() {
    Path folder = Fixtures.compare(tmp.resolve("compare"));
    MonthlyTable table = MonthlyTable.read(folder.resolve("monthly.csv"));
    return FanChart.of(
        "bookings-fan",
        "Bookings",
        table,
        List.of(
            new Line("mixed-flat", "mixed-flat", ChartStyle.scenario(0)),
            new Line("split-weighted", "split-weighted", ChartStyle.scenario(1))),
        "bookings_total",
        "Bookings per month (USD)",
        List.of(new FanChart.Window("deep V", 3, 4)));
  }

  @Test
  void pngAndSvg_drawnTwice_areTheSameBytes() {
    Chart a = fan();
    Chart b = fan();
    assertThat(ChartFiles.png(a)).isEqualTo(ChartFiles.png(b));
    assertThat(ChartFiles.svg(a)).isEqualTo(ChartFiles.svg(b));
  }

  @Test
  void svg_usesOnlyTheBundledFont_andIdsPrefixedByTheChartName() {
    String svg = ChartFiles.svg(fan()).inline();
    Matcher fonts = Pattern.compile("font-family: ([^;]+);").matcher(svg);
    int texts = 0;
    while (fonts.find()) {
      assertThat(fonts.group(1)).isEqualTo(ChartFiles.SVG_FONTS);
      texts++;
    }
    assertThat(texts).isGreaterThan(10);
    Matcher ids = Pattern.compile(" id='([^']+)'").matcher(svg);
    while (ids.find()) {
      assertThat(ids.group(1)).startsWith("bookings-fan");
    }
    assertThat(svg).contains("font-weight: bold").doesNotContain("NaN");
  }

  @Test
  void hundredths_roundsByIntegerArithmetic() {
    assertThat(ChartFiles.hundredths(0.004)).isEqualTo("0");
    assertThat(ChartFiles.hundredths(-0.004)).isEqualTo("0");
    assertThat(ChartFiles.hundredths(12.5)).isEqualTo("12.5");
    assertThat(ChartFiles.hundredths(-3.456)).isEqualTo("-3.46");
    assertThat(ChartFiles.hundredths(7)).isEqualTo("7");
    assertThat(ChartFiles.hundredths(0.05)).isEqualTo("0.05");
  }

  @Test
  void compactFormat_readsAsMoney() {
    assertThat(AxisFormats.compact(0)).isEqualTo("0");
    assertThat(AxisFormats.compact(250_000)).isEqualTo("250k");
    assertThat(AxisFormats.compact(1_500_000)).isEqualTo("1.5M");
    assertThat(AxisFormats.compact(-2_000_000_000)).isEqualTo("\u22122bn");
  }
}
