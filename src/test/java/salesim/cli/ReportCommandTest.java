package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiment commands draw the report; {@code salesim report DIR} redraws it from the files. */
final class ReportCommandTest {

  @TempDir Path tmp;

  @Test
  void compare_drawsTheReport_andReportRedrawsTheSameBytes() throws IOException {
    Path out = tmp.resolve("cmp");
    assertThat(
            Main.execute(
                "compare",
                "scenarios/mixed-flat.yaml",
                "scenarios/split-weighted.yaml",
                "--runs",
                "6",
                "--set",
                "calendar.months=9",
                "--out",
                out.toString(),
                "--quiet"))
        .isZero();
    Map<String, byte[]> drawn = report(out);
    assertThat(drawn)
        .containsKeys(
            "report.html", "report.pdf", "charts/bookings-fan.png", "charts/bookings-fan.svg");
    assertThat(Main.execute("report", out.toString())).isZero();
    Map<String, byte[]> redrawn = report(out);
    assertThat(redrawn.keySet()).isEqualTo(drawn.keySet());
    for (String name : drawn.keySet()) {
      assertThat(redrawn.get(name)).as(name).isEqualTo(drawn.get(name));
    }
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("cmp");
    }
  }

  @Test
  void explain_reportRedrawsTheSameBytes_andWithoutRunsCsvKeepsItsWorkbook() throws IOException {
    Path out = tmp.resolve("why");
    assertThat(
            Main.execute(
                "explain",
                "scenarios/mixed-flat.yaml",
                "scenarios/split-weighted.yaml",
                "--runs",
                "3",
                "--set",
                "calendar.months=6",
                // An audit of one assumption, so its sentences, tables and tornado are redrawn too.
                "--audit",
                "quick",
                "--audit-runs",
                "2",
                "--audit-params",
                "calendar.sellingShare",
                "--out",
                out.toString(),
                "--quiet"))
        .isZero();
    Map<String, byte[]> drawn = report(out);
    assertThat(new String(drawn.get("report.html"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Share of the day spent selling");
    assertThat(drawn.keySet()).anyMatch(name -> name.startsWith("charts/audit-"));
    byte[] summary = Files.readAllBytes(out.resolve("summary.json"));
    byte[] workbook = Files.readAllBytes(out.resolve("results.xlsx"));
    assertThat(drawn).containsKey("report.html");
    assertThat(drawn.keySet()).anyMatch(name -> name.startsWith("charts/waterfall-"));
    // The pages gone, as a user who deleted them would leave the folder. The PDF carries no date
    // (its file id is derived from summary.json), so it too must come back byte for byte.
    Files.delete(out.resolve("report.html"));
    Files.delete(out.resolve("report.pdf"));
    try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
      for (Path p : (Iterable<Path>) charts::iterator) {
        Files.delete(p);
      }
    }
    Files.delete(out.resolve("charts"));
    String said = stdoutOf(() -> assertThat(Main.execute("report", out.toString())).isZero());
    assertThat(said).contains("Wrote results.xlsx, report.html, report.pdf and charts/");
    Map<String, byte[]> redrawn = report(out);
    assertThat(redrawn.keySet()).isEqualTo(drawn.keySet());
    for (String name : drawn.keySet()) {
      assertThat(redrawn.get(name)).as(name).isEqualTo(drawn.get(name));
    }
    assertThat(Files.readAllBytes(out.resolve("summary.json"))).isEqualTo(summary);
    assertThat(Files.readAllBytes(out.resolve("results.xlsx"))).isEqualTo(workbook);

    // A curated folder leaves runs.csv out: the pages redraw, the workbook stays as it was, and
    // the message does not claim to have written it.
    Files.delete(out.resolve("runs.csv"));
    Files.delete(out.resolve("report.html"));
    said = stdoutOf(() -> assertThat(Main.execute("report", out.toString())).isZero());
    assertThat(said)
        .contains("Wrote report.html, report.pdf and charts/ to")
        .contains("results.xlsx kept as it was");
    assertThat(Files.readAllBytes(out.resolve("report.html"))).isEqualTo(drawn.get("report.html"));
    assertThat(Files.readAllBytes(out.resolve("results.xlsx"))).isEqualTo(workbook);
    assertThat(Files.readString(out.resolve(".salesim-output"))).contains("results.xlsx");
  }

  @Test
  void stress_drawsItsReport() throws IOException {
    Path out = tmp.resolve("stress");
    assertThat(
            Main.execute(
                "stress",
                "scenarios/split-weighted.yaml",
                "--shocks",
                "scenarios/shocks/deep-v.yaml",
                "--set",
                "calendar.months=18",
                "--runs",
                "3",
                "--out",
                out.toString(),
                "--quiet"))
        .isZero();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("Stress test").contains("deep-v");
    assertThat(out.resolve("charts/stress-drawdown.svg")).exists();
  }

  @Test
  void folderWithoutSummary_exits2_namingTheFile_andLeavesItAlone() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("not-an-output"));
    Files.writeString(folder.resolve("notes.txt"), "keep me");
    String err = stderrOf(() -> assertThat(Main.execute("report", folder.toString())).isEqualTo(2));
    assertThat(err).contains("not-an-output: summary.json: missing");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
    assertThat(Main.execute("report", tmp.resolve("nowhere").toString())).isEqualTo(2);
  }

  @Test
  void malformedMonthly_exits2_namingTheFileAndLine() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(
        folder.resolve("summary.json"),
        "{\"experiment\": \"run\", \"scenario\": \"x\", \"metrics\": {}}\n");
    Files.writeString(
        folder.resolve("monthly.csv"), "scenario,month,metric,mean,p5,p25,p50,p75,p95\nx,1\n");
    String err = stderrOf(() -> assertThat(Main.execute("report", folder.toString())).isEqualTo(2));
    assertThat(err).contains("monthly.csv line 2: expected 9 fields, found 2");
    assertThat(folder.resolve("report.html")).doesNotExist();
  }

  private static Map<String, byte[]> report(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String name : new String[] {"report.html", "report.pdf"}) {
      files.put(name, Files.readAllBytes(out.resolve(name)));
    }
    try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
      for (Path p : (Iterable<Path>) charts::iterator) {
        files.put("charts/" + p.getFileName(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static String stdoutOf(Runnable action) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      action.run();
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String stderrOf(Runnable action) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      action.run();
    } finally {
      System.setErr(saved);
    }
    return err.toString(StandardCharsets.UTF_8);
  }
}
