package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import salesim.model.Metric;

/** The tornado's swing, order and clear-effect rule. */
final class TornadoTest {

  private static PairedDifference d(double mean, double low, double high) {
    return new PairedDifference(mean, low, high, Double.NaN, 0.5, 1);
  }

  private static Tornado.Row row(int index, double lowMean, double highMean) {
    Map<Metric, Tornado.Effect> effects = new EnumMap<>(Metric.class);
    effects.put(
        Metric.CONTRIBUTION,
        new Tornado.Effect(
            d(lowMean, lowMean - 1, lowMean + 1), d(highMean, highMean - 1, highMean + 1)));
    return new Tornado.Row(index, new Sensitivity("p" + index, 1, 0.8, 1.2), effects);
  }

  @Test
  void swing_isTheDistanceBetweenTheLowAndTheHighEffect_whateverTheirSigns() {
    assertThat(row(0, -30, 50).effect(Metric.CONTRIBUTION).swing()).isEqualTo(80);
    assertThat(row(0, 20, 50).effect(Metric.CONTRIBUTION).swing()).isEqualTo(30);
    assertThat(row(0, 50, -30).effect(Metric.CONTRIBUTION).swing()).isEqualTo(80);
  }

  @Test
  void ordered_widestSwingFirst_tiesInTheOrderMoved() {
    Tornado t =
        Tornado.ordered(
            Metric.CONTRIBUTION,
            List.of(row(0, 0, 10), row(1, -40, 40), row(2, 1, -3), row(3, 0, 10)));
    assertThat(t.rows().stream().map(Tornado.Row::index).toList()).containsExactly(1, 0, 3, 2);
  }

  @Test
  void unclear_onlyWhenBothIntervalsIncludeZero() {
    Tornado.Effect bothZero = new Tornado.Effect(d(0.5, -1, 2), d(-0.5, -2, 1));
    Tornado.Effect oneClear = new Tornado.Effect(d(0.5, -1, 2), d(3, 1, 5));
    assertThat(bothZero.unclear()).isTrue();
    assertThat(oneClear.unclear()).isFalse();
    assertThat(d(-3, -5, -1).clear()).isTrue();
  }
}
