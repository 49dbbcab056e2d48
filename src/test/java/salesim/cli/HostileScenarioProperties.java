package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import salesim.kernel.random.RandomStream;
import salesim.kernel.random.Tries;
import salesim.cli.ScenarioMutator.Mutation;
import salesim.cli.ScenarioMutator.Op;
import salesim.experiment.Experiment;
import salesim.experiment.RunResult;
import salesim.experiment.Variant;
import salesim.experiment.Workload;
import salesim.report.MonthlyCsv;
import salesim.report.SummaryJson;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Fuzzed loading (issue 8): random hostile edits of valid scenario trees — type swaps, missing and
 * extra fields, extreme and negative numbers, NaN and infinities, empty and huge lists, deep
 * nesting, odd Unicode, tags and broken syntax — go through {@code salesim validate} as a user
 * runs it, and a file that validates then runs two replications through the experiment driver and
 * writes summary.json, monthly.csv and runs.csv. Each try must end either in a run whose files hold
 * only finite numbers, or in exit code 2 with one line naming the file, and a field path or a
 * line and column, and never in an internal error, a stack trace, or a hang.
 *
 * <p>CI runs {@value #CI_TRIES} tries; {@code mvn -B -ntp test -Pfuzz} runs 10,000, and {@code
 * -Dsalesim.fuzz.tries=N} any number (README, Testing). A failure prints the seed and try that
 * replay it ({@link Tries}); the outcomes are counted and printed at the end. The file name has a
 * space and non-ASCII letters on purpose.
 */
final class HostileScenarioProperties {

  /** Tries in the default build. */
  static final int CI_TRIES = 300;

  private static final long SEED = 20261128L;

  /** The most events a valid try may simulate: more is left to the resource guard's refusal. */
  private static final double EVENT_BUDGET = 3e6;

  /** A field name in a path: an identifier, or any other key in quotes. */
  private static final String STEP = "[A-Za-z_][A-Za-z0-9_]*|\"(?:[^\"\\\\]|\\\\.)*(?:\\.\\.\\.)?\"";

  /** A value location, path or line and column, after the file name in a message. */
  private static final Pattern LOCATED =
      Pattern.compile(
          "(?s)(?:" + STEP + ")(?:\\.(?:" + STEP + ")|\\[\\d+])*: .+|.* at line \\d+, column \\d+.*");

