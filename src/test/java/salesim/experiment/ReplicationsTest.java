package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;
import salesim.scenario.ScenarioLoader;

final class ReplicationsTest {

  @Test
  void anyThreadCount_deliversTheSameResultsInReplicationOrder() {
    SalesParameters p =
        new ScenarioLoader()
            .load(Path.of("scenarios/split-weighted.yaml"), List.of("calendar.months=6"))
            .parameters();
    List<ReplicationResult> one = collect(p, 1);
    for (int threads : new int[] {2, 4}) {
      List<ReplicationResult> many = collect(p, threads);
      assertThat(many).isEqualTo(one);
    }
    for (int i = 0; i < one.size(); i++) {
      assertThat(one.get(i).replication()).isEqualTo(3 + i);
    }
  }

  private static List<ReplicationResult> collect(SalesParameters p, int threads) {
    List<ReplicationResult> results = new ArrayList<>();
    Replications.run(p, 5, 3, 17, threads, results::add);
    return results;
  }
}
