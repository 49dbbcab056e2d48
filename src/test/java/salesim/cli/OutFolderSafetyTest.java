package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.report.OutputMarker;

/**
 * {@code --out} never empties or replaces a folder salesim did not write (issue 12, item 1): a
 * folder is salesim's only if its {@code .salesim-output} marker lists every file in it. Before
 * the fix, {@code run --out FOLDER} replaced any folder, the user's scenario files and notes
 * included.
 */
final class OutFolderSafetyTest {

  /** A run of a few milliseconds: three months, two reps, two replications. */
  private static final List<String> TINY =
      List.of("--set", "calendar.months=3", "--set", "team.reps=2", "--runs", "2", "--quiet");

  @TempDir Path tmp;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", "scenarios/reference.yaml", "--out", out.toString()));
    args.addAll(TINY);
    args.addAll(List.of(extra));
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      code = Main.execute(args.toArray(String[]::new));
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    return new Outcome(
        code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
  }

  /** Every file under a folder with its bytes, by relative path. */
  private static Map<String, byte[]> snapshot(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void assertSame(Map<String, byte[]> before, Path folder) throws IOException {
    Map<String, byte[]> now = snapshot(folder);
    assertThat(now.keySet()).isEqualTo(before.keySet());
    before.forEach((name, bytes) -> assertThat(now.get(name)).as(name).isEqualTo(bytes));
  }

  private static List<String> siblings(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder.getParent())) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A folder holding a user's scenario and notes, as in the issue. */
  private Path usersFolder(String name) throws IOException {
    Path folder = Files.createDirectories(tmp.resolve(name));
    Files.writeString(folder.resolve("nordlys.yaml"), "name: nordlys\nteam: {reps: 14}\n");
    Files.writeString(folder.resolve("notes.txt"), "board meeting: bring the CFO numbers\n");
    Files.createDirectories(folder.resolve("old"));
    Files.writeString(folder.resolve("old/summary.json"), "{\"mine\": true}\n");
    return folder;
  }

  @Test
  void usersFolder_isRefusedWith2_namingIt_andLeftByteForByte() throws IOException {
    Path folder = usersFolder("notes-folder");
    Map<String, byte[]> before = snapshot(folder);
    Outcome outcome = run(folder);
    assertThat(outcome.code).isEqualTo(2);
    assertThat(outcome.err.strip())
        .startsWith("salesim: --out " + folder + ": the folder holds files salesim did not write")
        .contains("nordlys.yaml, notes.txt, old/")
        .contains("--force")
        .doesNotContain("Exception")
        .hasLineCount(1);
    assertThat(outcome.out).doesNotContain("Wrote");
    assertSame(before, folder);
    assertThat(siblings(folder)).containsExactly("notes-folder");
  }

  @Test
  void usersFolder_withForce_movesItsContentsToABackup_neverDeletes() throws IOException {
    Path folder = usersFolder("notes-folder");
    Map<String, byte[]> before = snapshot(folder);
    Outcome outcome = run(folder, "--force");
    assertThat(outcome.code).as(outcome.err).isZero();
    assertThat(outcome.err).contains("moved what was in " + folder + " to " + tmp.resolve("notes-folder.backup"));
    assertSame(before, tmp.resolve("notes-folder.backup"));
    assertThat(folder.resolve("summary.json")).exists();
    assertThat(folder.resolve("notes.txt")).doesNotExist();

    // The backup's name is taken: the next one is numbered, and the first is kept.
    Files.writeString(folder.resolve("draft.txt"), "mine");
    assertThat(run(folder, "--force").code).isZero();
    assertThat(Files.readString(tmp.resolve("notes-folder.backup-2/draft.txt"))).isEqualTo("mine");
    assertSame(before, tmp.resolve("notes-folder.backup"));
    assertThat(siblings(folder))
        .containsExactly("notes-folder", "notes-folder.backup", "notes-folder.backup-2");
  }

  @Test
  void folderSalesimWrote_isReplaced_untilTheUserAddsAFile() throws IOException {
    Path folder = tmp.resolve("reports/run");
    assertThat(run(folder).code).isZero();
    List<String> marker = Files.readAllLines(folder.resolve(OutputMarker.FILE));
    assertThat(marker).contains("  summary.json", "  runs.csv", "  report.html", "  charts/bookings-fan.svg");
    assertThat(run(folder, "--seed", "2").code).isZero();
    assertThat(siblings(folder)).containsExactly("run");

    // A user's file inside the folder makes it theirs.
    Files.writeString(folder.resolve("charts/my-annotations.txt"), "keep me");
    Map<String, byte[]> before = snapshot(folder);
    Outcome refused = run(folder, "--seed", "3");
    assertThat(refused.code).isEqualTo(2);
    assertThat(refused.err).contains("did not write (charts/my-annotations.txt)");
    assertSame(before, folder);
  }

