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
  void recovery_isTheShareAndMedianOfTheFile_andNotWithinTheHorizonWhenFewerThanHalfRecover() {
    JsonNode root = GoldenFolders.json(CASE);
    JsonNode recovery = root.get("shocks").get(0).get("recovery");
    // The golden file: fewer than half of the runs are back at their run rate.
    assertThat(recovery.get("median_run_recovers").booleanValue()).isFalse();
    List<String> findings =
        StressPage.build(GoldenFolders.summary(CASE), GoldenFolders.monthly(CASE)).findings();
    assertThat(findings.get(2))
        .isEqualTo(
            "Recovery is slowest after deep-v: only "
                + Formats.percent(recovery.get("share_recovered").doubleValue())
                + " of runs are back at their pre-shock run rate by the end of the 24-month"
                + " horizon, so recovery is not within the horizon.");

    // The same file, but with four of the six runs back at their run rate after 7.5 months.
    ObjectNode edited = (ObjectNode) root.deepCopy();
    ObjectNode block = (ObjectNode) edited.get("shocks").get(0).get("recovery");
    block
        .put("runs_recovered", 4)
        .put("share_recovered", 4.0 / 6)
        .put("median_months_among_recovered", 7.5)
        .put("median_run_recovers", true);
    List<String> recovered =
        StressPage.build(GoldenFolders.summary(tmp, edited), GoldenFolders.monthly(CASE))
            .findings();
    assertThat(recovered.get(2))
        .isEqualTo(
            "Recovery is slowest after deep-v: 66.7 % of runs are back at their pre-shock run rate"
                + " within the horizon, after a median of 8 months among them.");
  }

  @Test
  void aShockStillOnAtTheHorizon_isWarnedOf_andItsRecoveryFiguresMarked() {
    ObjectNode edited = (ObjectNode) GoldenFolders.json(CASE).deepCopy();
    ObjectNode block = (ObjectNode) edited.get("shocks").get(0).get("recovery");
    block.put("shock_end_month", 24).put("shock_ends_before_horizon", false);
    Page page = StressPage.build(GoldenFolders.summary(tmp, edited), GoldenFolders.monthly(CASE));
    assertThat(page.findings())
        .contains(
            "Warning: deep-v (to month 24) does not end before the 24-month horizon, so recovery"
                + " from it cannot be seen in full; the recovery figures marked \u2021 count only"
                + " what happened by then.");
    Page.Row row = page.tables().get(0).rows().get(1);
    assertThat(row.cells().get(0)).isEqualTo("deep-v\n\u2021 on to month 24");
    assertThat(row.cells().get(4)).endsWith(" \u2021");
    assertThat(row.cells().get(5)).endsWith(" \u2021");
  }
}
