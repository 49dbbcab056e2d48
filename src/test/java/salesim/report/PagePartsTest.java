package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.scenario.ScenarioLoader;
import salesim.scenario.ScenarioWriter;
import tools.jackson.databind.JsonNode;

/** The plans side by side: settings named in plain words, and only the ones that do something. */
final class PagePartsTest {

  private static JsonNode tree(String file, String... sets) {
    return ScenarioWriter.toTree(
        new ScenarioLoader().load(Path.of("scenarios", file), List.of(sets)));
  }

  private static List<String> differing(JsonNode a, JsonNode b) {
    Table differs = PageParts.plans(List.of("a", "b"), List.of(a, b), "").get(0);
    return differs.rows().stream().map(r -> r.cells().get(0)).toList();
  }

  @Test
  void whatDiffers_leavesOutASettingThatNeitherPlanUses() {
    // Two mixed teams that differ only in the size of an inbound team neither ever forms.
    List<String> rows =
        differing(
            tree("mixed-flat.yaml", "management.inboundReps=4"),
            tree("mixed-flat.yaml", "management.inboundReps=2"));
    assertThat(rows).containsExactly("(none: the scenarios' settings are identical)");
  }

  @Test
  void whatDiffers_keepsASettingOnePlanUses_andMarksItUnusedInTheOther() {
    JsonNode mixed = tree("mixed-flat.yaml", "management.inboundReps=2");
    JsonNode split = tree("split-flat.yaml");
    Table differs = PageParts.plans(List.of("mixed", "split"), List.of(mixed, split), "").get(0);
    Row inboundReps =
        differs.rows().stream()
            .filter(r -> r.cells().get(0).endsWith("\nmanagement.inboundReps"))
            .findFirst()
            .orElseThrow();
    assertThat(inboundReps.cells())
        .containsExactly(
            "Inbound reps after a split (reps)\nmanagement.inboundReps", "2\nnot used here", "4");
  }

  @Test
  void whatDiffers_dropsAReviewsSettingsWhenNeitherPlanReviews() {
    List<String> rows =
        differing(
            tree("reference.yaml", "management.review.patienceMonths=3"),
            tree("reference.yaml", "management.review.patienceMonths=9"));
    assertThat(rows).containsExactly("(none: the scenarios' settings are identical)");
    List<String> reviewed =
        differing(
            tree("reference.yaml", "management.review.kpi=ACTIVITY",
                "management.review.patienceMonths=3"),
            tree("reference.yaml", "management.review.kpi=ACTIVITY",
                "management.review.patienceMonths=9"));
    assertThat(reviewed)
        .containsExactly(
            "Months before the first review (months)\nmanagement.review.patienceMonths");
  }

  @Test
  void settingsCarryTheirUnit_moneyInTheScenariosCurrency() {
    List<String> rows =
        differing(
            tree("mixed-flat.yaml", "finance.currency=SEK", "comp.baseMonthly=50000"),
            tree("mixed-flat.yaml", "finance.currency=SEK", "comp.baseMonthly=60000"));
    assertThat(rows).containsExactly("Base salary (SEK per month)\ncomp.baseMonthly");
  }
}
