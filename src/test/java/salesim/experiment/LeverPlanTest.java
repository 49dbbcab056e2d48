package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;
import salesim.scenario.SettingDifference;

/** The scenarios an explanation runs, and levers that cannot be applied apart. */
final class LeverPlanTest {

  private static final ScenarioLoader LOADER = new ScenarioLoader();

  @Test
  void everyCombination_isTheBasePlanWithThoseLeversOfTheOther_andAllOfThemIsTheOther() {
    Scenario base = LOADER.load(Path.of("scenarios/mixed-flat.yaml"));
    Scenario other = LOADER.load(Path.of("scenarios/split-weighted.yaml"));
    List<SettingDifference> d = SettingDifference.between(base, other);
    LeverPlan plan =
        LeverPlan.of(LOADER, base, other, Levers.group(d, List.of()), LeverPlan.Choice.AUTO, 20, 1);
    assertThat(plan.merges()).isEmpty();
    assertThat(plan.scenarios()).hasSize(1 << plan.levers().size());
    assertThat(plan.scenarios().get(0)).isSameAs(base);
    assertThat(plan.scenarios().get(1)).isSameAs(other);
    for (int v = 2; v < plan.scenarios().size(); v++) {
      Scenario s = plan.scenarios().get(v);
      // Exactly the settings of the switched levers differ from the base.
      List<String> switched =
          plan.design().leversOf(v).stream()
              .flatMap(i -> plan.levers().get(i).settings().stream())
              .toList();
      assertThat(SettingDifference.between(base, s).stream().map(SettingDifference::path))
          .as(s.name())
          .containsExactlyInAnyOrderElementsOf(switched);
    }
  }

  @Test
  void aCombinationThatDoesNotValidate_mergesItsLevers_andSaysWhy() {
    // A three-rep mixed team against an eight-rep team split 4 inbound / 4 outbound: the split
    // alone would put four inbound reps on a team of three, which the model refuses.
    Scenario base = LOADER.load(Path.of("scenarios/mixed-flat.yaml"), List.of("team.reps=3"));
    Scenario other = LOADER.load(Path.of("scenarios/split-weighted.yaml"));
    List<SettingDifference> d = SettingDifference.between(base, other);
    List<Lever> levers = Levers.group(d, List.of());
    assertThat(levers).extracting(Lever::name).contains("team_structure", "staffing");
    LeverPlan plan = LeverPlan.of(LOADER, base, other, levers, LeverPlan.Choice.AUTO, 20, 1);
    assertThat(plan.merges()).hasSize(1);
    LeverPlan.Merge merge = plan.merges().get(0);
    assertThat(merge.merged()).containsExactlyInAnyOrder("team_structure", "staffing");
    assertThat(merge.reason()).contains("management.inboundReps").contains("team.reps");
    Lever merged =
        plan.levers().stream().filter(l -> l.name().equals(merge.into())).findFirst().orElseThrow();
    assertThat(merged.origin()).isEqualTo(Lever.MERGED);
    assertThat(merged.settings()).contains("management.structure", "team.reps");
    assertThat(plan.scenarios()).hasSize(1 << plan.levers().size());
    assertThat(plan.scenarios().get(1).parameters()).isEqualTo(other.parameters());
  }

  @Test
  void aComparisonsPair_isBaseAndOtherOnly() {
    Scenario base = LOADER.load(Path.of("scenarios/mixed-flat.yaml"));
    Scenario other = LOADER.load(Path.of("scenarios/split-weighted.yaml"));
    LeverPlan plan = LeverPlan.pair(LOADER, base, other, SettingDifference.between(base, other));
    assertThat(plan.scenarios()).containsExactly(base, other);
  }
}
