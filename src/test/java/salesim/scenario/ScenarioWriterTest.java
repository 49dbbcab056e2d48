package salesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import salesim.model.SalesParameters;
import salesim.model.comp.Commission;
import salesim.model.market.ColdOutreach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

final class ScenarioWriterTest {

  private static final ScenarioLoader LOADER = new ScenarioLoader();

  @TempDir Path dir;

  static Stream<Scenario> scenarios() throws IOException {
    List<Scenario> all = new ArrayList<>();
    all.add(LOADER.loadDefaults());
    for (Path file : (Iterable<Path>) ScenarioLoaderTest.scenarioFiles()::iterator) {
      all.add(LOADER.load(file));
    }
    // Variants, optional fields and lists the reference does not use.
    all.add(
        LOADER.load(
            Path.of("scenarios/reference.yaml"),
            List.of(
                "comp.commission={type: weighted, rate: 0.04, outboundMultiplier: 6}",
                "inbound.decay={curve: custom, floor: 0.05, tauHours: 0.75}",
                "inbound.seasonality=[1, 1, 1.2, 1, 1, 0.8, 0.7, 0.8, 1, 1.1, 1.2, 1]",
                "management.structure=split",
                "shocks=[{name: dip, startMonth: 6, durationMonths: 4.5, shape: double_dip,"
                    + " recovery: 0.5, inboundLeads: 0.7, connectRate: 0.9, meetingRate: 0.9,"
                    + " winRateInbound: 0.8, winRateOutbound: 0.8, dealValue: 0.9,"
                    + " cycleLength: 1.2, budgetFreezeChance: 0.1}]")));
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void toJson_readBack_givesEqualParametersAndHash(Scenario scenario) throws IOException {
    Path file = dir.resolve("written.json");
    Files.writeString(file, ScenarioWriter.toJson(scenario));

    Scenario reread = LOADER.load(file);

    assertThat(reread.parameters()).isEqualTo(scenario.parameters());
    assertThat(reread.name()).isEqualTo(scenario.name());
    assertThat(reread.description()).isEqualTo(scenario.description());
    assertThat(reread.hash()).isEqualTo(scenario.hash());
  }

  @Test
  void toTree_keys_followRecordComponentOrder() {
    ObjectNode tree = ScenarioWriter.toTree(LOADER.loadDefaults());

    List<String> top = new ArrayList<>(List.of("name", "description"));
    top.addAll(componentNames(SalesParameters.class));
    assertThat(tree.propertyNames()).containsExactlyElementsOf(top);
    assertThat(tree.get("outbound").propertyNames())
        .containsExactlyElementsOf(componentNames(ColdOutreach.class));
  }

  @Test
  void toTree_variant_writesItsTypeFirst() throws IOException {
    Scenario weighted =
        LOADER.load(
            Path.of("scenarios/reference.yaml"),
            List.of("comp.commission={type: weighted, rate: 0.05, outboundMultiplier: 3}"));

    JsonNode commission = ScenarioWriter.toTree(weighted).get("comp").get("commission");

    assertThat(commission.propertyNames())
        .containsExactlyElementsOf(concat("type", componentNames(Commission.Weighted.class)));
    assertThat(commission.get("type").stringValue()).isEqualTo("weighted");
  }

  @Test
  void toJson_isCompactAndOmitsNulls() {
    String json = ScenarioWriter.toJson(LOADER.loadDefaults());

    assertThat(json).startsWith("{\"name\":\"reference\",\"description\":\"Mid-market");
    assertThat(json).contains("\"decay\":{\"curve\":\"hbr-2011\"}");
    assertThat(json).doesNotContain("null").doesNotContain("\n");
  }

  @Test
  void hash_isTheSha256OfTheCanonicalJson() throws NoSuchAlgorithmException {
    Scenario scenario = LOADER.loadDefaults();

    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(ScenarioWriter.toJson(scenario).getBytes(StandardCharsets.UTF_8));

    assertThat(scenario.hash()).isEqualTo(HexFormat.of().formatHex(digest));
  }

  @Test
  void hash_dependsOnTheResolvedValuesNotTheirSpelling() throws IOException {
    Path spelled = dir.resolve("spelled.yaml");
    Files.writeString(
        spelled, "name: reference\ncalendar: {months: 36.0}\nmanagement: {structure: mixed}\n");
    Scenario defaults = LOADER.loadDefaults();

    Scenario same = LOADER.load(spelled, List.of("description=" + quoted(defaults.description())));
    Scenario other = LOADER.load(spelled, List.of("calendar.months=48"));

    assertThat(same.hash()).isEqualTo(defaults.hash());
    assertThat(other.hash()).isNotEqualTo(defaults.hash());
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static List<String> componentNames(Class<?> record) {
    List<String> names = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      names.add(component.getName());
    }
    return names;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }
}
