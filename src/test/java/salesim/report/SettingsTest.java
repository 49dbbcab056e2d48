package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which settings "What differs" may list: only those that can change a plan's outcome. */
final class SettingsTest {

  private static JsonNode plan(String structure, int inboundReps, String kpi, String sizing) {
    String json =
        """
        {"management": {"structure": "%s", "inboundReps": %d,
          "review": {"kpi": "%s"}, "sizing": {"mode": "%s"}}}
        """
            .formatted(structure, inboundReps, kpi, sizing);
    return JsonMapper.builder().build().readTree(json);
  }

  @Test
  void theResultsBar_mattersUnderResultsAndPipelineReviews_only() {
    String bar = "management.review.resultsPayback";
    assertThat(Settings.matters(bar, plan("MIXED", 0, "RESULTS", "NONE"))).isTrue();
    assertThat(Settings.matters(bar, plan("MIXED", 0, "PIPELINE", "NONE"))).isTrue();
    assertThat(Settings.matters(bar, plan("MIXED", 0, "ACTIVITY", "NONE"))).isFalse();
    assertThat(Settings.matters(bar, plan("MIXED", 0, "NONE", "NONE"))).isFalse();
  }

  @Test
  void theTargetUtilisation_mattersWheneverASplitTeamIsSizedFromItsLoad() {
    String target = "management.splitWhenReady.targetUtilization";
    assertThat(Settings.matters(target, plan("SPLIT", 4, "NONE", "REBALANCE"))).isTrue();
    assertThat(Settings.matters(target, plan("SPLIT", 0, "NONE", "NONE"))).isTrue();
    assertThat(Settings.matters(target, plan("SPLIT", 4, "NONE", "NONE"))).isFalse();
    assertThat(Settings.matters(target, plan("MIXED", 0, "NONE", "REBALANCE"))).isFalse();
  }

  @Test
  void theStaffingReview_mattersForASplitTeam_andItsCapOnlyWhenItHires() {
    assertThat(Settings.matters("management.sizing.mode", plan("SPLIT", 4, "NONE", "NONE"))).isTrue();
    assertThat(Settings.matters("management.sizing.mode", plan("MIXED", 0, "NONE", "HIRE"))).isFalse();
    assertThat(Settings.matters("management.sizing.everyMonths", plan("SPLIT", 4, "NONE", "NONE")))
        .isFalse();
    assertThat(Settings.matters("management.sizing.maxReps", plan("SPLIT", 4, "NONE", "REBALANCE")))
        .isFalse();
    assertThat(Settings.matters("management.sizing.maxReps", plan("SPLIT", 4, "NONE", "HIRE")))
        .isTrue();
  }
}
