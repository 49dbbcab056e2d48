package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.model.SalesModel;
import salesim.model.SalesParameters;
import salesim.scenario.ScenarioLoader;

/** The resource guard's estimate against measured runs, and its refusals (issue 8). */
final class WorkloadTest {

  private static final ScenarioLoader LOADER = new ScenarioLoader();

  private static SalesParameters load(String... sets) {
    return LOADER.load(Path.of("scenarios/reference.yaml"), List.of(sets)).parameters();
  }

  private static long measuredEvents(SalesParameters p) {
    SalesModel model = new SalesModel(p, 1, 0);
    model.run();
    return model.eventsFired();
  }

  @Test
  void estimate_boundsTheMeasuredEvents_fromAbove_withinAnOrderOfMagnitude() {
    List<SalesParameters> cases =
        List.of(
            load("calendar.months=12"),
            load("calendar.months=12", "inbound.leadsPerMonth=0", "team.reps=3"),
            load("calendar.months=6", "inbound.leadsPerMonth=2000", "team.reps=1"),
            load("calendar.months=6", "outbound.blockHours=0.1", "management.structure=SPLIT",
                "management.inboundReps=0", "inbound.leadsPerMonth=0"),
            load("calendar.months=6", "behaviour.idleCheckHours=0.05"));
    for (SalesParameters p : cases) {
      double estimate = Workload.eventsPerReplication(p);
      long measured = measuredEvents(p);
      assertThat((double) measured).isLessThanOrEqualTo(1.2 * estimate);
      // Conservative where idle checks are short (it assumes reps may idle all day, where reps
      // with a quota to make fill slack with prospecting): at most sixteen times too high.
      assertThat((double) measured).isGreaterThanOrEqualTo(estimate / 16);
    }
  }

  @Test
  void aDefaultRun_isAccepted() {
    Workload w = Workload.of(List.of(load()), 1000, 2);
    assertThat(w.refusal(512L << 20, 2)).isNull();
    // A million runs of the default company (the memory benchmark's scale) are accepted too.
    assertThat(Workload.of(List.of(load()), 1_000_000, 2).refusal(512L << 20, 2)).isNull();
  }

  @Test
  void aBillionRuns_areRefusedWithTheEstimateAndWhatToChange() {
    String refusal = Workload.of(List.of(load()), 1_000_000_000L, 2).refusal(1L << 30, 2);
    assertThat(refusal)
        .startsWith("1,000,000,000 replications of about 7")
        .contains("events each make about 7.")
        .contains("days on 2 thread(s) (the limit is 1.0e+11): lower --runs, or add --precision");
  }

  @Test
  void hugeTeams_andHugeLeadFlows_areRefused() {
    assertThat(Workload.of(List.of(load("team.reps=100000", "calendar.months=1200")), 1, 1)
            .refusal(1L << 30, 1))
        .startsWith("one replication would simulate about 2.")
        .contains("check team.reps, calendar.months, inbound.leadsPerMonth and its growth");
    // The largest lead flow the model accepts, for a century: fine once, absurd a hundred times.
    SalesParameters flood = load("inbound.leadsPerMonth=1000000", "calendar.months=1200");
    assertThat(Workload.of(List.of(flood), 1, 1).refusal(1L << 32, 1)).isNull();
    assertThat(Workload.of(List.of(flood), 100, 1).refusal(1L << 32, 1))
        .startsWith("100 replications of about 2.4e+09 events each make about 2.4e+11 events");
  }

  @Test
  void moreMemoryThanTheHeap_isRefused() {
    assertThat(Workload.of(List.of(load("calendar.months=1200")), 10, 64).refusal(16L << 20, 64))
        .startsWith("it would need about ")
        .contains("and the JVM may use 17 MB");
  }
}
