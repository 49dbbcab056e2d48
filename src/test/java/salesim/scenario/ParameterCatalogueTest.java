package salesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import salesim.scenario.ParameterCatalogue.Assumption;
import salesim.scenario.ParameterCatalogue.Entry;
import salesim.scenario.ParameterCatalogue.Grade;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue covers every setting a scenario can have, and every modelling assumption (grade D)
 * carries a plausible range around its default, the range issue 16's audit moves it over.
 */
final class ParameterCatalogueTest {

  private static final ParameterCatalogue CATALOGUE = ParameterCatalogue.load();

  private static JsonNode tree(String file) {
    return ScenarioWriter.toTree(new ScenarioLoader().load(Path.of("scenarios", file)));
  }

  /** The failures of a catalogue over one scenario tree: missing entries, D without a range. */
  private static List<String> problems(ParameterCatalogue catalogue, JsonNode tree) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> leaf : ParameterCatalogue.leaves(tree).entrySet()) {
      String path = leaf.getKey();
      Entry e = catalogue.entry(path, tree);
      if (e == null) {
        problems.add(path + ": no entry");
        continue;
      }
      if (e.grade() != Grade.D) {
        continue;
      }
      if (!leaf.getValue().isNumber()) {
        problems.add(path + ": grade D but not a number, so no range can be audited");
        continue;
      }
      String element = element(path, tree);
      double value = leaf.getValue().doubleValue();
      double low = e.low(element);
      double high = e.high(element);
      if (!(low <= value && value <= high)) {
        problems.add(path + ": grade D range " + low + " .. " + high + " misses " + value);
      }
      if (e.basis().isBlank()) {
        problems.add(path + ": grade D without a basis");
      }
    }
    return problems;
  }

  private static String element(String path, JsonNode tree) {
    String label = CATALOGUE.label(path, tree);
    Entry e = CATALOGUE.entry(path, tree);
    return label.equals(e.label()) ? "" : label.substring(label.lastIndexOf(", ") + 2);
  }

  @Test
  void everyLeafOfTheReferenceScenario_hasAnEntry_andEveryAssumptionARangeAroundItsDefault() {
    JsonNode reference = tree("reference.yaml");
    assertThat(ParameterCatalogue.leaves(reference)).hasSizeGreaterThan(100);
    assertThat(problems(CATALOGUE, reference)).isEmpty();
  }

  @Test
  void everyLeafOfEveryLibraryScenarioAndShock_hasAnEntry() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      s.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    try (Stream<Path> s = Files.list(Path.of("scenarios", "shocks"))) {
      s.sorted().forEach(files::add);
    }
    ScenarioLoader loader = new ScenarioLoader();
    for (Path file : files) {
      JsonNode tree = ScenarioWriter.toTree(loader.load(file));
      assertThat(problems(CATALOGUE, tree)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void theTest_failsForAMissingEntry_andForARangeThatMissesTheDefault() {
    String reference = "calendar: {months: 36}\nbehaviour: {choiceTemperature: 0.13, priorHours: 60}\n";
    ParameterCatalogue broken =
        ParameterCatalogue.parse(
            "calendar.months: {label: Horizon, unit: months, grade: input}\n"
                + "behaviour.choiceTemperature: {label: T, unit: share of hourly base pay,"
                + " grade: D, low: 0.2, high: 0.3, basis: b}\n",
            reference);
    JsonNode tree = Mappers.readTree(Mappers.forFile("x.yaml"), reference);
    assertThat(problems(broken, tree))
        .containsExactly(
            "behaviour.choiceTemperature: grade D range 0.2 .. 0.3 misses 0.13",
            "behaviour.priorHours: no entry");
  }

  @Test
  void labels_nameTheListElement_andUnitsPrintTheScenariosCurrency() {
    JsonNode reference = tree("reference.yaml");
    assertThat(CATALOGUE.label("segments[1].dealValueMean", reference))
        .isEqualTo("Deal value (ACV), mid-market");
    assertThat(CATALOGUE.label("pipeline.outbound[3].exitProbability", reference))
        .isEqualTo("Outbound deals lost at the stage, buying-group consensus");
    assertThat(CATALOGUE.label("comp.commission.outboundMultiplier"))
        .isEqualTo("Outbound commission multiplier");
    assertThat(CATALOGUE.unit("comp.baseMonthly", reference, "SEK")).isEqualTo("SEK per month");
    assertThat(CATALOGUE.label("no.such.path", reference)).isEqualTo("no.such.path");
  }

  @Test
  void anElementsOwnEntry_overridesThePattern() {
    JsonNode reference = tree("reference.yaml");
    assertThat(CATALOGUE.entry("segments[1].dealValueMean", reference).grade())
        .isEqualTo(Grade.B);
    assertThat(CATALOGUE.entry("segments[2].dealValueMean", reference).grade())
        .isEqualTo(Grade.D);
    assertThat(CATALOGUE.entry("segments[].dealValueMean").key())
        .isEqualTo("segments[].dealValueMean");
  }

  @Test
  void assumptions_areTheReferencesGradeDLeaves_withTheirRanges() {
    List<Assumption> all = CATALOGUE.assumptions();
    assertThat(all)
        .extracting(Assumption::path)
        .contains("behaviour.choiceTemperature", "segments[2].accounts");
    Assumption enterprise =
        all.stream().filter(a -> a.path().equals("segments[2].accounts")).findFirst().orElseThrow();
    assertThat(enterprise.label()).isEqualTo("Prospectable accounts, enterprise");
    assertThat(enterprise.base()).isEqualTo(600);
    assertThat(enterprise.low()).isEqualTo(200);
    assertThat(enterprise.high()).isEqualTo(1500);
    for (Assumption a : all) {
      assertThat(a.low()).as(a.path()).isLessThanOrEqualTo(a.base());
      assertThat(a.high()).as(a.path()).isGreaterThanOrEqualTo(a.base());
      assertThat(CATALOGUE.entry(a.path()).grade()).isEqualTo(Grade.D);
    }
    assertThat(all).extracting(Assumption::path).doesNotContain("calendar.months", "team.reps");
  }

  @Test
  void aBadGrade_isRefusedWithTheKey() {
    assertThatThrownBy(
            () -> ParameterCatalogue.parse("x.y: {label: L, unit: u, grade: E}\n", "x: {y: 1}\n"))
        .hasMessageContaining("x.y: grade must be A, B, C, D or input (got E)");
  }
}
