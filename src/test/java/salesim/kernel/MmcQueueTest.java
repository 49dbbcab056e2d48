package salesim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import salesim.kernel.random.RandomStreams;
import salesim.kernel.stat.Tally;

/**
 * The kernel against queueing theory: independent replications of M/M/1 and M/M/c give mean
 * wait, P(wait) and the mean number in system that match Erlang C within four standard errors
 * (computed across replications), and obey Little's law L = λW.
 */
final class MmcQueueTest {

  private static final int REPLICATIONS = 30;
  private static final double WARM_UP = 2_000.0;
  private static final double HORIZON = 40_000.0;
  /** Four standard errors: a fixed seed makes the test deterministic, and 4 SE is not a loose band. */
  private static final double Z = 4.0;

  @ParameterizedTest(name = "M/M/{2}, lambda={0}, mu={1}")
  @CsvSource({"0.9, 1.0, 1", "0.5, 1.0, 1", "3.2, 1.0, 4", "8.0, 1.0, 10"})
  void matchesErlangC_andLittlesLaw(double lambda, double mu, int servers) {
    Tally meanWait = new Tally();
    Tally waitProbability = new Tally();
    Tally meanInSystem = new Tally();
    Tally littleGap = new Tally();
    for (int r = 0; r < REPLICATIONS; r++) {
      MmcQueue queue =
          new MmcQueue(new Simulation(), RandomStreams.of(42, r), lambda, mu, servers)
              .run(WARM_UP, HORIZON);
      meanWait.add(queue.waits.mean());
      waitProbability.add((double) queue.delayed / queue.arrivalsCounted);
      double l = queue.inSystem.average(HORIZON);
      meanInSystem.add(l);
      double arrivalRate = queue.arrivalsCounted / (HORIZON - WARM_UP);
      littleGap.add(l - arrivalRate * queue.sojourns.mean());
    }

    double a = lambda / mu;
    double pWait = MmcQueue.erlangC(servers, a);
    double wq = pWait / (servers * mu - lambda);
    double l = lambda * (wq + 1.0 / mu);

    assertWithinStandardErrors("mean wait", meanWait, wq);
    assertWithinStandardErrors("P(wait)", waitProbability, pWait);
    assertWithinStandardErrors("L", meanInSystem, l);
    assertWithinStandardErrors("L - lambda W", littleGap, 0.0);
    // Not vacuous: the bands are narrow relative to the quantities tested.
    assertThat(Z * meanWait.standardError()).isLessThan(0.1 * wq);
    assertThat(Z * meanInSystem.standardError()).isLessThan(0.1 * l);
  }

  private static void assertWithinStandardErrors(String what, Tally tally, double expected) {
    assertThat(tally.mean())
        .as("%s: mean %s, se %s, expected %s", what, tally.mean(), tally.standardError(), expected)
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(Z * tally.standardError()));
  }

  @org.junit.jupiter.api.Test
  void erlangC_knownValues() {
    // M/M/1: P(wait) = rho.
    assertThat(MmcQueue.erlangC(1, 0.9)).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
    // c = 2, a = 1: P0 = 1/3, C = a^2/2 * 1/(1-1/2) * P0 = 1/3.
    assertThat(MmcQueue.erlangC(2, 1.0)).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
  }
}
