package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.kernel.random.RandomStream;
import salesim.model.Metric;

/**
 * The attribution's arithmetic on games whose Shapley values are known, without simulating: the
 * value of each combination of levers is a function of its bit set (and of the replication, for
 * noise), fed to {@link Attribution} as a replication's values would be.
 */
final class AttributionTest {

  private static final List<Metric> ONE = List.of(Metric.BOOKINGS_TOTAL);

  private static List<Lever> levers(int n) {
    List<Lever> levers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      levers.add(new Lever("l" + i, "lever " + i, List.of("p" + i), Lever.USER, ""));
    }
    return levers;
  }

  /** Feeds {@code runs} replications of a game, value(replication, mask), to an attribution. */
  private static Attribution play(LeverDesign design, int runs, Game game) {
    Attribution a = Attribution.of(design, ONE);
    double[] values = new double[design.variants()];
    for (int r = 0; r < runs; r++) {
      for (int v = 0; v < values.length; v++) {
        values[v] = game.value(r, design.subset(v));
      }
      a.add(0, values);
    }
    return a;
  }

  @FunctionalInterface
  interface Game {
    double value(int replication, long mask);
  }

  @Test
  void twoLevers_shareTheirInteractionEqually_andTheIndexIsIt() {
    // v(∅) = 0, v(a) = 3, v(b) = 5, v(ab) = 3 + 5 + 4: each gets its own effect and half of 4.
    double[] v = {0, 3, 5, 12};
    Attribution a = play(LeverDesign.factorial(levers(2)), 3, (r, m) -> v[(int) m]);
    assertThat(a.share(Metric.BOOKINGS_TOTAL, 0).mean()).isEqualTo(5.0);
    assertThat(a.share(Metric.BOOKINGS_TOTAL, 1).mean()).isEqualTo(7.0);
    assertThat(a.interaction(Metric.BOOKINGS_TOTAL, 0).mean()).isEqualTo(4.0);
    assertThat(a.total(Metric.BOOKINGS_TOTAL).mean()).isEqualTo(12.0);
  }

  @Test
  void gloveGame_hasItsTextbookShapleyValues() {
    // Lever 0 is needed, and one of levers 1 and 2: Shapley values 2/3, 1/6, 1/6.
    Game glove = (r, m) -> (m & 1) != 0 && (m & 6) != 0 ? 1.0 : 0.0;
    Attribution a = play(LeverDesign.factorial(levers(3)), 2, glove);
    assertThat(a.share(Metric.BOOKINGS_TOTAL, 0).mean()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(a.share(Metric.BOOKINGS_TOTAL, 1).mean()).isCloseTo(1.0 / 6, within(1e-15));
    assertThat(a.share(Metric.BOOKINGS_TOTAL, 2).mean()).isCloseTo(1.0 / 6, within(1e-15));
  }

  @Test
  void interactionIndex_isThePairsOwnSynergy_andZeroForPairsWithoutOne() {
    // Only levers 0 and 1 together are worth anything: I_01 = 7, I_02 = I_12 = 0.
    Game pair = (r, m) -> (m & 3) == 3 ? 7.0 : 0.0;
    LeverDesign design = LeverDesign.factorial(levers(3));
    Attribution a = play(design, 2, pair);
    List<int[]> pairs = design.pairs();
    for (int p = 0; p < pairs.size(); p++) {
      boolean synergy = pairs.get(p)[0] == 0 && pairs.get(p)[1] == 1;
      assertThat(a.interaction(Metric.BOOKINGS_TOTAL, p).mean()).isEqualTo(synergy ? 7.0 : 0.0);
    }
  }

  /** Random games: values of every magnitude and sign, higher-order interactions, noise. */
  private static Game randomGame(long seed, int levers) {
    RandomStream structure = new RandomStream(seed);
    double[] base = new double[1 << levers];
    for (int m = 0; m < base.length; m++) {
      double magnitude = Math.pow(10, structure.uniform(-3, 12));
      base[m] = structure.bernoulli(0.5) ? magnitude : -magnitude;
    }
    return (r, m) -> base[(int) m] * (1 + 0.3 * new RandomStream(seed * 31 + r).standardNormal());
  }

  @Test
  void shares_addUpToTheTotal_exactly_inEveryReplication_underBothDesigns() {
    for (int l = 1; l <= 6; l++) {
      for (LeverDesign design :
          List.of(LeverDesign.factorial(levers(l)), LeverDesign.shapley(levers(l), 8, 7))) {
        Attribution a = play(design, 50, randomGame(100 + l, l));
        Attribution.Additivity check = a.additivity(Metric.BOOKINGS_TOTAL);
        assertThat(check.checked()).as("levers %d, %s", l, design.method()).isEqualTo(50);
        assertThat(check.failed()).as("levers %d, %s", l, design.method()).isZero();
        assertThat(check.exact()).isTrue();
        // The printed doubles are each rounded once: their sum is off by a few ulps at most.
        double sum = 0;
        double size = 0;
        for (Estimate e : a.shares(Metric.BOOKINGS_TOTAL)) {
          sum += e.mean();
          size += Math.abs(e.mean());
        }
        assertThat(sum)
            .isCloseTo(a.total(Metric.BOOKINGS_TOTAL).mean(), within(1e-12 * (1 + size)));
      }
    }
  }

  @Test
  void aLeverThatChangesNothing_getsExactlyZero_andNoInteraction() {
    // Lever 1 is a dummy: switching it never changes the value, whatever else is switched.
    Game game = randomGame(5, 4);
    Game dummy = (r, m) -> game.value(r, m & ~2L);
    for (LeverDesign design :
        List.of(LeverDesign.factorial(levers(4)), LeverDesign.shapley(levers(4), 6, 3))) {
      Attribution a = play(design, 40, dummy);
      Estimate share = a.share(Metric.BOOKINGS_TOTAL, 1);
      assertThat(share.mean()).as(design.method().key()).isZero();
      assertThat(share.ci95Low()).isZero();
      assertThat(share.ci95High()).isZero();
      List<int[]> pairs = design.pairs();
      for (int p = 0; p < pairs.size(); p++) {
        if (pairs.get(p)[0] == 1 || pairs.get(p)[1] == 1) {
          assertThat(a.interaction(Metric.BOOKINGS_TOTAL, p).mean()).isZero();
        }
      }
    }
  }

  @Test
  void additiveLevers_factorialAndSampledShapley_agreeWithTheMainEffects() {
    // Each lever adds its own noisy amount, independent of the others: no interaction at all.
    double[] effect = {3e5, -1.2e5, 4e4, 0, 7e5, -2e3, 9e4};
    int l = effect.length;
    Game additive =
        (r, m) -> {
          RandomStream noise = new RandomStream(1000 + r);
          double v = 1e7 * (1 + 0.1 * noise.standardNormal());
          for (int i = 0; i < l; i++) {
            double e = effect[i] * (1 + 0.2 * noise.standardNormal());
            v += (m & (1L << i)) != 0 ? e : 0;
          }
          return v;
        };
    Attribution factorial = play(LeverDesign.factorial(levers(l)), 200, additive);
    Attribution sampled = play(LeverDesign.shapley(levers(l), 8, 11), 200, additive);
    for (int i = 0; i < l; i++) {
      Estimate f = factorial.share(Metric.BOOKINGS_TOTAL, i);
      Estimate s = sampled.share(Metric.BOOKINGS_TOTAL, i);
      double se = s.halfWidth() / 1.97;
      assertThat(s.mean())
          .as("lever %d", i)
          .isCloseTo(f.mean(), within(1e-6 * Math.abs(f.mean()) + 1e-6));
      assertThat(Math.abs(s.mean() - effect[i]))
          .as("lever %d", i)
          .isLessThanOrEqualTo(4 * se + 1e-9);
    }
    // The interactions are rounding only: the order of summation, a billionth of the values.
    for (int p = 0; p < LeverDesign.factorial(levers(l)).pairs().size(); p++) {
      assertThat(factorial.clearInteraction(Metric.BOOKINGS_TOTAL, p)).isFalse();
      assertThat(Math.abs(factorial.interaction(Metric.BOOKINGS_TOTAL, p).mean()))
          .isLessThanOrEqualTo(factorial.roundingFloor(Metric.BOOKINGS_TOTAL));
    }
  }

  @Test
  void sampledOrderings_estimateTheFactorialValues_withinTheirStandardError() {
    // A game with pairwise and three-way interactions, which sampled orderings do not get exactly.
    int l = 7;
    RandomStream s = new RandomStream(42);
    double[] main = new double[l];
    double[][] pair = new double[l][l];
    double triple = 5e4;
    for (int i = 0; i < l; i++) {
      main[i] = s.uniform(-1e5, 1e5);
      for (int j = 0; j < l; j++) {
        pair[i][j] = s.uniform(-3e4, 3e4);
      }
    }
    Game game =
        (r, m) -> {
          RandomStream noise = new RandomStream(7000 + r);
          double v = 2e6 * (1 + 0.05 * noise.standardNormal());
          for (int i = 0; i < l; i++) {
            if ((m & (1L << i)) == 0) {
              continue;
            }
            v += main[i] * (1 + 0.1 * noise.standardNormal());
            for (int j = i + 1; j < l; j++) {
              v += (m & (1L << j)) != 0 ? pair[i][j] : 0;
            }
          }
          return (m & 7) == 7 ? v + triple : v;
        };
    Attribution exact = play(LeverDesign.factorial(levers(l)), 300, game);
    // 20 orderings, the default: ten antithetic pairs, the units of the ordering error.
    Attribution sampled = play(LeverDesign.shapley(levers(l), 20, 5), 300, game);
    for (int i = 0; i < l; i++) {
      Estimate e = exact.share(Metric.BOOKINGS_TOTAL, i);
      Estimate est = sampled.share(Metric.BOOKINGS_TOTAL, i);
      // The interval's half-width is about two standard errors; three of them is the bound.
      double se = est.halfWidth() / 2;
      assertThat(Math.abs(est.mean() - e.mean())).as("lever %d", i).isLessThanOrEqualTo(3 * se);
      assertThat(sampled.orderingError(Metric.BOOKINGS_TOTAL, i)).isPositive();
    }
  }

  @Test
  void aMetricUndefinedInSomeVariant_isLeftOutOfThatReplication_andCounted() {
    LeverDesign design = LeverDesign.factorial(levers(2));
    Attribution a = Attribution.of(design, ONE);
    a.add(0, new double[] {1, 2, 3, 4});
    a.add(0, new double[] {1, Double.NaN, 3, 4});
    a.add(0, new double[] {1, 2, Double.POSITIVE_INFINITY, 4});
    Attribution.Additivity check = a.additivity(Metric.BOOKINGS_TOTAL);
    assertThat(check.checked()).isEqualTo(1);
    assertThat(check.undefined()).isEqualTo(2);
    assertThat(a.total(Metric.BOOKINGS_TOTAL).n()).isEqualTo(1);
  }

  @Test
  void checkpoint_restoresExactly_soAResumedAttributionEndsTheSame() throws Exception {
    LeverDesign design = LeverDesign.shapley(levers(6), 8, 2);
    Game game = randomGame(9, 6);
    Attribution whole = play(design, 60, game);
    Attribution first = play(design, 25, game);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    first.checkpoint(new java.io.DataOutputStream(bytes));
    Attribution resumed = Attribution.of(design, ONE);
    resumed.restore(
        new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    double[] values = new double[design.variants()];
    for (int r = 25; r < 60; r++) {
      for (int v = 0; v < values.length; v++) {
        values[v] = game.value(r, design.subset(v));
      }
      resumed.add(0, values);
    }
    for (int i = 0; i < 6; i++) {
      assertThat(resumed.share(Metric.BOOKINGS_TOTAL, i))
          .isEqualTo(whole.share(Metric.BOOKINGS_TOTAL, i));
    }
    assertThat(resumed.additivity(Metric.BOOKINGS_TOTAL))
        .isEqualTo(whole.additivity(Metric.BOOKINGS_TOTAL));
  }
}
