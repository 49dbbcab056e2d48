package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is created or lost by the bookkeeping. Each replication checks its own invariants
 * (leads end in exactly one state, rep hours by activity sum to paid capacity, accounts and deals
 * balance) and throws if one fails; these tests run the library and the shock files through it,
 * and check the money identities from outside, deal by deal.
 */
final class ConservationTest {

  static Stream<String> scenarioFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<String> shockFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios/shocks"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void libraryScenario_conservesLeadsHoursAccountsDealsAndMoney(String file) {
    checkMoney(Scenarios.file(file, "calendar.months=24"));
  }

  @ParameterizedTest
  @MethodSource("shockFiles")
  void underEachShock_invariantsHold(String shock) {
    // The shock files are partial scenarios: apply one to split-weighted through --set.
    var shockScenario =
        new salesim.scenario.ScenarioLoader().load(Path.of("scenarios/shocks", shock), List.of());
    var shocks = shockScenario.parameters().shocks();
    assertThat(shocks).isNotEmpty();
    SalesParameters base = Scenarios.file("split-weighted.yaml");
    SalesParameters shocked = base.withShocks(shocks);
    checkMoney(shocked);
  }

  /**
   * Bookings are the won deals' values and commission is the plan applied to each won deal,
   * recomputed from outside by {@link DealReplay} (so a lost deal that paid anything, a deal paid
   * at the wrong rate or a quota period that does not restart would all show).
   */
  private static void checkMoney(SalesParameters parameters) {
    for (int r = 0; r < 3; r++) {
      SalesModel model = new SalesModel(parameters, 11, r);
      DealReplay deals = new DealReplay(parameters);
      model.setHistory(deals);
      ReplicationResult result = model.run();
      double tolerance = 1e-6 * Math.max(1.0, result.get(Metric.BOOKINGS_TOTAL));
      assertThat(result.get(Metric.BOOKINGS_INBOUND)).isCloseTo(deals.bookedInbound, within(tolerance));
      assertThat(result.get(Metric.BOOKINGS_OUTBOUND))
          .isCloseTo(deals.bookedOutbound, within(tolerance));
      assertThat(result.get(Metric.BOOKINGS_TOTAL))
          .isCloseTo(deals.bookedInbound + deals.bookedOutbound, within(tolerance));
      assertThat(deals.won).as("deals won, not vacuous").isPositive();
      assertThat(result.get(Metric.COMMISSION_TOTAL)).isCloseTo(deals.commission, within(tolerance));
      assertThat(result.get(Metric.DEALS_WON_INBOUND) + result.get(Metric.DEALS_WON_OUTBOUND))
          .isEqualTo(deals.won);
      LoadedCosts.check(parameters, result, tolerance);
      for (int k = 0; k < Metric.count(); k++) {
        assertThat(Double.isFinite(result.get(Metric.at(k)))).isTrue();
      }
    }
  }
}
