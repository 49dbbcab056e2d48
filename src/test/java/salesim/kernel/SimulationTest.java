package salesim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SimulationTest {

  @Test
  void run_firesUpToAndIncludingTheStopTime_thenReadsTheStopTime() {
    Simulation simulation = new Simulation();
    List<Double> times = new ArrayList<>();
    simulation.schedule(1.0, 0, 0);
    simulation.schedule(2.0, 0, 0);
    simulation.schedule(2.5, 0, 0);
    simulation.run((kind, target) -> times.add(simulation.now()), 2.0);
    assertThat(times).containsExactly(1.0, 2.0);
    assertThat(simulation.now()).isEqualTo(2.0);
    assertThat(simulation.pending()).isEqualTo(1);
    simulation.run((kind, target) -> times.add(simulation.now()), 10.0);
    assertThat(times).containsExactly(1.0, 2.0, 2.5);
    assertThat(simulation.now()).isEqualTo(10.0);
  }

  @Test
  void cancel_dropsOnlyEarlierSchedulesOfThatKindAndTarget() {
    Simulation simulation = new Simulation();
    List<String> fired = new ArrayList<>();
    simulation.schedule(1.0, 1, 7);
    simulation.schedule(1.0, 2, 7);
    simulation.schedule(1.0, 1, 8);
    simulation.cancel(1, 7);
    simulation.schedule(3.0, 1, 7);
    simulation.run((kind, target) -> fired.add(kind + ":" + target), 10.0);
    assertThat(fired).containsExactly("2:7", "1:8", "1:7");
    assertThat(simulation.eventsFired()).isEqualTo(3);
    assertThat(simulation.eventsDropped()).isEqualTo(1);
  }

  @Test
  void handlerMaySchedule_andStopEndsTheRunAfterTheCurrentEvent() {
    Simulation simulation = new Simulation();
    int[] count = {0};
    simulation.schedule(0.0, 0, 0);
    simulation.run(
        (kind, target) -> {
          if (++count[0] == 5) {
            simulation.stop();
          }
          simulation.schedule(1.0, 0, 0);
        },
        100.0);
    assertThat(count[0]).isEqualTo(5);
    assertThat(simulation.now()).isEqualTo(4.0);
  }

  @Test
  void schedulingInThePast_isRefused() {
    Simulation simulation = new Simulation();
    simulation.schedule(5.0, 0, 0);
    simulation.run((kind, target) -> {}, 5.0);
    assertThatThrownBy(() -> simulation.scheduleAt(4.0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> simulation.schedule(-1.0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> simulation.schedule(Double.NaN, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
