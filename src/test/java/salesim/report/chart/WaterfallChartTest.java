package salesim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The waterfall's bars float from where the last ended; whiskers sit at their ends. */
final class WaterfallChartTest {

  @Test
  void bars_spanTheSumBeforeAndTheSumAfter_andTheTotalFromZero() {
    WaterfallChart.Bars bars =
        WaterfallChart.bars(
            List.of(
                new WaterfallChart.Step("a", new Interval(5, 3, 7)),
                new WaterfallChart.Step("b", new Interval(-2, -3, -1))),
            "total",
            new Interval(3, 1, 5));
    assertThat(bars.bars().getStartValue(0, 0)).isEqualTo(0.0);
    assertThat(bars.bars().getEndValue(0, 0)).isEqualTo(5.0);
    // A falling bar is stored low end first (JFreeChart's range search needs it so).
    assertThat(bars.bars().getStartValue(0, 1)).isEqualTo(3.0);
    assertThat(bars.bars().getEndValue(0, 1)).isEqualTo(5.0);
    assertThat(bars.bars().getStartValue(0, 2)).isEqualTo(0.0);
    assertThat(bars.bars().getEndValue(0, 2)).isEqualTo(3.0);
    assertThat(bars.whiskers().getMeanValue(0, 1).doubleValue()).isEqualTo(3.0);
    assertThat(bars.whiskers().getStdDevValue(0, 1).doubleValue()).isEqualTo(1.0);
    WaterfallChart.Bars falling =
        WaterfallChart.bars(
            List.of(new WaterfallChart.Step("a", new Interval(-5, -6, -4))),
            "total",
            new Interval(-5, -6, -4));
    assertThat(falling.bars().getStartValue(0, 1)).isEqualTo(-5.0);
    assertThat(falling.bars().getEndValue(0, 1)).isEqualTo(0.0);
    assertThat(
            WaterfallChart.of("w", "t", "s", List.of(new WaterfallChart.Step("a", new Interval(-5, -6, -4))),
                "total", new Interval(-5, -6, -4), "y", AxisFormats.compact()))
        .isNotNull();
    assertThat(bars.colours())
        .containsExactly(WaterfallChart.GAIN, WaterfallChart.LOSS, WaterfallChart.TOTAL);
  }
}
