package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The experiment verbs end to end, on short horizons and few runs. */
final class ExperimentCommandsTest {

  private static final String SHORT = "calendar.months=12";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  @Test
  void compare_writesBlocksPerScenario_andPairedDifferences() throws IOException {
    Path out = tmp.resolve("cmp");
    assertThat(
            Main.execute("compare", "scenarios/mixed-flat.yaml", "scenarios/split-weighted.yaml",
                "--runs", "10", "--set", SHORT, "--out", out.toString(), "--quiet"))
        .isZero();
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("scenarios")).hasSize(2);
    JsonNode contribution = summary.get("paired_differences").get("split-weighted").get("contribution");
    assertThat(contribution.get("ci95_low").doubleValue())
        .isLessThanOrEqualTo(contribution.get("mean").doubleValue());
    assertThat(contribution.get("variance_reduction").doubleValue()).isPositive();
    List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
    assertThat(rows).hasSize(1 + 2 * 10);
    assertThat(rows.get(1)).startsWith("mixed-flat,0,");
    assertThat(rows.get(2)).startsWith("split-weighted,0,");
  }

  @Test
  void sweep_ofTheMultiplier_reportsTheBreakEven() throws IOException {
    Path out = tmp.resolve("sweep");
    assertThat(
            Main.execute("sweep", "scenarios/reference.yaml", "--set", SHORT,
                "--set", "inbound.leadsPerMonth=960",
                "--set", "comp.commission={type: weighted, rate: 0.1, outboundMultiplier: 1}",
                "--vary", "comp.commission.outboundMultiplier=1,2,4,8",
                "--runs", "4", "--out", out.toString(), "--quiet"))
        .isZero();
    List<String> grid = Files.readAllLines(out.resolve("sweep.csv"));
    assertThat(grid).hasSize(5);
    JsonNode breakEven = JSON.readTree(out.resolve("summary.json").toFile()).get("break_even").get(0);
    // Flooded with leads on flat pay the team does not prospect; a high enough multiplier turns
    // outbound on (PARAMETERS fact 2: k* in about 2.8x-6.4x).
    assertThat(breakEven.get("outbound_on_at_lowest").booleanValue()).isFalse();
    assertThat(breakEven.get("outbound_turns_on_at").doubleValue()).isBetween(2.0, 8.0);
  }

  @Test
  void sweep_inTwoDimensions_coversTheGrid() throws IOException {
    Path out = tmp.resolve("sweep2");
    assertThat(
            Main.execute("sweep", "scenarios/split-weighted.yaml", "--set", SHORT,
                "--vary", "comp.commission.outboundMultiplier=1,3",
                "--vary", "inbound.leadsPerMonth=60,120,240",
                "--runs", "2", "--out", out.toString(), "--quiet"))
        .isZero();
    assertThat(Files.readAllLines(out.resolve("sweep.csv"))).hasSize(1 + 6);
    assertThat(JSON.readTree(out.resolve("summary.json").toFile()).get("break_even")).hasSize(3);
  }

  @Test
  void stress_reportsEachShock() throws IOException {
    Path out = tmp.resolve("stress");
    assertThat(
            Main.execute("stress", "scenarios/split-weighted.yaml", "--shocks",
                "scenarios/shocks/deep-v.yaml", "scenarios/shocks/l-shaped.yaml",
                "--runs", "4", "--out", out.toString(), "--quiet"))
        .isZero();
    List<String> rows = Files.readAllLines(out.resolve("stress.csv"));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).contains("bookings_lost_in_shock_window_mean", "months_to_regain_run_rate_p50");
    assertThat(rows.get(2)).startsWith("deep-v,");
  }

  @Test
  void sensitivity_writesATornado() throws IOException {
    Path out = tmp.resolve("tornado");
    assertThat(
            Main.execute("sensitivity", "scenarios/split-weighted.yaml", "--set", SHORT,
                "--params", "outbound.connectRate,team.reps,inbound.qualityMean",
                "--runs", "4", "--out", out.toString(), "--quiet"))
        .isZero();
    List<String> rows = Files.readAllLines(out.resolve("sensitivity.csv"));
    assertThat(rows).hasSize(1 + 3 * 4);
    // team.reps is a whole number: 8 ± 20 % rounds to 6 and 10.
    assertThat(rows).anyMatch(r -> r.startsWith("team.reps,8,6,10,"));
  }

  @Test
  void precision_stopsWhenTheIntervalIsNarrowEnough() throws IOException {
    Path out = tmp.resolve("precise");
    assertThat(
            Main.execute("run", "scenarios/split-weighted.yaml", "--set", SHORT,
                "--precision", "0.03", "--runs", "3200", "--out", out.toString(), "--quiet"))
        .isZero();
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    long runs = summary.get("runs").longValue();
    JsonNode bookings = summary.get("metrics").get("bookings_total");
    double half = (bookings.get("ci95_high").doubleValue() - bookings.get("ci95_low").doubleValue()) / 2;
    assertThat(runs).isLessThan(3200).isIn(100L, 200L, 400L, 800L, 1600L);
    assertThat(half).isLessThanOrEqualTo(0.03 * bookings.get("mean").doubleValue());
  }

  /** A run killed mid-way and resumed writes exactly the bytes of a run never interrupted. */
  @Test
  void killedRun_resumes_toTheSameBytes() throws Exception {
    Path whole = tmp.resolve("whole");
    Path killed = tmp.resolve("killed");
    String[] args = {"run", "scenarios/split-weighted.yaml", "--set", SHORT, "--runs", "240",
        "--threads", "2", "--quiet"};
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dsalesim.checkpointMillis=100",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "salesim.cli.Main",
                    args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8],
                    "--out", killed.toString()))
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("child.log").toFile())
            .start();
    Path checkpoint = tmp.resolve(".killed.partial").resolve("checkpoint.bin");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(checkpoint) && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(300); // let it get well past the first checkpoint
    assertThat(process.isAlive()).as("the child finished before it could be killed").isTrue();
    process.destroyForcibly().waitFor();
    assertThat(Files.exists(killed)).isFalse();

    assertThat(Main.execute(concat(args, "--out", killed.toString(), "--resume"))).isZero();
    assertThat(Main.execute(concat(args, "--out", whole.toString()))).isZero();
    for (String file : new String[] {"summary.json", "monthly.csv", "runs.csv"}) {
      assertThat(Files.readAllBytes(killed.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(whole.resolve(file)));
    }
    assertThat(killed.resolve("checkpoint.bin")).doesNotExist();
    assertThat(Main.execute(concat(args, "--out", tmp.resolve("none").toString(), "--resume")))
        .isEqualTo(2);
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

}