  @Test
  void emptyFolder_isUsed_andNestedFoldersAreCreated() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThat(run(empty).code).isZero();
    assertThat(empty.resolve("summary.json")).exists();
    Path nested = tmp.resolve("a/b/c");
    assertThat(run(nested).code).isZero();
    assertThat(nested.resolve(OutputMarker.FILE)).exists();
    assertThat(siblings(nested)).containsExactly("c");
  }

  @Test
  void readOnlyFolder_isRefusedEvenIfSalesimWroteIt_andEvenWithForce() throws IOException {
    Path folder = tmp.resolve("frozen");
    assertThat(run(folder).code).isZero();
    Map<String, byte[]> before = snapshot(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      for (String[] extra : new String[][] {{}, {"--force"}}) {
        Outcome outcome = run(folder, extra);
        assertThat(outcome.code).isEqualTo(2);
        assertThat(outcome.err.strip())
            .isEqualTo("salesim: --out " + folder + ": the folder is read-only; salesim leaves it"
                + " as it is. Make it writable or choose another --out");
      }
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertSame(before, folder);
    assertThat(siblings(folder)).containsExactly("frozen");
  }

  @Test
  void marker_recordsVersionAndCommand_withoutAbsolutePathsOrRunOnlyOptions() throws IOException {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertThat(run(one, "--threads", "1").code).isZero();
    assertThat(run(two, "--threads=2").code).isZero();
    String marker = Files.readString(one.resolve(OutputMarker.FILE));
    assertThat(Files.readString(two.resolve(OutputMarker.FILE))).isEqualTo(marker);
    assertThat(marker)
        .contains("version: " + salesim.report.ProgramVersion.get())
        .contains("command: salesim run scenarios/reference.yaml --set calendar.months=3 --set"
            + " team.reps=2 --runs 2\n")
        .doesNotContain(tmp.toString())
        .doesNotContain("--threads");
  }

  @Test
  void reportCommand_onAFolderSalesimWrote_keepsItSalesims() throws IOException {
    Path folder = tmp.resolve("drawn");
    assertThat(run(folder).code).isZero();
    String marker = Files.readString(folder.resolve(OutputMarker.FILE));
    assertThat(Main.execute("report", folder.toString())).isZero();
    assertThat(Files.readString(folder.resolve(OutputMarker.FILE))).isEqualTo(marker);
    assertThat(run(folder, "--seed", "4").code).isZero();

    // A report file the marker does not list is the user's: report refuses to replace it.
    Files.writeString(folder.resolve("charts/notes.svg"), "<svg/>");
    Map<String, byte[]> before = snapshot(folder);
    assertThat(Main.execute("report", folder.toString())).isEqualTo(2);
    assertSame(before, folder);
  }

  /**
   * {@code --out .} and {@code --out ..} in a folder of the user's: run in a child JVM whose
   * working directory is a temporary folder, so a failure can only touch that.
   */
  @Test
  void dotAndDotDot_areRefused_andForceOnDotKeepsTheShellsFolder() throws Exception {
    Path parent = Files.createDirectories(tmp.resolve("advisor"));
    Files.writeString(parent.resolve("client-list.csv"), "acme,initech\n");
    Path cwd = usersFolder("advisor/nordlys");
    Path scenario = cwd.resolve("nordlys.yaml");
    Files.copy(Path.of("scenarios/reference.yaml"), scenario, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Map<String, byte[]> parentBefore = snapshot(parent);

    for (String out : List.of(".", "..")) {
      Child refused = child(cwd, out);
      assertThat(refused.code).as(refused.log).isEqualTo(2);
      assertThat(refused.log).contains("salesim: --out " + out + ": the folder holds files");
      assertSame(parentBefore, parent);
    }

    Map<String, byte[]> before = snapshot(cwd);
    Child forced = child(cwd, ".", "--force");
    assertThat(forced.code).as(forced.log).isZero();
    // The outputs are where the shell is, the user's files in a backup beside it.
    assertThat(cwd.resolve("summary.json")).exists();
    assertSame(before, tmp.resolve("advisor/nordlys.backup"));
    assertThat(snapshot(parent).get("client-list.csv")).isEqualTo(parentBefore.get("client-list.csv"));
    // Now the folder is salesim's: the same command replaces it without --force.
    Child again = child(cwd, ".");
    assertThat(again.code).as(again.log).isZero();
    assertThat(siblings(cwd)).containsExactly("client-list.csv", "nordlys", "nordlys.backup");
  }

  private record Child(int code, String log) {}

  private static Child child(Path cwd, String out, String... extra) throws Exception {
    String scenario =
        Files.exists(cwd.resolve("nordlys.yaml")) ? "nordlys.yaml" : "../nordlys.backup/nordlys.yaml";
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "salesim.cli.Main",
                "run",
                scenario,
                "--out",
                out));
    command.addAll(TINY);
    command.addAll(List.of(extra));
    Path log = Files.createTempFile("salesim-child", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(cwd.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      return new Child(process.exitValue(), Files.readString(log));
    } finally {
      Files.delete(log);
    }
  }
}
