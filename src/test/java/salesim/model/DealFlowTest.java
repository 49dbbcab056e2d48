package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import salesim.kernel.stat.Tally;
import salesim.model.base.Source;

final class DealFlowTest {

  /**
   * A deal whose first stage needs more effort than anyone can give stalls at the stage's end and
   * every stall day after, and is lost to neglect after the last allowed stall: so it is lost, on
   * average, the stage's mean duration plus maxStalls × stallDays after it opened.
   */
  @Test
  void neglectedDeals_stallThenAreLost_atTheStageMeanPlusTheStalls() {
    SalesParameters p =
        Scenarios.reference("calendar.months=12", "segments[0].cycleFactor=1",
            "segments[1].cycleFactor=1", "segments[2].cycleFactor=1",
            "pipeline.inbound[0].effortHours=500");
    Map<Long, Double> openedAt = new HashMap<>();
    Tally life = new Tally();
    long[] won = new long[1];
    History history =
        new History() {
          @Override
          public void opportunityOpened(long id, double time, Source source, int segment,
              double value, int person, long lead) {
            // Deals opened well before the horizon have all closed by it: no censoring.
            if (source == Source.INBOUND && time < 150) {
              openedAt.put(id, time);
            }
          }

          @Override
          public void opportunityClosed(long id, double time, boolean isWon) {
            Double opened = openedAt.remove(id);
            if (opened != null) {
              if (isWon) {
                won[0]++;
              } else {
                life.add(time - opened);
              }
            }
          }
        };
    double lostToNeglect = 0;
    for (int r = 0; r < 8; r++) {
      SalesModel model = new SalesModel(p, 6, r);
      model.setHistory(history);
      ReplicationResult result = model.run();
      lostToNeglect += result.get(Metric.DEALS_LOST_NEGLECT);
    }
    assertThat(won[0]).isZero();
    // Departures hand deals over; a deal lost with no heir also counts as neglect.
    assertThat(lostToNeglect).isGreaterThanOrEqualTo(life.count());
    var pipeline = p.pipeline();
    double expected = pipeline.inbound().get(0).meanDays() + pipeline.maxStalls() * pipeline.stallDays();
    assertThat(life.count()).isGreaterThan(400);
    assertThat(life.mean())
        .as("mean life %s ± %s", life.mean(), life.standardError())
        .isCloseTo(expected, within(4 * life.standardError()));
  }
}
