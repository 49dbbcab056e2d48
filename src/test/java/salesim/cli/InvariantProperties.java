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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
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
 * <p>CI runs {@value FuzzTries.Invariants#CI} scenarios; {@code -Pfuzz} runs more (README).
 */
final class InvariantProperties {

  private static final ScenarioLoader LOADER = new ScenarioLoader();
  private static final JsonMapper JSON = new JsonMapper();
  private static final List<String> PERCENTILES = List.of("p5", "p25", "p50", "p75", "p95");
  private static Path dir;

  @BeforeContainer
  static void prepare() throws IOException {
    dir = Files.createTempDirectory("salesim-invariants");
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @Property(seed = "8")
  @AddLifecycleHook(FuzzTries.Invariants.class)
  void randomValidScenario_conservesAndOrders(@ForAll("scenarios") List<String> sets)
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
  @Provide
  Arbitrary<List<String>> scenarios() {
    Arbitrary<List<String>> size =
        Combinators.combine(
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 6),
                Arbitraries.doubles().between(0, 300).ofScale(1),
                Arbitraries.doubles().between(-0.1, 0.1).ofScale(3))
            .as((months, reps, leads, growth) -> List.of(
                "calendar.months=" + months, "team.reps=" + reps,
                "inbound.leadsPerMonth=" + leads, "inbound.growthPerMonth=" + growth));
    Arbitrary<List<String>> structure =
        Combinators.combine(
                Arbitraries.of("MIXED", "SPLIT", "SPLIT_WHEN_READY"),
                Arbitraries.integers().between(0, 1),
                Arbitraries.of("NONE", "RESULTS", "ACTIVITY"),
                Arbitraries.integers().between(0, 6),
                Arbitraries.of("MOVE_TO_INBOUND", "CUT_OUTBOUND", "NONE"))
            .as((kind, inbound, kpi, patience, reaction) -> List.of(
                "management.structure=" + kind, "management.inboundReps=" + inbound,
                "management.review.kpi=" + kpi, "management.review.patienceMonths=" + patience,
                "management.review.reaction=" + reaction));
    Arbitrary<List<String>> pay =
        Combinators.combine(
                // rate x multiplier must stay at most 1
                Arbitraries.doubles().between(0, 0.15).ofScale(3),
                Arbitraries.doubles().between(0, 6).ofScale(2),
                Arbitraries.doubles().between(0, 500).ofScale(0),
                Arbitraries.doubles().between(0, 0.9).ofScale(2),
                Arbitraries.doubles().between(0.1, 1).ofScale(2))
            .as((rate, multiplier, bonus, attrition, margin) -> List.of(
                String.format(Locale.ROOT,
                    "comp.commission={type: weighted, rate: %s, outboundMultiplier: %s}",
                    rate, multiplier),
                "comp.meetingBonus=" + bonus,
                "team.attritionPerYear.mixed=" + attrition,
                "team.attritionPerYear.outbound=" + attrition,
                "finance.grossMargin=" + margin));
    Arbitrary<List<String>> shock =
        Arbitraries.of(
            List.<String>of(),
            List.of("shocks=[{name: dip, startMonth: 0, durationMonths: 3, shape: V,"
                + " recovery: 0.5, inboundLeads: 0.5, connectRate: 0.7, meetingRate: 0.7,"
                + " winRateInbound: 0.8, winRateOutbound: 0.7, dealValue: 0.9, cycleLength: 1.3,"
                + " budgetFreezeChance: 0.2}]"));
    return Combinators.combine(size, structure, pay, shock)
        .as((a, b, c, d) -> {
          List<String> sets = new ArrayList<>(a);
          sets.addAll(b);
          sets.addAll(c);
          sets.addAll(d);
          return sets;
        });
  }
}
