package salesim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.cli.Main;
import salesim.scenario.ParametersJson;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;
import salesim.scenario.ScenarioWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spark brings Jackson 2 and jackson-module-scala; salesim reads and writes with Jackson 3
 * ({@code tools.jackson}). The two share only jackson-annotations. With Spark on the classpath
 * and its Jackson 2 in use, scenario loading, the parameters' JSON and the outputs still work,
 * and Spark's Scala module accepts the Jackson 2 the build resolves (it refuses other minors).
 */
final class JacksonCoexistenceTest {

  @TempDir Path tmp;

  @Test
  void sparksJackson2WithScalaModule_worksBesideJackson3() throws IOException {
    // The Scala module checks at registration that jackson-databind is its own minor version.
    ObjectMapper jackson2 = new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("some", scala.Option.apply(3));
    value.put("none", scala.Option.empty());
    assertThat(jackson2.writeValueAsString(value)).isEqualTo("{\"some\":3,\"none\":null}");

    // Jackson 3 after Jackson 2 in the same JVM: every library scenario loads, and its
    // parameters survive the JSON trip the Spark engine sends them on.
    ScenarioLoader loader = new ScenarioLoader();
    try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        if (file.startsWith(Path.of("scenarios", "shocks"))) {
          continue; // shock files are fragments, loaded by stress
        }
        Scenario scenario = loader.load(file);
        assertThat(ParametersJson.read(ParametersJson.write(scenario.parameters())))
            .as(file.toString())
            .isEqualTo(scenario.parameters());
        assertThat(ScenarioWriter.toJson(scenario)).contains("\"name\":\"" + scenario.name());
      }
    }
  }

  @Test
  void outputs_writtenByJackson3_readTheSameWithSparksJackson2() throws IOException {
    Path out = tmp.resolve("run");
    assertThat(
            Main.execute("run", "scenarios/split-weighted.yaml", "--runs", "3", "--set",
                "calendar.months=6", "--threads", "1", "--out", out.toString(), "--quiet"))
        .isZero();
    Path summary = out.resolve("summary.json");
    var viaJackson3 = JsonMapper.builder().build().readTree(summary.toFile());
    var viaJackson2 = new ObjectMapper().readTree(summary.toFile());
    for (String metric : List.of("bookings_total", "contribution", "outbound_hours_share")) {
      assertThat(viaJackson2.at("/metrics/" + metric + "/mean").doubleValue())
          .as(metric)
          .isEqualTo(viaJackson3.at("/metrics/" + metric + "/mean").doubleValue())
          .isNotZero();
    }
    assertThat(viaJackson2.get("scenario").asText()).isEqualTo("split-weighted");
  }
}
