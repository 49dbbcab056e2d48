package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --engine} and {@code --master}: misuse exits with 2 before any folder is written. */
final class EnginesTest {

  @TempDir Path tmp;

  @Test
  void unknownEngine_exitsWith2() {
    assertThat(run("--engine", "hadoop")).contains("--engine: expected local or spark (got hadoop)");
  }

  @Test
  void masterWithoutSpark_exitsWith2() {
    assertThat(run("--master", "local[2]")).contains("--master: only with --engine spark");
  }

  @Test
  void threadsWithSpark_exitsWith2() {
    assertThat(run("--engine", "spark", "--threads", "2"))
        .contains("--threads: only with --engine local");
  }

  /** Runs a short experiment with extra options, expects exit code 2, and returns stderr. */
  private String run(String... extra) {
    Path out = tmp.resolve("out");
    String[] args = new String[9 + extra.length];
    String[] common = {"run", "scenarios/mixed-flat.yaml", "--runs", "2", "--set",
        "calendar.months=3", "--quiet", "--out", out.toString()};
    System.arraycopy(common, 0, args, 0, common.length);
    System.arraycopy(extra, 0, args, common.length, extra.length);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute(args);
    } finally {
      System.setErr(saved);
    }
    assertThat(code).isEqualTo(2);
    assertThat(out).doesNotExist();
    return err.toString(StandardCharsets.UTF_8);
  }
}
