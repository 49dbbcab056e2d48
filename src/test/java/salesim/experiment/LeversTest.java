package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;
import salesim.scenario.SettingDifference;

/** The settings that differ between two plans, grouped into levers. */
final class LeversTest {

  private static final ScenarioLoader LOADER = new ScenarioLoader();

  private static List<SettingDifference> between(String base, String other) {
    Scenario a = LOADER.load(Path.of("scenarios", base));
    Scenario b = LOADER.load(Path.of("scenarios", other));
    return SettingDifference.between(a, b);
  }

  private static List<String> all(List<Lever> levers) {
    List<String> settings = new ArrayList<>();
    levers.forEach(l -> settings.addAll(l.settings()));
    return settings;
  }

  @Test
  void theEssaysBeforeAndAfter_fallIntoTheDefaultGroups_eachSettingOnce() {
    List<SettingDifference> d = between("mixed-flat.yaml", "split-weighted.yaml");
    List<Lever> levers = Levers.group(d, List.of());
    assertThat(levers).extracting(Lever::name).containsSubsequence("team_structure", "pay_plan");
    assertThat(levers).extracting(Lever::name).contains("reviews", "patience");
    assertThat(all(levers))
        .containsExactlyInAnyOrderElementsOf(d.stream().map(SettingDifference::path).toList());
    Lever pay = levers.stream().filter(l -> l.name().equals("pay_plan")).findFirst().orElseThrow();
    // The weighted plan's multiplier exists only under the weighted plan: it moves with the type.
    assertThat(pay.settings())
        .contains("comp.commission.type", "comp.commission.outboundMultiplier");
    SettingDifference multiplier =
        d.stream()
            .filter(s -> s.path().equals("comp.commission.outboundMultiplier"))
            .findFirst()
            .orElseThrow();
    assertThat(multiplier.onlyInOther()).isTrue();
    assertThat(multiplier.tiedTo()).isEqualTo("comp.commission.type");
  }

  @Test
  void aUserLever_takesItsSettings_andTheRestGoToTheDefaults() {
    List<SettingDifference> d = between("mixed-flat.yaml", "split-weighted.yaml");
    List<Lever> levers =
        Levers.group(
            d,
            List.of(
                LeverSpec.parse(
                    "patient-activity=management.review.kpi,management.review.patienceMonths")));
    assertThat(levers.get(0).name()).isEqualTo("patient-activity");
    assertThat(levers.get(0).origin()).isEqualTo(Lever.USER);
    assertThat(levers.get(0).settings())
        .containsExactly("management.review.kpi", "management.review.patienceMonths");
    assertThat(levers).extracting(Lever::name).doesNotContain("reviews", "patience");
    assertThat(all(levers)).doesNotHaveDuplicates().hasSize(d.size());
  }

  @Test
  void aUserLever_byPrefix_takesEverySettingUnderIt() {
    List<SettingDifference> d = between("mixed-flat.yaml", "split-weighted.yaml");
    List<Lever> levers = Levers.group(d, List.of(LeverSpec.parse("management=management")));
    assertThat(levers.get(0).settings())
        .allMatch(p -> p.startsWith("management."))
        .contains("management.structure", "management.review.kpi");
  }

  @Test
  void badLevers_areRefused_withWhatToDo() {
    List<SettingDifference> d = between("mixed-flat.yaml", "split-weighted.yaml");
    assertThatThrownBy(() -> Levers.group(d, List.of(LeverSpec.parse("x=comp.baseMonthly"))))
        .hasMessageContaining("comp.baseMonthly is not a setting that differs")
        .hasMessageContaining("management.structure");
    assertThatThrownBy(
            () ->
                Levers.group(
                    d,
                    List.of(
                        LeverSpec.parse("a=management.review"),
                        LeverSpec.parse("b=management.review.kpi"))))
        .hasMessageContaining("already in lever a");
    assertThatThrownBy(() -> Levers.group(d, List.of(LeverSpec.parse("pay_plan=comp"))))
        .hasMessageContaining("name of a default group");
    assertThatThrownBy(
            () -> Levers.group(d, List.of(LeverSpec.parse("k=comp.commission.outboundMultiplier"))))
        .hasMessageContaining("go together");
    assertThatThrownBy(() -> LeverSpec.parse("nopaths")).hasMessageContaining("NAME=path");
    assertThatThrownBy(() -> LeverSpec.parse("1x=comp")).hasMessageContaining("a lever's name");
  }
}
