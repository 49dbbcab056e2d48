package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sweep report's findings state the break-even points and grid means of summary.json. */
final class SweepPageTest {

  private static final String CASE = "sweep-multiplier";

  @Test
  void findings_statePerLineWhereOutboundTurnsOnAndWhereContributionPeaks() {
    JsonNode root = GoldenFolders.json(CASE);
    Page page = SweepPage.build(GoldenFolders.summary(CASE), GoldenFolders.monthly(CASE));
    List<String> findings = page.findings();
    JsonNode breaks = root.get("break_even");
    assertThat(breaks).hasSize(2);
    for (int b = 0; b < breaks.size(); b++) {
      JsonNode be = breaks.get(b);
      String leads = be.get("at").get("inbound.leadsPerMonth").asString();
      String finding = findings.get(b);
      assertThat(finding)
          .startsWith("With Inbound leads = " + leads + ":")
          .contains(
              "contribution peaks at "
                  + Numbers.format(be.get("contribution_peaks_at").doubleValue())
                  + "\u00d7, at "
                  + Formats.money(be.get("peak_contribution_mean").doubleValue(), "USD")
                  + " (95 % CI "
                  + Formats.moneyRange(
                      be.get("peak_contribution_ci95_low").doubleValue(),
                      be.get("peak_contribution_ci95_high").doubleValue(),
                      "USD"));
      if (be.get("outbound_on_at_lowest").booleanValue()) {
        assertThat(finding).contains("at the lowest multiplier tried");
      } else {
        assertThat(finding)
            .contains(
                "Outbound turns on at "
                    + Numbers.format(be.get("outbound_turns_on_at").doubleValue())
                    + "\u00d7");
      }
    }
  }

  @Test
  void findings_stateEachLinesFirstAndLastMeans() {
    JsonNode grid = GoldenFolders.json(CASE).get("grid");
    Page page = SweepPage.build(GoldenFolders.summary(CASE), GoldenFolders.monthly(CASE));
    // Grid order is multiplier-major: points 0 and 2 share 120 leads, 1 and 3 share 480.
    for (int line = 0; line < 2; line++) {
      JsonNode first = grid.get(line).get("metrics");
      JsonNode last = grid.get(line + 2).get("metrics");
      String sentence = page.findings().get(2 + line);
      for (String metric : List.of("bookings_total", "contribution", "cost_of_sales")) {
        assertThat(sentence)
            .contains(
                Formats.money(first.get(metric).get("mean").doubleValue(), "USD")
                    + " to "
                    + Formats.money(last.get(metric).get("mean").doubleValue(), "USD"));
      }
    }
  }
}
