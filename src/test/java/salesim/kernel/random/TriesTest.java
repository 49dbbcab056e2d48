package salesim.kernel.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property runner that replaced jqwik: every try runs, and a failure can be replayed. */
final class TriesTest {

  @Test
  void check_runsEveryTry_withInputsThatDependOnlyOnSeedAndTry() {
    List<Long> first = new ArrayList<>();
    List<Long> again = new ArrayList<>();
    Tries.check("TriesTest", 7, 50, random -> first.add(random.nextLong()));
    Tries.check("TriesTest", 7, 50, random -> again.add(random.nextLong()));
    assertThat(first).hasSize(50).doesNotHaveDuplicates().isEqualTo(again);
    assertThat(Tries.stream(7, 31).nextLong()).isEqualTo(first.get(31));
  }

  @Test
  void failure_namesItsSeedAndTry_andTheReplayCommand() {
    long target = Tries.stream(7, 12).nextLong();
    assertThatThrownBy(
            () ->
                Tries.check(
                    "TriesTest",
                    7,
                    50,
                    random -> assertThat(random.nextLong()).isNotEqualTo(target)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "TriesTest: try 12 of 50 failed (seed 7). Replay it alone: mvn -B -ntp test"
                + " -Dtest=TriesTest -Dsalesim.tries.seed=7 -Dsalesim.tries.replay=12")
        .hasCauseInstanceOf(AssertionError.class);
  }

  @Test
  void jqwik_isNotOnTheTestClasspath() {
    assertThatThrownBy(() -> Class.forName("net.jqwik.api.Property"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void replay_runsOnlyTheNamedTry() {
    List<Long> drawn = new ArrayList<>();
    System.setProperty("salesim.tries.replay", "12");
    try {
      Tries.check("TriesTest", 7, 50, random -> drawn.add(random.nextLong()));
    } finally {
      System.clearProperty("salesim.tries.replay");
    }
    assertThat(drawn).containsExactly(Tries.stream(7, 12).nextLong());
  }
}
