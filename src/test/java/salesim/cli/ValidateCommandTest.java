package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ValidateCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void captureOutput() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validate_validFiles_printsOkAndExitsZero() {
    int code =
        Main.execute("validate", "scenarios/reference.yaml", "scenarios/shocks/gfc-2009-like.yaml");

    assertThat(code).isZero();
    assertThat(out())
        .isEqualTo(
            String.format(
                "ok  scenarios/reference.yaml (reference, 36 months, 8 reps)%nok "
                    + " scenarios/shocks/gfc-2009-like.yaml (gfc-2009-like, 36 months, 8 reps)%n"));
    assertThat(err()).isEmpty();
  }

  @Test
  void validate_withSet_appliesItToEveryFile() {
    int code =
        Main.execute(
            "validate",
            "scenarios/reference.yaml",
            "--set",
            "team.reps=12",
            "--set",
            "calendar.months=48");

    assertThat(code).isZero();
    assertThat(out()).contains("ok  scenarios/reference.yaml (reference, 48 months, 12 reps)");
  }

  @Test
  void validate_anInvalidFile_printsItsProblemAndExitsTwo() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "outbound: {connectRate: 1.5}\n");

    int code = Main.execute("validate", bad.toString(), "scenarios/reference.yaml");

    assertThat(code).isEqualTo(2);
    assertThat(out()).contains("ok  scenarios/reference.yaml").doesNotContain("bad.yaml");
    assertThat(err())
        .isEqualTo(
            String.format(
                "%s: outbound.connectRate: must be a probability in [0, 1] (got 1.5)%n", bad));
  }

  @Test
  void validate_badSet_isReportedPerFileWithoutAStackTrace() {
    int code = Main.execute("validate", "scenarios/reference.yaml", "--set", "team.rep=3");

    assertThat(code).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            String.format(
                "scenarios/reference.yaml: team.rep: cannot --set: unknown field rep; team has"
                    + " reps, skillSd, profiles, reluctanceAdaptationMonths, rampMonths,"
                    + " rampStart, initialTenureMonths, attritionPerYear, payAttrition,"
                    + " hiringDelayMonths, hiringCost, headcountPlan%n"));
  }

  @Test
  void validate_noFile_isAUsageError() {
    assertThat(Main.execute("validate")).isEqualTo(2);
    assertThat(err()).contains("Missing required parameter");
  }
}
