package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.model.Metric;

final class RunCommandTest {

  @TempDir Path tmp;

  @Test
  void run_writesTheThreeFiles_identicalFor1_2And4Threads() throws IOException {
    Path one = tmp.resolve("one");
    assertThat(run("scenarios/split-weighted.yaml", one, "--threads", "1")).isZero();
    for (String threads : new String[] {"2", "4"}) {
      Path many = tmp.resolve("t" + threads);
      assertThat(run("scenarios/split-weighted.yaml", many, "--threads", threads)).isZero();
      for (String file : new String[] {"summary.json", "monthly.csv", "runs.csv"}) {
        assertThat(Files.readAllBytes(many.resolve(file)))
            .as(file + " with " + threads + " threads")
            .isEqualTo(Files.readAllBytes(one.resolve(file)));
      }
    }
    String summary = Files.readString(one.resolve("summary.json"));
    for (Metric metric : Metric.values()) {
      assertThat(summary).contains("\"" + metric.key() + "\" : {");
    }
    assertThat(summary).doesNotContain("NaN").doesNotContain("Infinity");
    assertThat(Files.readAllLines(one.resolve("runs.csv"))).hasSize(1 + 12);
    // No staging folders are left behind.
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("one", "t2", "t4");
    }
  }

  @Test
  void badScenario_exitsWith2_namesFileAndField_andKeepsEarlierOutputs() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(run("scenarios/split-weighted.yaml", out)).isZero();
    byte[] before = Files.readAllBytes(out.resolve("summary.json"));
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "outbound:\n  connectRate: 1.5\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = run(bad.toString(), out);
    } finally {
      System.setErr(saved);
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("bad.yaml: outbound.connectRate: must be a probability in [0, 1] (got 1.5)");
    assertThat(Files.readAllBytes(out.resolve("summary.json"))).isEqualTo(before);
  }

  @Test
  void outThatIsAFile_andZeroRuns_areUsageErrors() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThat(run("scenarios/split-weighted.yaml", file)).isEqualTo(2);
    assertThat(Main.execute("run", "scenarios/split-weighted.yaml", "--runs", "0"))
        .isEqualTo(2);
    assertThat(Main.execute("run", "no/such/file.yaml", "--out", tmp.resolve("x").toString()))
        .isEqualTo(2);
  }

  private static int run(String scenario, Path out, String... extra) {
    String[] args = new String[6 + extra.length];
    args[0] = "run";
    args[1] = scenario;
    args[2] = "--runs";
    args[3] = "12";
    args[4] = "--out";
    args[5] = out.toString();
    System.arraycopy(extra, 0, args, 6, extra.length);
    return Main.execute(args);
  }
}
