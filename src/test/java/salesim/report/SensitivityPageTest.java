package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.model.Metric;
import salesim.scenario.ParameterCatalogue;
import tools.jackson.databind.JsonNode;

/** The tornado report's findings follow summary.json's order and state its effects. */
final class SensitivityPageTest {

  private static final String CASE = "sensitivity";

  @Test
  void findings_nameTheParametersInTornadoOrder_withTheirEffects() {
    JsonNode rows = GoldenFolders.json(CASE).get("tornado");
    Page page = SensitivityPage.build(GoldenFolders.summary(CASE), GoldenFolders.monthly(CASE));
    List<String> findings = page.findings();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      JsonNode effect = row.get("effects").get("contribution");
      assertThat(findings.get(i))
          .startsWith(i == 0 ? "The result is most sensitive to" : "Next comes")
          .contains(label(row.get("parameter").asString()))
          .contains(
              "changes contribution by "
                  + Formats.difference(
                      effect.get("low").get("mean").doubleValue(), Metric.CONTRIBUTION, "USD"))
          .contains(
              "by "
                  + Formats.difference(
                      effect.get("high").get("mean").doubleValue(), Metric.CONTRIBUTION, "USD"));
    }
  }

  @Test
  void findings_closeWithTheLeastInfluentialParameterAndItsSwing() {
    JsonNode rows = GoldenFolders.json(CASE).get("tornado");
    JsonNode last = rows.get(rows.size() - 1);
    JsonNode effect = last.get("effects").get("contribution");
    double swing =
        Math.abs(
            effect.get("high").get("mean").doubleValue()
                - effect.get("low").get("mean").doubleValue());
    Page page = SensitivityPage.build(GoldenFolders.summary(CASE), GoldenFolders.monthly(CASE));
    assertThat(page.findings().get(page.findings().size() - 1))
        .isEqualTo(
            "The least influential of the "
                + rows.size()
                + " assumptions tried is "
                + label(last.get("parameter").asString())
                + " (swing "
                + Formats.metric(swing, Metric.CONTRIBUTION, "USD")
                + ").");
  }

  private static String label(String path) {
    return ParameterCatalogue.load().label(path);
  }

  @Test
  void theAssumptionsAreNamedInPlainWords_theirPathsKeptInAMethodNote() {
    Page page = SensitivityPage.build(GoldenFolders.summary(CASE), GoldenFolders.monthly(CASE));
    assertThat(page.method())
        .anyMatch(
            note ->
                note.contains("Inbound leads: inbound.leadsPerMonth")
                    && note.contains("Connect rate: outbound.connectRate"));
    assertThat(page.plans().get(1).rows().get(0).cells().get(0))
        .isEqualTo("Inbound leads (leads per month)\ninbound.leadsPerMonth");
  }
}
