package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import salesim.report.OutputFiles;

/**
 * Every bad input of issue 8, end to end through {@code salesim run}: each must print one clear
 * line, exit with its code, and leave the previous report folder byte for byte as it was.
 *
 * <p>"Unreadable" and "not writable" cannot be made with permissions here (the tests may run as
 * root, who reads and writes anything), so they are paths that no user can use either: a
 * scenario that is a folder, a scenario or an output folder whose parent is a regular file.
 */
final class HostileInputTest {

  /** A short, small run: a few seconds with its report. */
  private static final String[] SMALL = {
    "--threads", "1", "--quiet",
    "--set", "calendar.months=3", "--set", "team.reps=2", "--set", "management.inboundReps=1",
    "--set", "inbound.leadsPerMonth=20"
  };

  @TempDir static Path tmp;

  /** A finished report folder, and the bytes of every file in it. */
  private static Path previous;

  private static Map<String, byte[]> previousBytes;

  @BeforeAll
  static void writePreviousReport() throws IOException {
    previous = tmp.resolve("prévious report");
    Cli.Outcome first = run("scenarios/split-weighted.yaml", previous);
    assertThat(first.code()).as(first.err()).isZero();
    previousBytes = snapshot(previous);
    assertThat(previousBytes).containsKeys("summary.json", "runs.csv", "monthly.csv", "report.pdf");
  }

  @AfterEach
  void endSimulation() {
    OutputFiles.simulateFullDiskAfter(-1);
  }

  private static Cli.Outcome run(String scenario, Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", scenario, "--out", out.toString()));
    args.addAll(List.of(SMALL));
    args.addAll(List.of(extra));
    if (!args.contains("--runs")) {
      args.addAll(List.of("--runs", "3"));
    }
    return Cli.execute(args.toArray(String[]::new));
  }

  /** A run with the scenario's own values: for files that must fail before anything runs. */
  private static Cli.Outcome runAsIs(String scenario, Path out) {
    return Cli.execute("run", scenario, "--out", out.toString(), "--runs", "3", "--quiet");
  }

  /** Every file under a folder, by relative path, with its bytes. */
  private static Map<String, byte[]> snapshot(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** The previous folder is intact, and no staging folder was left beside it. */
  private static void assertPreviousIntact() throws IOException {
    Map<String, byte[]> now = snapshot(previous);
    assertThat(now.keySet()).isEqualTo(previousBytes.keySet());
    for (Map.Entry<String, byte[]> e : previousBytes.entrySet()) {
      assertThat(java.util.Arrays.equals(now.get(e.getKey()), e.getValue()))
          .as("%s is unchanged", e.getKey())
          .isTrue();
    }
    try (Stream<Path> siblings = Files.list(previous.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".partial") || name.endsWith(".previous"));
    }
  }

