package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which combinations a lever design runs, and the orderings a sampled one follows. */
final class LeverDesignTest {

  private static List<Lever> levers(int n) {
    List<Lever> levers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      levers.add(new Lever("l" + i, "lever " + i, List.of("p" + i), Lever.USER, ""));
    }
    return levers;
  }

  @Test
  void factorial_runsEveryCombination_baseFirst_otherSecond() {
    LeverDesign d = LeverDesign.factorial(levers(4));
    assertThat(d.variants()).isEqualTo(16);
    assertThat(d.subset(0)).isZero();
    assertThat(d.subset(1)).isEqualTo(15);
    Set<Long> seen = new HashSet<>();
    for (int v = 0; v < d.variants(); v++) {
      seen.add(d.subset(v));
      if (v > 2) {
        assertThat(Long.bitCount(d.subset(v)))
            .isGreaterThanOrEqualTo(Long.bitCount(d.subset(v - 1)));
      }
    }
    assertThat(seen).hasSize(16);
  }

  @Test
  void auto_isTheFactorialUpToFiveLevers_andSampledOrderingsBeyond() {
    assertThat(LeverDesign.auto(levers(5), 8, 1).method()).isEqualTo(LeverDesign.Method.FACTORIAL);
    assertThat(LeverDesign.auto(levers(6), 8, 1).method()).isEqualTo(LeverDesign.Method.SHAPLEY);
  }

  @Test
  void sampledOrderings_comeInDistinctAntitheticPairs_fromTheSeed() {
    LeverDesign d = LeverDesign.shapley(levers(8), 10, 3);
    List<int[]> orderings = d.orderings();
    assertThat(orderings).hasSize(10);
    assertThat(d.exhaustive()).isFalse();
    Set<String> distinct = new HashSet<>();
    for (int p = 0; p < orderings.size(); p += 2) {
      int[] a = orderings.get(p);
      int[] b = orderings.get(p + 1);
      int[] sorted = a.clone();
      Arrays.sort(sorted);
      assertThat(sorted).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
      for (int i = 0; i < a.length; i++) {
        assertThat(b[i]).isEqualTo(a[a.length - 1 - i]);
      }
      distinct.add(Arrays.toString(a));
      distinct.add(Arrays.toString(b));
    }
    assertThat(distinct).hasSize(10);
    // Along each ordering: BASE, one lever more at a time, OTHER; at most 10 × 7 + 2 combinations.
    assertThat(d.variants()).isLessThanOrEqualTo(10 * 7 + 2);
    assertThat(d.subset(0)).isZero();
    assertThat(d.subset(1)).isEqualTo(255);
    List<int[]> again = LeverDesign.shapley(levers(8), 10, 3).orderings();
    for (int i = 0; i < orderings.size(); i++) {
      assertThat(again.get(i)).containsExactly(orderings.get(i));
    }
    assertThat(LeverDesign.shapley(levers(8), 10, 4).orderings().get(0))
        .isNotEqualTo(orderings.get(0));
  }

  @Test
  void sampledOrderings_useEveryOrdering_whenThereAreNoMore() {
    LeverDesign d = LeverDesign.shapley(levers(3), 8, 1);
    assertThat(d.exhaustive()).isTrue();
    assertThat(d.orderings()).hasSize(6);
    assertThat(d.variants()).isEqualTo(8);
  }

  @Test
  void orderings_areAnEvenNumber_ofAtLeastFour() {
    assertThatThrownBy(() -> LeverDesign.shapley(levers(7), 5, 1))
        .hasMessageContaining("even number, at least 4");
    assertThatThrownBy(() -> LeverDesign.shapley(levers(7), 2, 1))
        .hasMessageContaining("even number, at least 4");
  }
}
