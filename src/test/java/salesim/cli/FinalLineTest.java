package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every verb's final "Wrote ..." line names only files that exist (issue 12 item 2), and plans
 * over different horizons get their report drawn instead of a stack-trace-like message.
 */
final class FinalLineTest {

  private static final Pattern WROTE = Pattern.compile("^Wrote (.+) to (\\S+)( \\(.*\\))?$");

  @TempDir Path tmp;

  /** What one command printed. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code = Main.execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Run(
        code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  /** The files the final line names, each checked to exist; returns them. */
  static List<String> assertNamedFilesExist(Run run) {
    assertThat(run.code()).as(run.err()).isZero();
    String[] lines = run.out().strip().split("\n");
    Matcher m = WROTE.matcher(lines[lines.length - 1]);
    assertThat(m.matches()).as(lines[lines.length - 1]).isTrue();
    Path folder = Path.of(m.group(2));
    List<String> names = new ArrayList<>();
    for (String part : m.group(1).split(", | and ")) {
      names.add(part.trim());
    }
    for (String name : names) {
      Path file = folder.resolve(name.replace("/", ""));
      if (name.endsWith("/")) {
        assertThat(file).as(name).isDirectory();
        assertThat(file.toFile().list()).as(name).isNotEmpty();
      } else {
        assertThat(file).as(name).isRegularFile();
        assertThat(file.toFile().length()).as(name).isPositive();
      }
    }
    return names;
  }

  private static void assertNoClassName(Run run) {
    assertThat(run.err()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+(Exception|Error)");
    assertThat(run.err()).doesNotContain("Exception");
  }

  private String out(String name) {
    return tmp.resolve(name).toString();
  }

  @Test
  void run_namesWhatItWrote() {
    List<String> names =
        assertNamedFilesExist(
            run("run", "scenarios/split-flat.yaml", "--runs", "2", "--set", "calendar.months=6",
                "--quiet", "--out", out("run")));
    assertThat(names)
        .containsExactly(
            "summary.json", "monthly.csv", "runs.csv", "results.xlsx", "report.html", "report.pdf", "charts/");
  }

  @Test
  void compare_ofPlansOverDifferentHorizons_drawsTheReport() throws IOException {
    Path shorter = tmp.resolve("short.yaml");
    Files.writeString(
        shorter,
        "extends: " + Path.of("scenarios/mixed-flat.yaml").toAbsolutePath()
            + "\nname: short\ncalendar: {months: 6}\n");
    Path longer = tmp.resolve("long.yaml");
    Files.writeString(
        longer,
        "extends: " + Path.of("scenarios/split-weighted.yaml").toAbsolutePath()
            + "\nname: long\ncalendar: {months: 9}\n");
    Run run =
        run("compare", shorter.toString(), longer.toString(), "--runs", "2", "--quiet", "--out",
            out("cmp"));
    assertThat(assertNamedFilesExist(run)).contains("report.html", "report.pdf", "charts/");
    assertNoClassName(run);
    String html = Files.readString(tmp.resolve("cmp").resolve("report.html"));
    assertThat(html)
        .contains("The plans run over different horizons (short 6 months, long 9 months)")
        .contains("The monthly charts show the first 6 months");
  }

  @Test
  void sweep_ofTheHorizon_drawsTheReport() throws IOException {
    Run run =
        run("sweep", "scenarios/split-flat.yaml", "--vary", "calendar.months=6,9", "--runs", "2",
            "--quiet", "--out", out("sweep"));
    assertThat(assertNamedFilesExist(run)).contains("sweep.csv", "report.html", "charts/");
    assertNoClassName(run);
    assertThat(Files.readString(tmp.resolve("sweep").resolve("report.html")))
        .contains("The grid points run over different horizons (6 to 9 months)");
  }

  @Test
  void stress_namesWhatItWrote_andWarnsOfAShockPastTheHorizon() {
    Run run =
        run("stress", "scenarios/mixed-flat.yaml", "--shocks", "scenarios/shocks/long-u.yaml",
            "--runs", "3", "--quiet", "--out", out("stress"));
    assertThat(assertNamedFilesExist(run)).contains("stress.csv", "report.pdf");
    assertThat(run.err())
        .contains(
            "salesim: warning: long-u (to month 36) does not end before the 36-month horizon");
    assertThat(run.out()).contains("long-u *").contains("still on at the end of the 36-month");
  }

  @Test
  void sensitivity_ofTheHorizon_drawsTheReport_andEstimatesItsRunTimeFirst() {
    Run run =
        run("sensitivity", "scenarios/split-flat.yaml", "--set", "calendar.months=10",
            "--params", "calendar.months,inbound.leadsPerMonth", "--runs", "2", "--out",
            out("sens"));
    assertThat(assertNamedFilesExist(run)).contains("sensitivity.csv", "report.html");
    assertNoClassName(run);
    assertThat(run.err())
        .containsPattern(
            "sensitivity: 2 parameters moved, 5 variants x 2 runs: estimated (under a minute|about"
                + " [0-9]+ minutes?) on [0-9]+ idle threads?");
  }

  @Test
  void explain_namesWhatItWrote() {
    Run run =
        run("explain", "scenarios/mixed-flat.yaml", "scenarios/split-weighted.yaml", "--runs", "2",
            "--set", "calendar.months=6", "--audit", "none", "--quiet", "--out", out("why"));
    assertThat(assertNamedFilesExist(run))
        .contains("summary.json", "monthly.csv", "runs.csv", "report.html", "report.pdf", "charts/");
    assertNoClassName(run);
  }

  @Test
  void report_namesWhatItWrote() {
    Path folder = tmp.resolve("again");
    assertThat(
            run("run", "scenarios/split-flat.yaml", "--runs", "2", "--set", "calendar.months=6",
                    "--quiet", "--out", folder.toString())
                .code())
        .isZero();
    assertThat(assertNamedFilesExist(run("report", folder.toString())))
        .containsExactly("results.xlsx", "report.html", "report.pdf", "charts/");
  }

  @Test
  void aReportThatCannotBeDrawn_isLeftOutOfTheFinalLine() {
    assertThat(Options.wrote(Path.of("x"), false, "summary.json", "runs.csv"))
        .isEqualTo("Wrote summary.json, runs.csv to x (no report: see above)");
  }
}
