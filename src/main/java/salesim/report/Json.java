package salesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import salesim.experiment.ExperimentKind;
import salesim.experiment.HirePayback;
import salesim.experiment.MetricSummary;
import salesim.experiment.RunResult;
import salesim.scenario.Scenario;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Deterministic JSON output: indented, plain decimals, numbers rounded by {@link Numbers}. */
final class Json {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private Json() {}

  /**
   * The fields every summary.json opens with: what experiment wrote it, on which scenario, with
   * what runs, seed and horizon, and which {@code --set} overrides were applied to the files.
   */
  static ObjectNode header(
      ExperimentKind experiment, Scenario scenario, RunResult result, List<String> overrides) {
    ObjectNode root = NODES.objectNode();
    root.put("experiment", experiment.key());
    root.put("scenario", scenario.name());
    root.put("description", scenario.description());
    root.put("scenario_hash", scenario.hash());
    root.put("model_version", ProgramVersion.get());
    root.put("runs", result.runs());
    root.put("seed", result.seed());
    root.put("months", result.months());
    root.put("currency", scenario.parameters().finance().currency());
    root.put("common_random_numbers", experiment.paired());
    ArrayNode sets = root.putArray("overrides");
    overrides.forEach(sets::add);
    return root;
  }

  /** A number that may be undefined: NaN becomes null, never a non-finite number in a file. */
  static void putMaybe(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.putNull(field);
    } else {
      node.put(field, Numbers.decimal(value));
    }
  }

  /** A summary block: mean, sd, 95 % CI and percentiles. */
  static ObjectNode summary(MetricSummary s) {
    ObjectNode node = NODES.objectNode();
    node.put("mean", Numbers.decimal(s.mean()));
    node.put("sd", Numbers.decimal(s.sd()));
    node.put("ci95_low", Numbers.decimal(s.ci95Low()));
    node.put("ci95_high", Numbers.decimal(s.ci95High()));
    node.put("p5", Numbers.decimal(s.p5()));
    node.put("p25", Numbers.decimal(s.p25()));
    node.put("p50", Numbers.decimal(s.p50()));
    node.put("p75", Numbers.decimal(s.p75()));
    node.put("p95", Numbers.decimal(s.p95()));
    return node;
  }

  /**
   * The payback of an outbound hire over the runs that hired one: how many did, and the mean with
   * its 95 % CI (null where undefined). Its fields are not named "mean", so the workbook, which
   * lists every block with a mean as a metric's statistics, does not take it for one.
   */
  static ObjectNode hirePayback(HirePayback h) {
    ObjectNode node = NODES.objectNode();
    node.put("runs_hiring", h.runsHiring());
    putMaybe(node, "mean_months_among_hiring", h.mean());
    putMaybe(node, "ci95_low", h.ci95Low());
    putMaybe(node, "ci95_high", h.ci95High());
    return node;
  }

  /**
   * A copy of a tree with every floating-point number rounded by {@link Numbers}, so echoed
   * parameters print the same on every JDK.
   */
  static JsonNode stable(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        copy.set(e.getKey(), stable(e.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      for (JsonNode element : node) {
        copy.add(stable(element));
      }
      return copy;
    }
    if (node.isFloatingPointNumber()) {
      return NODES.numberNode(Numbers.decimal(node.doubleValue(), Numbers.PARAMETERS));
    }
    return node;
  }

  /** Writes a tree to a file, ending with a newline. */
  static void write(Path file, JsonNode tree) {
    try (Writer out = OutputFiles.writer(file)) {
      out.write(MAPPER.writeValueAsString(tree));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
