package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class BeliefsTest {

  @Test
  void beliefs_startAtThePrior_moveWithResults_andFadeWithTheMemory() {
    Replication r = new Replication(Scenarios.reference("behaviour.memoryMonths=6"), 1, 0);
    Beliefs beliefs = new Beliefs(r, 2);
    assertThat(beliefs.meetingsPerHour(0, 0.05, 60)).isEqualTo(0.05);
    beliefs.prospected(0, 60);
    for (int i = 0; i < 9; i++) {
      beliefs.meetingBooked(0);
    }
    // Equal weight to 60 prior hours at 0.05 and 60 lived hours at 0.15: 0.10.
    assertThat(beliefs.meetingsPerHour(0, 0.05, 60)).isCloseTo(0.10, within(1e-12));
    assertThat(beliefs.meetingsPerHour(1, 0.05, 60)).as("another rep's beliefs").isEqualTo(0.05);
    beliefs.forget();
    double keep = Math.exp(-1.0 / 6);
    assertThat(beliefs.meetingsPerHour(0, 0.05, 60))
        .isCloseTo((3 + 9 * keep) / (60 + 60 * keep), within(1e-12));
    beliefs.answered(1, 0.5);
    beliefs.qualified(1);
    assertThat(beliefs.qualification(1, 0.35, 80)).isCloseTo((28 + 1) / 80.5, within(1e-12));
    beliefs.reset(0);
    assertThat(beliefs.meetingsPerHour(0, 0.05, 60)).isEqualTo(0.05);
  }
}
