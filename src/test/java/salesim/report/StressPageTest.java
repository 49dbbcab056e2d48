package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The stress report's findings state summary.json's losses and recovery, censoring included. */
final class StressPageTest {

  private static final String CASE = "stress";

  @TempDir Path tmp;

  private static double stat(JsonNode block, String metric, String stat) {
    return block.get(metric).get(stat).doubleValue();
  }

  @Test
  void findings_stateTheNoShockOutcomeAndTheHardestShocksLoss() {
    JsonNode root = GoldenFolders.json(CASE);
    JsonNode base = root.get("no_shock").get("metrics");
    JsonNode shock = root.get("shocks").get(0);
    JsonNode stress = shock.get("stress");
    List<String> findings =
        StressPage.build(GoldenFolders.summary(CASE), GoldenFolders.monthly(CASE)).findings();
    assertThat(findings.get(0))
        .contains(Formats.money(stat(base, "bookings_total", "mean"), "USD"))
        .contains(
            "between "
                + Formats.money(stat(base, "bookings_total", "p5"), "USD")
                + " and "
                + Formats.money(stat(base, "bookings_total", "p95"), "USD"))
        .contains(Formats.money(stat(base, "contribution", "mean"), "USD"));
    assertThat(findings.get(1))
        .startsWith("The hardest shock is " + shock.get("shock").asString())
        .contains(Formats.money(stat(stress, "bookings_lost", "mean"), "USD") + " of bookings")
        .contains(
            Formats.percent(
                stat(stress, "bookings_lost", "mean") / stat(base, "bookings_total", "mean")))
        .contains(Formats.money(stat(stress, "contribution_lost", "mean"), "USD"));
  }

  @Test
  void recovery_isStatedWhenMostRunsRecover_andCensoredWhenFewerThanHalfDo() {
    JsonNode root = GoldenFolders.json(CASE);
    JsonNode stress = root.get("shocks").get(0).get("stress");
    assertThat(stat(stress, "regained_run_rate", "mean")).isGreaterThanOrEqualTo(0.5);
    List<String> findings =
        StressPage.build(GoldenFolders.summary(CASE), GoldenFolders.monthly(CASE)).findings();
    assertThat(findings.get(2))
        .contains(
            Formats.decimals(stat(stress, "months_to_regain_run_rate", "mean"), 1)
                + " months on average (median "
                + Formats.decimals(stat(stress, "months_to_regain_run_rate", "p50"), 0)
                + ")");

    // The same file, but with only a third of the runs back at their run rate.
    ObjectNode edited = (ObjectNode) root.deepCopy();
    ((ObjectNode) edited.get("shocks").get(0).get("stress").get("regained_run_rate"))
        .put("mean", 1.0 / 3);
    List<String> censored =
        StressPage.build(GoldenFolders.summary(tmp, edited), GoldenFolders.monthly(CASE))
            .findings();
    assertThat(censored.get(2))
        .contains("in most runs bookings are not back at their pre-shock run rate by the end");
  }
}