  /** A usage or input error: exit 2, one line, the expected text, no stack trace. */
  private static void assertRefused(Cli.Outcome outcome, String... fragments) {
    assertThat(outcome.code()).as(outcome.err()).isEqualTo(2);
    assertThat(outcome.err().lines().count()).as(outcome.err()).isEqualTo(1);
    assertThat(outcome.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(outcome.err()).contains(fragments);
  }

  private static Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  // Scenario files

  static Stream<Arguments> badScenarios() {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      bomb.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "*" : ", *").append((char) (level - 1));
      }
      bomb.append("]\n");
    }
    return Stream.of(
        Arguments.of("nan.yaml", "outbound: {connectRate: .nan}\n",
            "nan.yaml: outbound.connectRate: must be a probability in [0, 1] (got NaN)"),
        Arguments.of("inf.yaml", "segments: {replace: [{name: a, accounts: 10, dealValueMean: .inf,"
                + " dealValueCv: 0.5, cycleFactor: 1, latentNeedShare: 0.3, buyingGroupSize: 2,"
                + " inboundShare: 1, outboundShare: 1, grossChurnPerYear: 0.1, expansionPerYear: 0.05, billing: ANNUAL}]}\n",
            "inf.yaml: segments[0].dealValueMean: must be finite and > 0 (got Infinity)"),
        Arguments.of("negative.yaml", "team: {reps: -4}\n",
            "negative.yaml: team.reps: must be in [1, 100000] (got -4)"),
        Arguments.of("type.yaml", "calendar: {months: [36]}\n",
            "type.yaml: calendar.months: expected a whole number (got a list)"),
        Arguments.of("extra.yaml", "team: {reps: 3, rep: 4}\n",
            "extra.yaml: team.rep: unknown field; valid fields are reps,"),
        Arguments.of("missing.yaml", "segments: {replace: [{name: a, accounts: 10}]}\n",
            "missing.yaml: segments[0].dealValueMean: is required"),
        Arguments.of("tag.yaml", "calendar: !!java.lang.Runtime {}\n",
            "tag.yaml: YAML tag !!java.lang.Runtime at line 1, column 11 is not allowed: a scenario"
                + " holds only plain values, lists and mappings"),
        Arguments.of("deep.yaml", "calendar: " + "[".repeat(70) + "]".repeat(70) + "\n",
            "deep.yaml: calendar[0][0][0]: nested more than 64 levels deep at line 1"),
        Arguments.of("long-number.yaml", "team: {reps: " + "9".repeat(150) + "}\n",
            "long-number.yaml: team.reps: a number longer than 100 characters"),
        Arguments.of("bomb.yaml", bomb.toString(),
            "bomb.yaml: YAML anchors and aliases expand beyond the safety limit of 100,000"
                + " values (an alias bomb?)"),
        Arguments.of("spréadsheet paste.yaml", "inbound: {leadsPerMonth: 1,200}\n",
            "spréadsheet paste.yaml: "),
        Arguments.of("unicode.yaml", "calendar: {\"mon\u202Eths\": 3}\n",
            "unicode.yaml: calendar.\"mon\\u202Eths\": unknown field"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badScenarios")
  void badScenario_exits2_withFileFieldAndProblem_andThePreviousReportSurvives(
      String name, String text, String expected) throws IOException {
    Path file = write("bad/" + name, text);
    Cli.Outcome outcome =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> runAsIs(file.toString(), previous));
    assertRefused(outcome, file.getParent() + "/" + expected);
    assertPreviousIntact();
  }

  @Test
  void aliasBomb_isRefusedInUnderASecond() throws IOException {
    Path file = write("bomb2.yaml", badScenarios().filter(a -> a.get()[0].equals("bomb.yaml"))
        .findFirst().orElseThrow().get()[1].toString());
    long start = System.nanoTime();
    Cli.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(1),
        () -> Cli.execute("validate", file.toString()));
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    assertRefused(outcome, file + ": YAML anchors and aliases expand beyond the safety limit");
  }

  @Test
  void missingScenario_exits2_andThePreviousReportSurvives() throws IOException {
    Path missing = tmp.resolve("nowhere/scénario.yaml");
    assertRefused(runAsIs(missing.toString(), previous), missing + ": file not found");
    assertPreviousIntact();
  }

  @Test
  void unreadableScenario_aFolder_orUnderAFile_exits2_andThePreviousReportSurvives()
      throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("folder.yaml"));
    assertRefused(
        runAsIs(folder.toString(), previous), folder + ": is a folder, not a scenario file");
    Path file = write("plain-file", "not a folder");
    Path under = file.resolve("scenario.yaml");
    assertRefused(
        runAsIs(under.toString(), previous), under + ": cannot read file: Not a directory");
    assertPreviousIntact();
  }

  // Output folders

  @Test
  void outThatIsAFile_exits2_andTheFileSurvives() throws IOException {
    Path file = write("results.txt", "keep me");
    assertRefused(run("scenarios/split-weighted.yaml", file), file + ": exists and is not a folder");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void outThatCannotBeCreated_exits2_andNothingIsWritten() throws IOException {
    Path file = write("blocker", "keep me");
    Path out = file.resolve("report");
    assertRefused(run("scenarios/split-weighted.yaml", out), out.toString(), "Not a directory");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void fullDisk_atEachStageOfWriting_exits2_andThePreviousReportSurvives() throws IOException {
    // Where the bytes go, in order: runs.csv, summary.json, monthly.csv, then report.pdf.
    long runs = previousBytes.get("runs.csv").length;
    long summary = previousBytes.get("summary.json").length;
    long monthly = previousBytes.get("monthly.csv").length;
    long pdf = previousBytes.get("report.pdf").length;
    long[] budgets = {
      0, runs / 2, runs + summary / 2, runs + summary + monthly / 2, runs + summary + monthly + pdf / 2
    };
    for (long budget : budgets) {
      OutputFiles.simulateFullDiskAfter(budget);
      Cli.Outcome outcome = run("scenarios/split-weighted.yaml", previous, "--seed", "2");
      OutputFiles.simulateFullDiskAfter(-1);
      assertRefused(outcome, "No space left on device");
      assertPreviousIntact();
    }
    // The same run with room on the disk succeeds (so the failures above were the disk's).
    Path roomy = tmp.resolve("roomy");
    assertThat(run("scenarios/split-weighted.yaml", roomy, "--seed", "2").code()).isZero();
  }

  // Names

  @Test
  void namesWithSpacesAndNonAsciiLetters_work() throws IOException {
    Path scenario =
        write("dossier à espaces/scénario ünïcode 販売.yaml", "extends: ../scenarios-copy/base.yaml\n");
    Files.createDirectories(tmp.resolve("scenarios-copy"));
    Files.copy(Path.of("scenarios/split-weighted.yaml"), tmp.resolve("scenarios-copy/base.yaml"));
    // It is built from the plan overlays beside it.
    Files.createDirectories(tmp.resolve("scenarios-copy/plans"));
    try (Stream<Path> plans = Files.list(Path.of("scenarios/plans"))) {
      for (Path plan : (Iterable<Path>) plans::iterator) {
        Files.copy(plan, tmp.resolve("scenarios-copy/plans").resolve(plan.getFileName()));
      }
    }
    Path out = tmp.resolve("sortie é/résultats 2026");
    Cli.Outcome outcome = run(scenario.toString(), out);
    assertThat(outcome.code()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains(out.toString());
    assertThat(snapshot(out)).containsKeys("summary.json", "runs.csv", "monthly.csv", "report.html");
    assertThat(Files.readString(out.resolve("summary.json"))).contains("split-weighted");
  }

  // Resource guard

  @Test
  void hundredThousandRepsForThreeYears_areRefusedBeforeAnythingIsWritten() throws IOException {
    Cli.Outcome outcome =
        run("scenarios/split-weighted.yaml", previous, "--set", "team.reps=100000",
            "--set", "calendar.months=36", "--runs", "1000");
    assertRefused(
        outcome,
        "refusing to start: 1,000 replications of about 8.",
        "e+08 events each make about 8.",
        "Add --force to run it anyway.");
    assertPreviousIntact();
  }

  @Test
  void tenMillionReps_areInvalid() throws IOException {
    Cli.Outcome outcome =
        run("scenarios/split-weighted.yaml", previous, "--set", "team.reps=10000000");
    assertRefused(outcome, "team.reps: must be in [1, 100000] (got 10000000)");
    assertPreviousIntact();
  }

  @Test
  void aBillionReplications_areRefused_unlessPrecisionCanStopThem() throws IOException {
    Cli.Outcome refused = run("scenarios/split-weighted.yaml", previous, "--runs", "1000000000");
    assertRefused(
        refused,
        "refusing to start: 1,000,000,000 replications of about",
        "lower --runs, or add --precision",
        "Add --force to run it anyway.");
    assertPreviousIntact();

    Path out = tmp.resolve("precise");
    Cli.Outcome precise =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(
            "scenarios/split-weighted.yaml", out, "--runs", "1000000000", "--precision", "0.2",
            "--metric", "inbound_leads"));
    assertThat(precise.code()).as(precise.err()).isZero();
    // Leads a month are Poisson(20): a 20 % half-width needs the first batch of 100 runs only.
    assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + 100);
  }

  @Test
  void force_skipsTheGuard() throws IOException {
    // With --force the guard lets the run start; it then stops at the next check, --resume with
    // nothing to resume, before simulating a billion replications.
    Cli.Outcome outcome =
        run("scenarios/split-weighted.yaml", previous, "--runs", "1000000000", "--force",
            "--resume");
    assertRefused(outcome, "nothing to resume");
    assertPreviousIntact();
  }

  // Exit codes

  @Test
  void help_documentsTheExitCodes() {
    Cli.Outcome outcome = Cli.execute("--help");
    assertThat(outcome.code()).isZero();
    assertThat(outcome.out())
        .contains("Exit codes:\n  0    success\n")
        .contains("  1    internal error (a bug: rerun with --verbose for the stack trace)\n")
        .contains("  2    invalid input or usage: a bad scenario or option,")
        .contains("  130  interrupted (Ctrl-C)");
    assertThat(Cli.execute("run", "--help").out()).contains("--force");
  }

  @Test
  void internalError_isOneLineWithAHint_andTheTraceOnlyWithVerbose() {
    for (boolean verbose : new boolean[] {false, true}) {
      java.io.StringWriter text = new java.io.StringWriter();
      picocli.CommandLine commandLine = new picocli.CommandLine(new Main());
      commandLine.setErr(new java.io.PrintWriter(text));
      if (verbose) {
        commandLine.parseArgs("--verbose");
      }
      int code = Main.handle(new IllegalStateException("boom"), commandLine, null);
      assertThat(code).isEqualTo(1);
      String[] lines = text.toString().split("\\R");
      assertThat(lines[0])
          .isEqualTo(
              "salesim: internal error: java.lang.IllegalStateException: boom. Rerun with"
                  + " --verbose for the stack trace.");
      assertThat(lines.length > 1).isEqualTo(verbose);
    }
  }

  @Test
  void unknownOption_isAUsageError() {
    Cli.Outcome outcome = Cli.execute("run", "scenarios/split-weighted.yaml", "--rnus", "3");
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err()).contains("Unknown options: '--rnus', '3'").doesNotContain("WARN");
  }
}
