package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.model.MonthlyMetric;
import salesim.model.ReplicationResult;
import salesim.model.SalesModel;
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

  /**
   * The plans of a comparison start from the same customers, the baseline's, contract by
   * contract: at 480 leads a month a split team's own warm-up wins fewer deals than the mixed
   * team's, so the base it would draw alone differs. The baseline runs as it would alone, and a
   * plan whose segments differ cannot take the base and draws its own.
   */
  @Test
  void everyPlanStartsFromTheBaselinesCustomers() {
    List<String> busy = List.of("calendar.months=3", "inbound.leadsPerMonth=480");
    SalesParameters mixed = load("scenarios/mixed-flat.yaml", busy);
    SalesParameters split = load("scenarios/split-weighted.yaml", busy);
    List<String> renamed = new ArrayList<>(busy);
    renamed.add("segments[0].name=small");
    SalesParameters otherMarket = load("scenarios/split-weighted.yaml", renamed);
    for (long r = 0; r < 3; r++) {
      ReplicationResult[] runs = Replications.variants(List.of(mixed, split, otherMarket), 9, r);
      double base = runs[0].get(MonthlyMetric.ARR_BROUGHT_IN, 0);
      assertThat(base).isPositive();
      assertThat(runs[1].get(MonthlyMetric.ARR_BROUGHT_IN, 0)).isEqualTo(base);
      assertThat(SalesModel.run(split, 9, r).get(MonthlyMetric.ARR_BROUGHT_IN, 0))
          .as("the split team's own base")
          .isNotEqualTo(base);
      assertThat(runs[2].get(MonthlyMetric.ARR_BROUGHT_IN, 0))
          .isEqualTo(SalesModel.run(otherMarket, 9, r).get(MonthlyMetric.ARR_BROUGHT_IN, 0));
      assertThat(runs[0]).isEqualTo(SalesModel.run(mixed, 9, r));
    }
  }

  private static SalesParameters load(String file, List<String> settings) {
    return new ScenarioLoader().load(Path.of(file), settings).parameters();
  }

  private static List<ReplicationResult> collect(SalesParameters p, int threads) {
    List<ReplicationResult> results = new ArrayList<>();
    Replications.run(p, 5, 3, 17, threads, results::add);
    return results;
  }
}
