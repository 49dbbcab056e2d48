package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import salesim.kernel.random.RandomStream;
import salesim.kernel.random.Tries;
import salesim.experiment.Experiment;
import salesim.experiment.RunResult;
import salesim.experiment.Variant;
import salesim.model.Metric;
import salesim.model.ReplicationInvariants;
import salesim.model.SalesParameters;
import salesim.report.MonthlyCsv;
import salesim.report.SummaryJson;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invariants under random valid scenarios (issue 8): small teams and short horizons with random
 * structure, pay, reviews, lead flow, attrition and shocks. In every replication leads, rep hours
 * and money are conserved, counts are non-negative, every cumulative monthly series is monotone and
 * ends at its total; in summary.json and monthly.csv, p5 <= p25 <= p50 <= p75 <= p95.
 *
 * <p>CI runs {@value #CI_TRIES} scenarios; {@code -Pfuzz} runs 1,000, and {@code
 * -Dsalesim.invariants.tries=N} any number (README, Testing). A failure prints the seed and try
 * that replay it ({@link Tries}).
 */
final class InvariantProperties {

  /** Tries in the default build. */
  static final int CI_TRIES = 40;

  private static final long SEED = 8L;
  private static final ScenarioLoader LOADER = new ScenarioLoader();
  private static final JsonMapper JSON = new JsonMapper();
  private static final List<String> PERCENTILES = List.of("p5", "p25", "p50", "p75", "p95");
  private static Path dir;

  @BeforeAll
  static void prepare() throws IOException {
    dir = Files.createTempDirectory("salesim-invariants");
  }

  @AfterAll
  static void cleanUp() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @Test
  void randomValidScenario_conservesAndOrders() {
    Tries.check(
        "InvariantProperties",
        SEED,
        Tries.count("salesim.invariants.tries", CI_TRIES),
        random -> randomValidScenario_conservesAndOrders(scenarios(random)));
  }

  private static void randomValidScenario_conservesAndOrders(List<String> sets)
      throws IOException {
    Scenario scenario = LOADER.load(Path.of("scenarios/reference.yaml"), sets);
    SalesParameters p = scenario.parameters();
    for (int r = 0; r < 2; r++) {
      ReplicationInvariants.check(p, r);
    }
    checkSummaries(scenario);
  }

  /** A few replications through the driver: percentiles in summary.json and monthly.csv. */
  private static void checkSummaries(Scenario scenario) throws IOException {
    ExperimentOptions options = new ExperimentOptions();
    options.runs = 7;
    options.seed = 5;
    options.threads = 1;
    options.quiet = true;
    options.metric = "bookings_total";
    try (ExperimentDriver driver =
        new ExperimentDriver(
            dir.resolve("out"),
            List.of(new Variant(scenario.name(), scenario.parameters())),
            List.of(),
            options,
            "invariants")) {
      Experiment experiment = driver.run("invariants");
      RunResult result = experiment.result(0);
      SummaryJson.write(driver.resolve("summary.json"), scenario, result, List.of());
      MonthlyCsv.write(driver.resolve("monthly.csv"), result);
      int[] checked = {0};
      checkOrdered(JSON.readTree(driver.resolve("summary.json").toFile()), "summary", checked);
      assertThat(checked[0]).isGreaterThanOrEqualTo(Metric.count());
      List<String> lines = Files.readAllLines(driver.resolve("monthly.csv"));
      assertThat(lines.get(0)).endsWith("mean,p5,p25,p50,p75,p95");
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        for (int i = cells.length - 5; i < cells.length - 1; i++) {
          assertThat(Double.parseDouble(cells[i]))
              .as(line)
              .isLessThanOrEqualTo(Double.parseDouble(cells[i + 1]));
        }
      }
    }
  }

  /** Every object with p5..p95 in a JSON tree has them in order. */
  private static void checkOrdered(JsonNode node, String where, int[] checked) {
    if (node.isObject() && node.has("p5")) {
      for (int i = 0; i + 1 < PERCENTILES.size(); i++) {
        JsonNode low = node.get(PERCENTILES.get(i));
        JsonNode high = node.get(PERCENTILES.get(i + 1));
        if (low.isNumber() && high.isNumber()) {
          assertThat(low.doubleValue()).as(where).isLessThanOrEqualTo(high.doubleValue());
        }
      }
      checked[0]++;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      checkOrdered(e.getValue(), where + "." + e.getKey(), checked);
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      checkOrdered(node.get(i), where + "[" + i + "]", checked);
    }
  }

  /** --set overrides that make a random valid scenario: small and short, anything else goes. */
  static List<String> scenarios(RandomStream random) {
    List<String> sets = new ArrayList<>();
    sets.add("calendar.months=" + Tries.between(random, 1, 12));
    sets.add("team.reps=" + Tries.between(random, 1, 6));
    sets.add("inbound.leadsPerMonth=" + Tries.between(random, 0, 300, 1));
    sets.add("inbound.growthPerMonth=" + Tries.between(random, -0.1, 0.1, 3));
    sets.add("management.structure="
        + Tries.oneOf(random, List.of("MIXED", "SPLIT", "SPLIT_WHEN_READY")));
    sets.add("management.inboundReps=" + Tries.between(random, 0, 1));
    sets.add("management.review.kpi=" + Tries.oneOf(random, List.of("NONE", "RESULTS", "ACTIVITY")));
    sets.add("management.review.patienceMonths=" + Tries.between(random, 0, 6));
    sets.add("management.review.reaction="
        + Tries.oneOf(random, List.of("MOVE_TO_INBOUND", "CUT_OUTBOUND", "NONE")));
    // rate x multiplier must stay at most 1
    double rate = Tries.between(random, 0, 0.15, 3);
    double multiplier = Tries.between(random, 0, 6, 2);
    sets.add(String.format(Locale.ROOT,
        "comp.commission={type: weighted, rate: %s, outboundMultiplier: %s}", rate, multiplier));
    sets.add("comp.meetingBonus=" + Tries.between(random, 0, 500, 0));
    double attrition = Tries.between(random, 0, 0.9, 2);
    sets.add("team.attritionPerYear.mixed=" + attrition);
    sets.add("team.attritionPerYear.outbound=" + attrition);
    sets.add("finance.grossMargin=" + Tries.between(random, 0.1, 1, 2));
    if (random.bernoulli(0.5)) {
      sets.add("shocks=[{name: dip, startMonth: 0, durationMonths: 3, shape: V,"
          + " recovery: 0.5, inboundLeads: 0.5, connectRate: 0.7, meetingRate: 0.7,"
          + " winRateInbound: 0.8, winRateOutbound: 0.7, dealValue: 0.9, cycleLength: 1.3,"
          + " budgetFreezeChance: 0.2}]");
    }
    return sets;
  }
}
