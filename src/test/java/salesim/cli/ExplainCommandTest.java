package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code salesim explain} end to end, on short horizons and few runs. */
final class ExplainCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SIX = "calendar.months=6";

  @TempDir Path tmp;

  private static JsonNode summary(Path folder) {
    return JSON.readTree(folder.resolve("summary.json").toFile());
  }

  /** A plan file: mixed-flat, renamed, with extra settings. */
  private Path variant(String name, String base, String... settings) throws IOException {
    StringBuilder text =
        new StringBuilder("extends: " + Path.of("scenarios", base).toAbsolutePath() + "\n");
    text.append("name: ").append(name).append('\n');
    for (String s : settings) {
      text.append(s).append('\n');
    }
    Path file = tmp.resolve(name + ".yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void theEssaysPlans_areAttributedToTheirLevers_inTheShapeOfTheIssue() throws IOException {
    Path out = tmp.resolve("explain");
    FinalLineTest.Run run =
        FinalLineTest.run(
            "explain",
            "scenarios/mixed-flat.yaml",
            "scenarios/split-weighted.yaml",
            "--set",
            SIX,
            "--runs",
            "10",
            "--audit",
            "none",
            "--out",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("full factorial").contains("team structure (team_structure)");
    JsonNode s = summary(out);
    assertThat(s.get("experiment").asString()).isEqualTo("explain");
    JsonNode levers = s.get("levers");
    Set<String> settings = new HashSet<>();
    for (JsonNode lever : levers) {
      for (JsonNode setting : lever.get("settings")) {
        assertThat(settings.add(setting.get("path").asString())).as("in one lever only").isTrue();
      }
    }
    assertThat(settings)
        .contains("management.structure", "comp.commission.type", "management.review.kpi");
    for (String metric : List.of("bookings_total", "contribution")) {
      JsonNode a = s.get("attribution").get(metric);
      assertThat(a.propertyNames()).containsExactly("total", "levers", "interactions");
      assertThat(a.get("total").propertyNames()).containsExactly("mean", "ci95_low", "ci95_high");
      double sum = 0;
      for (JsonNode lever : levers) {
        JsonNode share = a.get("levers").get(lever.get("name").asString());
        assertThat(share.propertyNames())
            .containsExactly("settings", "mean", "ci95_low", "ci95_high");
        assertThat(share.get("ci95_low").doubleValue())
            .isLessThanOrEqualTo(share.get("mean").doubleValue());
        sum += share.get("mean").doubleValue();
      }
      double total = a.get("total").get("mean").doubleValue();
      assertThat(sum).isCloseTo(total, org.assertj.core.data.Offset.offset(1e-3));
      JsonNode check = s.get("additivity").get(metric);
      assertThat(check.get("exact_in_every_replication").booleanValue()).isTrue();
      assertThat(check.get("replications_checked").longValue()).isEqualTo(10);
      // The paired total is the comparison's own paired difference.
      assertThat(total)
          .isEqualTo(
              s.get("paired_differences")
                  .get("split-weighted")
                  .get(metric)
                  .get("mean")
                  .doubleValue());
    }
    int variants = s.get("design").get("variants").intValue();
    assertThat(variants).isEqualTo(1 << levers.size());
    assertThat(s.get("scenarios")).hasSize(variants);
    assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + variants * 10);
    assertThat(s.get("channel").get("metrics")).hasSize(6);
    assertThat(out.resolve("charts/waterfall-bookings-total.svg")).exists();
    assertThat(run.out())
        .contains("the shares add up to the total exactly in every one of the 10 runs");
  }

  @Test
  void aLeverThatChangesNothing_getsExactlyZero() throws IOException {
    // The split-when-ready rule does nothing for a team split from the start: that lever is void.
    Path other =
        variant(
            "split-weighted-4x",
            "split-weighted.yaml",
            "management: {splitWhenReady: {months: 5}}",
            "comp: {commission: {outboundMultiplier: 4}}");
    Path out = tmp.resolve("void");
    assertThat(
            Main.execute(
                "explain",
                "scenarios/split-weighted.yaml",
                other.toString(),
                "--set",
                SIX,
                "--runs",
                "8",
                "--audit",
                "none",
                "--quiet",
                "--out",
                out.toString()))
        .isZero();
    JsonNode s = summary(out);
    for (String metric : List.of("bookings_total", "contribution")) {
      JsonNode share = s.get("attribution").get(metric).get("levers").get("team_structure");
      assertThat(share.get("mean").doubleValue()).as(metric).isZero();
      assertThat(share.get("ci95_low").doubleValue()).isZero();
      assertThat(share.get("ci95_high").doubleValue()).isZero();
    }
    JsonNode channel = s.get("channel").get("levers").get("team_structure");
    for (JsonNode metric : s.get("channel").get("metrics")) {
      assertThat(channel.get(metric.asString()).get("mean").doubleValue())
          .as(metric.asString())
          .isZero();
    }
  }

  @Test
  void leversAdditiveByConstruction_factorialAndShapleyAgree_andTheAuditFlagsThePlantedFlip()
      throws IOException {
    // No recruiting cost, and 10 more per lead: two cost lines that change nothing anyone does.
    Path other =
        variant(
            "cheaper-hires",
            "mixed-flat.yaml",
            "team: {hiringCost: 0}",
            "inbound: {costPerLead: 260}");
    String[] common = {"--set", "calendar.months=12", "--runs", "30", "--quiet"};
    Path factorial = tmp.resolve("factorial");
    Path shapley = tmp.resolve("shapley");
    List<String> args =
        new ArrayList<>(List.of("explain", "scenarios/mixed-flat.yaml", other.toString()));
    args.addAll(List.of(common));
    List<String> audited = new ArrayList<>(args);
    audited.addAll(
        List.of(
            "--audit-runs",
            "12",
            "--audit-params",
            "team.attritionPerYear.mixed=0..0.9,finance.grossMargin",
            "--out",
            factorial.toString()));
    assertThat(Main.execute(audited.toArray(String[]::new))).isZero();
    List<String> sampled = new ArrayList<>(args);
    sampled.addAll(List.of("--design", "shapley", "--audit", "none", "--out", shapley.toString()));
    assertThat(Main.execute(sampled.toArray(String[]::new))).isZero();
    JsonNode f = summary(factorial);
    JsonNode s = summary(shapley);
    assertThat(f.get("design").get("method").asString()).isEqualTo("factorial");
    assertThat(s.get("design").get("method").asString()).isEqualTo("shapley_sampled");
    for (String lever : List.of("staffing", "market")) {
      JsonNode a = f.get("attribution").get("contribution").get("levers").get(lever);
      JsonNode b = s.get("attribution").get("contribution").get("levers").get(lever);
      double se = (a.get("ci95_high").doubleValue() - a.get("ci95_low").doubleValue()) / 4;
      assertThat(Math.abs(a.get("mean").doubleValue() - b.get("mean").doubleValue()))
          .as(lever)
          .isLessThanOrEqualTo(se);
      assertThat(
              f.get("attribution")
                  .get("bookings_total")
                  .get("levers")
                  .get(lever)
                  .get("mean")
                  .doubleValue())
          .isZero();
    }
    assertThat(f.get("attribution").get("contribution").get("interactions")).isEmpty();

    JsonNode findings = f.get("audit").get("findings");
    assertThat(findings.get(0).get("holds").booleanValue())
        .as("bookings: level everywhere")
        .isTrue();
    JsonNode contribution = findings.get(1);
    assertThat(contribution.get("reads").asString()).isEqualTo("positive");
    assertThat(contribution.get("changes")).hasSize(1);
    JsonNode change = contribution.get("changes").get(0);
    assertThat(change.get("path").asString()).isEqualTo("team.attritionPerYear.mixed");
    assertThat(change.get("verdict").asString()).isEqualTo("reverses");

    // compare --audit runs the same audit of the same two plans, on the same random numbers.
    Path compared = tmp.resolve("compared");
    assertThat(
            Main.execute(
                "compare",
                "scenarios/mixed-flat.yaml",
                other.toString(),
                common[0],
                common[1],
                common[2],
                common[3],
                common[4],
                "--audit",
                "quick",
                "--audit-runs",
                "12",
                "--audit-params",
                "team.attritionPerYear.mixed=0..0.9,finance.grossMargin",
                "--out",
                compared.toString()))
        .isZero();
    assertThat(summary(compared).get("audit")).isEqualTo(f.get("audit"));
    // Beside the explanation, the comparison's report links to it.
    Path besides = tmp.resolve("reports");
    Files.createDirectories(besides);
    Files.move(factorial, besides.resolve("explain-mixed-flat-cheaper-hires"));
    Files.move(compared, besides.resolve("compare-mixed-flat-cheaper-hires"));
    assertThat(
            Main.execute("report", besides.resolve("compare-mixed-flat-cheaper-hires").toString()))
        .isZero();
    assertThat(Files.readString(besides.resolve("compare-mixed-flat-cheaper-hires/report.html")))
        .contains("href=\"../explain-mixed-flat-cheaper-hires/report.html\"");
  }

  @Test
  void badInput_stopsWithAMessageAndExitCode2_leavingEarlierOutputs() throws IOException {
    Path out = tmp.resolve("kept");
    Files.createDirectories(out);
    String[][] cases = {
      {"--lever", "x=comp.baseMonthly"},
      {"--design", "random"},
      {"--orderings", "5"},
      {"--audit", "most"},
      {"--audit-params", "team.reps"},
      {"--metric", "no_such_metric"},
      {"--audit-runs", "1"},
    };
    String[] expected = {
      "comp.baseMonthly is not a setting that differs",
      "--design: expected auto, factorial or shapley",
      "--orderings: an even number",
      "--audit: expected none, quick or full",
      "team.reps=LOW..HIGH",
      "--metric: no metric named no_such_metric",
      "--audit-runs: at least 2",
    };
    for (int i = 0; i < cases.length; i++) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "explain",
                  "scenarios/mixed-flat.yaml",
                  "scenarios/split-weighted.yaml",
                  "--set",
                  SIX,
                  "--runs",
                  "2",
                  "--out",
                  out.toString()));
      args.addAll(List.of(cases[i]));
      FinalLineTest.Run run = FinalLineTest.run(args.toArray(String[]::new));
      assertThat(run.code()).as(String.join(" ", cases[i])).isEqualTo(2);
      assertThat(run.err()).contains(expected[i]);
    }
    String[][] refused = {
      {"explain", "scenarios/mixed-flat.yaml", "scenarios/mixed-flat.yaml"},
      {
        "compare",
        "scenarios/mixed-flat.yaml",
        "scenarios/split-weighted.yaml",
        "scenarios/split-flat.yaml",
        "--audit",
        "quick"
      },
      {"compare", "scenarios/mixed-flat.yaml", "scenarios/split-weighted.yaml", "--audit", "full"},
    };
    String[] why = {
      "both scenarios are named mixed-flat",
      "audits a comparison of two scenarios",
      "a comparison has no levers",
    };
    for (int i = 0; i < refused.length; i++) {
      List<String> args = new ArrayList<>(List.of(refused[i]));
      args.addAll(List.of("--out", out.toString()));
      FinalLineTest.Run run = FinalLineTest.run(args.toArray(String[]::new));
      assertThat(run.code()).as(String.join(" ", refused[i])).isEqualTo(2);
      assertThat(run.err()).contains(why[i]);
    }
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  /**
   * An explanation killed during its audit and resumed writes exactly the bytes of one never cut.
   */
  @Test
  void killedDuringTheAudit_resumes_toTheSameBytes() throws Exception {
    Path whole = tmp.resolve("whole");
    Path killed = tmp.resolve("killed");
    List<String> args =
        List.of(
            "explain",
            "scenarios/impatient-ceo.yaml",
            "scenarios/split-weighted.yaml",
            "--set",
            SIX,
            "--runs",
            "8",
            "--audit-runs",
            "15",
            "--audit-params",
            "outbound.showRate,inbound.expiryDays,pipeline.stallDays",
            "--threads",
            "2",
            "--quiet");
    List<String> child =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "salesim.cli.Main"));
    child.addAll(args);
    child.addAll(List.of("--out", killed.toString()));
    Process process =
        new ProcessBuilder(child)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.log").toFile())
            .start();
    Path audit = tmp.resolve(".killed.partial").resolve(ExperimentDriver.AUDIT_CHECKPOINT);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(audit) && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(process.isAlive()).as("the child finished before it could be killed").isTrue();
    process.destroyForcibly().waitFor();
    assertThat(Files.exists(killed)).isFalse();

    List<String> resume = new ArrayList<>(args);
    resume.addAll(List.of("--out", killed.toString(), "--resume"));
    assertThat(Main.execute(resume.toArray(String[]::new))).isZero();
    List<String> again = new ArrayList<>(args);
    again.addAll(List.of("--out", whole.toString()));
    assertThat(Main.execute(again.toArray(String[]::new))).isZero();
    for (String file : new String[] {"summary.json", "monthly.csv", "runs.csv"}) {
      assertThat(Files.readAllBytes(killed.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
    assertThat(killed.resolve(ExperimentDriver.AUDIT_CHECKPOINT)).doesNotExist();
  }
}
