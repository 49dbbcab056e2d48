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

  @Test
  void cfoPage_saysWhatTheHardestShockCostsInArrAndTotalValue_fromThePairedDifferences() {
    JsonNode root = GoldenFolders.json(CASE);
    JsonNode paired = root.get("shocks").get(0).get("paired_differences");
    double arr = stat(root.get("no_shock").get("metrics"), "arr_end", "mean");
    Page page = StressPage.build(GoldenFolders.summary(CASE), GoldenFolders.monthly(CASE));
    Page.Section cfo = page.sections().get(0);
    assertThat(cfo.id()).isEqualTo(CfoPage.ID);
    JsonNode a = paired.get("arr_end");
    JsonNode v = paired.get("total_value");
    assertThat(a.get("ci95_high").doubleValue()).as("the golden shock clearly costs ARR").isNegative();
    assertThat(cfo.findings().get(1))
        .isEqualTo(
            "The hardest shock, deep-v, leaves "
                + Formats.money(-a.get("mean").doubleValue(), "USD")
                + " less ARR at the horizon (95 % CI of the loss "
                + Formats.moneyRange(
                    -a.get("ci95_high").doubleValue(), -a.get("ci95_low").doubleValue(), "USD")
                + "; "
                + Formats.percent(-a.get("mean").doubleValue() / arr)
                + " of the no-shock ARR) and "
                + Formats.money(-v.get("mean").doubleValue(), "USD")
                + " less total value at the horizon (95 % CI of the loss "
                + Formats.moneyRange(
                    -v.get("ci95_high").doubleValue(), -v.get("ci95_low").doubleValue(), "USD")
                + ").");
    Page.Row row = cfo.tables().get(0).rows().get(0);
    assertThat(row.cells().get(0)).isEqualTo("deep-v");
    assertThat(row.cells().get(2))
        .startsWith(
            Formats.money(-paired.get("net_new_arr").get("mean").doubleValue(), "USD") + "\n95 % CI ")
        .doesNotContain("noise");
    assertThat(cfo.findings())
        .noneMatch(f -> f.contains("within the noise"));
    // The golden plan hires no hunter, shocked or not: no payback, and the placeholder named.
    assertThat(root.get("no_shock").get(SummaryJson.HIRE_PAYBACK).get("runs_hiring").asLong())
        .isZero();
    assertThat(cfo.findings().get(cfo.findings().size() - 1))
        .isEqualTo(
            "Without a shock the plan hires no hunter in any run, nor under any shock, so there is"
                + " no payback of an outbound hire to report (the model then writes the horizon, 24"
                + " months, into outbound_hire_payback_months as a placeholder).");
  }

  @Test
  void cfoPage_hirePayback_withoutAShockAndUnderTheShocks_overTheRunsThatHired() {
    ObjectNode edited = (ObjectNode) GoldenFolders.json(CASE).deepCopy();
    ((ObjectNode) edited.get("no_shock").get(SummaryJson.HIRE_PAYBACK))
        .put("runs_hiring", 4)
        .put("mean_months_among_hiring", 7.4)
        .put("ci95_low", 5.5)
        .put("ci95_high", 9.0);
    ((ObjectNode) edited.get("shocks").get(0).get(SummaryJson.HIRE_PAYBACK))
        .put("runs_hiring", 1)
        .put("mean_months_among_hiring", 11.0);
    Page page = StressPage.build(GoldenFolders.summary(tmp, edited), GoldenFolders.monthly(CASE));
    List<String> findings = page.sections().get(0).findings();
    assertThat(findings.get(findings.size() - 1))
        .isEqualTo(
            "Without a shock a hunter hired into an outbound seat pays back her loaded cost from"
                + " the margin on her bookings after 7.4 months on average (95 % CI 5.5\u20139.0),"
                + " over the 4 of 6 runs that hired one; under the shocks, after 11.0 months (the"
                + " range of their means). A hunter not paid back by the horizon counts at her"
                + " months so far, so these are lower bounds.");
  }

  @Test
  void cfoPage_aShockWhoseArrLossSpansZero_isWithinTheNoise() {
    ObjectNode edited = (ObjectNode) GoldenFolders.json(CASE).deepCopy();
    ObjectNode a =
        (ObjectNode) edited.get("shocks").get(0).get("paired_differences").get("arr_end");
    a.put("mean", -40000.0).put("ci95_low", -90000.0).put("ci95_high", 10000.0);
    Page page = StressPage.build(GoldenFolders.summary(tmp, edited), GoldenFolders.monthly(CASE));
    List<String> findings = page.sections().get(0).findings();
    assertThat(findings.get(1))
        .startsWith(
            "The hardest shock, deep-v, leaves a change in ARR at the horizon of \u2212USD 40.0 k"
                + " that is within the noise (95 % CI of the loss \u2212USD 10.0 k to USD 90.0 k)");
    assertThat(findings)
        .contains(
            "What deep-v costs in ARR at the horizon is within the noise: the 95 % CI of the"
                + " paired difference spans zero.");
    assertThat(page.sections().get(0).tables().get(0).rows().get(0).cells().get(1))
        .endsWith(", within the noise");
  }

  @Test
  void anOutputWrittenBeforeArr_getsNoCfoPage_andTheMethodSaysWhy() {
    ObjectNode edited = (ObjectNode) GoldenFolders.json(CASE).deepCopy();
    ((ObjectNode) edited.get("no_shock").get("metrics")).remove("arr_end");
    Page page = StressPage.build(GoldenFolders.summary(tmp, edited), GoldenFolders.monthly(CASE));
    assertThat(page.sections()).isEmpty();
    assertThat(page.method()).contains(CfoPage.MISSING);
  }
}
