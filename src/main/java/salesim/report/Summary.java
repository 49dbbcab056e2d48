package salesim.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import salesim.experiment.ExperimentKind;
import salesim.experiment.HirePayback;
import salesim.experiment.MetricSummary;
import salesim.experiment.PairedDifference;
import salesim.report.chart.Interval;
import salesim.report.chart.MalformedOutputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * summary.json read back, with checked access: a missing or mistyped field is reported as {@code
 * summary.json: scenarios[1].metrics.contribution: missing mean}, never as a null pointer. Which
 * experiment wrote the file is read from its {@code experiment} field, which {@code Json.header}
 * writes first in every summary.
 */
final class Summary {

  /** The file's name in an output folder. */
  static final String FILE = "summary.json";

  // Floats as BigDecimal: echoed parameters print exactly as the file has them.
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final JsonNode root;
  private final ExperimentKind kind;

  private Summary(JsonNode root, ExperimentKind kind) {
    this.root = root;
    this.kind = kind;
  }

  /** Reads and classifies the file. */
  static Summary read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new MalformedOutputException(
          FILE, "missing: this is not a finished salesim output folder");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(file);
    } catch (JacksonException e) {
      throw new MalformedOutputException(FILE, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new MalformedOutputException(FILE, "expected a JSON object");
    }
    JsonNode field = root.get("experiment");
    if (field == null || !field.isString()) {
      throw new MalformedOutputException(
          FILE,
          "experiment: missing, or not text (run, compare, sweep, stress, sensitivity or explain)");
    }
    ExperimentKind kind = ExperimentKind.forKey(field.stringValue());
    if (kind == null) {
      throw new MalformedOutputException(
          FILE,
          "experiment: \"" + field.stringValue()
              + "\" is not run, compare, sweep, stress, sensitivity or explain");
    }
    return new Summary(root, kind);
  }

  ExperimentKind kind() {
    return kind;
  }

  JsonNode root() {
    return root;
  }

  /** A child object. */
  static JsonNode object(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    if (child == null || !child.isObject()) {
      throw missing(where, field, "an object");
    }
    return child;
  }

  /** A child array. */
  static List<JsonNode> array(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    if (child == null || !child.isArray()) {
      throw missing(where, field, "a list");
    }
    List<JsonNode> items = new ArrayList<>();
    child.forEach(items::add);
    return items;
  }

  /** A text field. */
  static String text(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    if (child == null || !child.isString()) {
      throw missing(where, field, "text");
    }
    return child.stringValue();
  }

  /** A text field that may be absent. */
  static String text(JsonNode node, String field, String where, String otherwise) {
    JsonNode child = node.get(field);
    return child == null || child.isNull() ? otherwise : text(node, field, where);
  }

  /** A number field. */
  static double number(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    if (child == null || !child.isNumber()) {
      throw missing(where, field, "a number");
    }
    return child.doubleValue();
  }

  /** A number field that may be absent or null (NaN then). */
  static double numberOrNaN(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    return child == null || child.isNull() ? Double.NaN : number(node, field, where);
  }

  /** A whole-number field. */
  static long whole(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    if (child == null || !child.isIntegralNumber()) {
      throw missing(where, field, "a whole number");
    }
    return child.longValue();
  }

  /** A metric block's statistics, checked complete. */
  static Stats stats(JsonNode metrics, String metric, String where) {
    JsonNode block = object(metrics, metric, where);
    String at = where + "." + metric;
    return new Stats(
        number(block, "mean", at),
        number(block, "ci95_low", at),
        number(block, "ci95_high", at),
        number(block, "p5", at),
        number(block, "p50", at),
        number(block, "p95", at));
  }

  /** A metric block read back whole into the experiment's own record; {@code n} is the runs. */
  static MetricSummary summary(JsonNode metrics, String metric, String where, long n) {
    JsonNode block = object(metrics, metric, where);
    String at = where + "." + metric;
    return new MetricSummary(
        n,
        number(block, "mean", at),
        number(block, "sd", at),
        number(block, "ci95_low", at),
        number(block, "ci95_high", at),
        number(block, "p5", at),
        number(block, "p25", at),
        number(block, "p50", at),
        number(block, "p75", at),
        number(block, "p95", at));
  }

  /** A paired difference block, read back into the experiment's own record. */
  static PairedDifference difference(JsonNode block, String metric, String where) {
    JsonNode d = object(block, metric, where);
    String at = where + "." + metric;
    return new PairedDifference(
        number(d, "mean", at),
        number(d, "ci95_low", at),
        number(d, "ci95_high", at),
        numberOrNaN(d, "relative", at),
        number(d, "p_other_higher", at),
        numberOrNaN(d, "variance_reduction", at));
  }

  /**
   * An outbound_hire_payback block read back into the experiment's record, for {@code runs} runs;
   * null if {@code block} is (an output written before the block existed).
   */
  static HirePayback hirePayback(JsonNode block, long runs, String where) {
    if (block == null) {
      return null;
    }
    if (!block.isObject()) {
      throw missing(where, SummaryJson.HIRE_PAYBACK, "an object");
    }
    String at = where.isEmpty() ? SummaryJson.HIRE_PAYBACK : where + "." + SummaryJson.HIRE_PAYBACK;
    return new HirePayback(
        runs,
        whole(block, "runs_hiring", at),
        numberOrNaN(block, "mean_months_among_hiring", at),
        numberOrNaN(block, "ci95_low", at),
        numberOrNaN(block, "ci95_high", at));
  }

  private static MalformedOutputException missing(String where, String field, String what) {
    String path = where.isEmpty() ? field : where + "." + field;
    return new MalformedOutputException(FILE, path + ": missing, or not " + what);
  }

  /** A metric's summary: mean, 95 % CI of the mean, and the P5, median and P95 of the runs. */
  record Stats(double mean, double low, double high, double p5, double p50, double p95) {

    /** The mean and its CI, for charts. */
    Interval interval() {
      return new Interval(mean, low, high);
    }
  }
}
