package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code start:} section (issue 15) is checked like the rest of the file: a stage the
 * deal's path does not have, an owner who is not on the team, a negative age or a segment the
 * scenario lacks each exit 2 with the file and the field's path, and write nothing.
 */
final class StartingStateInputTest {

  @TempDir Path tmp;

  private static final String TEAM =
      "extends: reference.yaml\nname: given\nstart:\n  reps:\n"
          + "    - {id: ana, role: MIXED, tenureMonths: 14, rampedShare: 1}\n"
          + "    - {id: bo, role: MIXED, tenureMonths: 2, rampedShare: 0.4}\n";

  private Cli.Outcome run(String startTail) throws IOException {
    Path file = tmp.resolve("given.yaml");
    Files.copy(Path.of("scenarios/reference.yaml"), tmp.resolve("reference.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(file, TEAM + startTail);
    return Cli.execute("run", file.toString(), "--runs", "2", "--quiet", "--out",
        tmp.resolve("out").toString());
  }

  @Test
  void aValidStartingState_runs() throws IOException {
    Cli.Outcome outcome =
        run("  deals:\n    - {source: INBOUND, segment: smb, stage: propose, daysInStage: 3,"
            + " value: 20000, owner: ana}\n");
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.code()).isZero();
    assertThat(tmp.resolve("out/summary.json")).exists();
  }

  @Test
  void anUnknownStage_exits2_namingTheFileThePathAndTheStagesThere() throws IOException {
    Cli.Outcome outcome =
        run("  deals:\n    - {source: INBOUND, segment: smb, stage: handshake, daysInStage: 3,"
            + " value: 20000, owner: ana}\n");
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err())
        .contains(tmp.resolve("given.yaml").toString())
        .contains("start.deals[0].stage")
        .contains("handshake");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void anOwnerNotOnTheTeam_exits2_namingThePath() throws IOException {
    Cli.Outcome outcome =
        run("  deals:\n    - {source: OUTBOUND, segment: smb, stage: build the case, daysInStage: 3,"
            + " value: 20000, owner: cyd}\n");
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err())
        .contains(tmp.resolve("given.yaml").toString())
        .contains("start.deals[0].owner")
        .contains("cyd is not one of start.reps' ids");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aNegativeAge_exits2_namingThePath() throws IOException {
    Cli.Outcome outcome =
        run("  deals:\n    - {source: INBOUND, segment: smb, stage: propose, daysInStage: -4,"
            + " value: 20000, owner: ana}\n");
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).contains("start.deals[0].daysInStage");
    Cli.Outcome tenure = run("    - {id: cyd, role: OUTBOUND, tenureMonths: -1, rampedShare: 1}\n");
    assertThat(tenure.code()).isEqualTo(2);
    assertThat(tenure.err()).contains("start.reps[2].tenureMonths");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void anUnknownSegment_andARepListedTwice_exit2() throws IOException {
    Cli.Outcome segment = run("  arr:\n    - {segment: public-sector, arr: 500000, customers: 4}\n");
    assertThat(segment.code()).isEqualTo(2);
    assertThat(segment.err()).contains("start.arr[0].segment").contains("public-sector");
    Cli.Outcome twice = run("    - {id: ana, role: OUTBOUND, tenureMonths: 3, rampedShare: 1}\n");
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains("start.reps[2].id").contains("ana is listed twice");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void validate_namesTheBadAge_andNotTheFieldItSetAsideToLookFurther() throws IOException {
    Path file = tmp.resolve("given.yaml");
    Files.copy(Path.of("scenarios/reference.yaml"), tmp.resolve("reference.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(file, TEAM + "  deals:\n    - {source: INBOUND, segment: smb, stage: propose,"
        + " daysInStage: -3, value: 20000, owner: ana}\n");
    Cli.Outcome outcome = Cli.execute("validate", file.toString());
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err().strip())
        .isEqualTo(file + ": start.deals[0].daysInStage: must be in [0.0, 10000.0] (got -3.0)");
  }
}