  /** Whole-file problems that have neither: said about the file as a whole. */
  private static final Pattern FILE_LEVEL =
      Pattern.compile(
          "(?s)(is empty|expected a mapping|holds more than one document|file is too large"
              + "|YAML anchors and aliases expand beyond the safety limit).*");

  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9.]+([eE][-+]?[0-9]+)?");

  private static final JsonMapper JSON = new JsonMapper();

  private static final YAMLMapper YAML = new YAMLMapper();
  private static Path dir;
  private static List<ObjectNode> bases;

  @BeforeAll
  static void prepare() throws IOException {
    dir = Files.createTempDirectory("salesim-fuzz");
    ObjectNode reference = (ObjectNode) YAML.readTree(Path.of("scenarios/reference.yaml").toFile());
    // Small and short, so a valid try takes milliseconds.
    ((ObjectNode) reference.get("calendar")).put("months", 3);
    ((ObjectNode) reference.get("team")).put("reps", 2);
    ((ObjectNode) reference.get("inbound")).put("leadsPerMonth", 20);
    // split-weighted.yaml as it read before it was built from plan overlays (issue 12): a file
    // that stands alone, so the fuzzed copy in a temporary folder needs no extends.
    ObjectNode split =
        (ObjectNode)
            YAML.readTree(
                "name: split-weighted\n"
                    + "description: Split roles (4 inbound, 4 outbound), outbound commission 3x,"
                    + " activity KPIs with 9 months of patience.\n"
                    + "management: {structure: SPLIT, inboundReps: 4, review: {kpi: ACTIVITY,"
                    + " patienceMonths: 9, meetingsPerMonth: 4, reaction: MOVE_TO_INBOUND}}\n"
                    + "comp: {commission: {type: weighted, rate: 0.10, outboundMultiplier: 3}}\n");
    split.putObject("calendar").put("months", 4);
    split.putObject("team").put("reps", 3);
    ((ObjectNode) split.get("management")).put("inboundReps", 1);
    split.putArray("shocks").add(shock());
    bases = List.of(reference, split);
  }

  private static JsonNode shock() throws IOException {
    return YAML.readTree(
        "{name: dip, startMonth: 1, durationMonths: 2, shape: V, recovery: 0.5, inboundLeads: 0.7,"
            + " connectRate: 0.8, meetingRate: 0.8, winRateInbound: 0.9, winRateOutbound: 0.8,"
            + " dealValue: 0.9, cycleLength: 1.2, budgetFreezeChance: 0.1}");
  }

  @AfterAll
  static void cleanUp() throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @Test
  void mutatedScenario_runsWithFiniteOutputs_orFailsNamingFileAndField() {
    int tries = Tries.count("salesim.fuzz.tries", CI_TRIES);
    Map<String, Integer> outcomes = new TreeMap<>();
    Tries.check(
        "HostileScenarioProperties",
        SEED,
        tries,
        random -> {
          ObjectNode tree = bases.get(random.nextInt(bases.size())).deepCopy();
          ScenarioMutator.apply(tree, mutations(random));
          Path file = dir.resolve("scénario fuzz.yaml");
          String text = ScenarioMutator.yaml(tree);
          Files.writeString(file, text, StandardCharsets.UTF_8);
          String outcome;
          try {
            outcome = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> check(file));
          } catch (AssertionError e) {
            throw new AssertionError("the file:\n" + text + "\n" + e.getMessage(), e);
          }
          outcomes.merge(outcome, 1, Integer::sum);
        });
    System.out.println("HostileScenarioProperties: " + tries + " tries: " + outcomes);
  }

  /** One try; returns what became of it. */
  private static String check(Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute("validate", file.toString());
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message).as("stderr").doesNotContain("\tat ").doesNotContain("internal error");
    assertThat(code).as("exit code; stderr: %s", message).isIn(0, 2);
    if (code == 2) {
      // validate reports every problem, one line each (issue 12).
      assertThat(message.lines().count()).as(message).isBetween(1L, 100L);
      String prefix = file + ": ";
      for (String line : (Iterable<String>) message.lines()::iterator) {
        assertThat(line).startsWith(prefix);
        String rest = line.strip().substring(prefix.length());
        assertThat(LOCATED.matcher(rest).matches() || FILE_LEVEL.matcher(rest).matches())
            .as("names a field path or a line: %s", line)
            .isTrue();
      }
      return "refused by the loader";
    }
    return run(new ScenarioLoader().load(file));
  }

  /** Two replications, as {@code salesim run} makes them, without drawing the report. */
  private static String run(Scenario scenario) throws IOException {
    Workload workload = Workload.of(List.of(scenario.parameters()), 2, 1);
    assertThat(workload.eventsPerReplication()).isPositive();
    if (workload.refusal(Runtime.getRuntime().maxMemory(), 1) != null) {
      return "refused by the resource guard";
    }
    if (workload.eventsPerReplication() > EVENT_BUDGET) {
      return "valid, too large to run here";
    }
    ExperimentOptions options = new ExperimentOptions();
    options.runs = 2;
    options.seed = 1;
    options.threads = 1;
    options.quiet = true;
    options.metric = "bookings_total";
    Path out = dir.resolve("out");
    try (ExperimentDriver driver =
        new ExperimentDriver(
            out,
            List.of(new Variant(scenario.name(), scenario.parameters())),
            List.of(),
            options,
            "fuzz")) {
      Experiment experiment = driver.run("fuzz");
      RunResult result = experiment.result(0);
      SummaryJson.write(driver.resolve("summary.json"), scenario, result, List.of());
      MonthlyCsv.write(driver.resolve("monthly.csv"), result);
      assertFinite(JSON.readTree(driver.resolve("summary.json").toFile()), "summary.json");
      for (String name : List.of("monthly.csv", "runs.csv")) {
        List<String> lines = Files.readAllLines(driver.resolve(name));
        for (String line : lines.subList(1, lines.size())) {
          List<String> cells = cells(line);
          for (String cell : cells.subList(1, cells.size())) {
            assertThat(cell).as("%s: %s", name, line).isNotIn("NaN", "Infinity", "-Infinity");
            if (NUMBER.matcher(cell).matches()) {
              assertThat(Double.isFinite(Double.parseDouble(cell))).as("%s: %s", name, line).isTrue();
            }
          }
        }
      }
    }
    return "ran";
  }

  /** Every number in a JSON tree is finite (the strict parser already refuses NaN tokens). */
  private static void assertFinite(JsonNode node, String where) {
    if (node.isNumber()) {
      assertThat(Double.isFinite(node.doubleValue())).as(where + " = " + node).isTrue();
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      assertFinite(e.getValue(), where + "." + e.getKey());
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertFinite(node.get(i), where + "[" + i + "]");
      }
    }
  }

  /** The cells of a CSV line, unquoted. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** Text for names, keys and values: any characters, short lowercase words, or odd ones. */
  private static String text(RandomStream random) {
    switch (random.nextInt(3)) {
      case 0: {
        // Any UTF-16 code units, lone surrogates and controls included.
        StringBuilder any = new StringBuilder();
        for (int i = random.nextInt(41); i > 0; i--) {
          any.append((char) random.nextInt(0x10000));
        }
        return any.toString();
      }
      case 1: {
        StringBuilder word = new StringBuilder();
        for (int i = Tries.between(random, 1, 12); i > 0; i--) {
          word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
      }
      default:
        return Tries.oneOf(random, ODD_TEXT);
    }
  }

  private static final List<String> ODD_TEXT =
      List.of(
          "", " ", "name", "extends", "<<", "connectrate", "ﬁeld", "e\u0301", "\u202Eevil", "😀",
          "\u0000", "a.b", "segments[0]", "x".repeat(2000), "type", "curve");

  /** One to four hostile edits. */
  static List<Mutation> mutations(RandomStream random) {
    List<Mutation> mutations = new ArrayList<>();
    for (int i = Tries.between(random, 1, 4); i > 0; i--) {
      mutations.add(
          new Mutation(
              Tries.oneOf(random, List.of(Op.values())),
              Tries.anyInt(random),
              Tries.anyInt(random),
              Tries.between(random, 0, 20_000),
              text(random)));
    }
    return mutations;
  }
}
