package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.report.chart.MalformedOutputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report of the committed comparison: self-contained, escaped, right, and reproducible. */
final class ReportWriterTest {

  @TempDir static Path tmp;
  static Path folder;
  static String html;

  @BeforeAll
  static void render() throws IOException {
    folder = Fixtures.compare(tmp.resolve("compare"));
    ReportWriter.render(folder);
    html = Files.readString(folder.resolve("report.html"));
  }

  @Test
  void render_writesHtmlPdfAndEveryChartAsPngAndSvg() throws IOException {
    assertThat(Files.readAllBytes(folder.resolve("report.pdf")))
        .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    try (Stream<Path> charts = Files.list(folder.resolve("charts"))) {
      List<String> names = charts.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names)
          .contains(
              "bookings-fan.png",
              "bookings-fan.svg",
              "rep-hours.png",
              "outbound-funnel.svg",
              "totals.png",
              "distribution-bookings-total.svg",
              "bookings-by-source.png",
              "arr-fan.png",
              "net-new-arr.svg",
              "value-at-horizon.png");
      assertThat(names.stream().filter(n -> n.endsWith(".png")).count())
          .isEqualTo(names.stream().filter(n -> n.endsWith(".svg")).count());
    }
    // The CFO's page is a section of its own, reached from the page's navigation.
    assertThat(html)
        .contains("<a href=\"#cfo\">The CFO's page</a>")
        .contains("<section id=\"cfo\">")
        .contains("<figure id=\"figure-arr-fan\"");
  }

  @Test
  void html_isSelfContained_noScript_noExternalReference() {
    assertThat(html).doesNotContainIgnoringCase("<script");
    assertThat(
            Pattern.compile("(src|href)\\s*=\\s*['\"]?\\s*(https?:)?//", Pattern.CASE_INSENSITIVE)
                .matcher(html)
                .find())
        .isFalse();
    assertThat(html).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("@import");
    assertThat(html).doesNotContainIgnoringCase("<img");
    // Every chart is inline SVG.
    assertThat(html.split("<svg ", -1).length - 1).isEqualTo(html.split("<figure ", -1).length - 1);
  }

  @Test
  void html_statesTheFindings_withThePairedNumbers() throws IOException {
    JsonNode summary =
        JsonMapper.builder().build().readTree(folder.resolve("summary.json").toFile());
    double base =
        summary
            .get("scenarios")
            .get(0)
            .get("metrics")
            .get("cost_of_sales")
            .get("mean")
            .doubleValue();
    JsonNode d = summary.get("paired_differences").get("split-weighted").get("cost_of_sales");
    String finding =
        "split-weighted spends "
            + pct(d.get("mean").doubleValue() / base)
            + " % more on selling than mixed-flat (loaded pay and commission, managers, tools,"
            + " marketing and hiring): "
            + Formats.signedMoney(d.get("mean").doubleValue(), "USD")
            + " on average (95 % CI +"
            + pct(d.get("ci95_low").doubleValue() / base)
            + " % to +"
            + pct(d.get("ci95_high").doubleValue() / base)
            + " %), higher in "
            + new BigDecimal(100 * d.get("p_other_higher").doubleValue())
                .setScale(0, RoundingMode.HALF_EVEN)
            + " % of paired runs.";
    assertThat(finding)
        .isEqualTo(
            "split-weighted spends 9.5 % more on selling than mixed-flat (loaded pay and"
                + " commission, managers, tools, marketing and hiring): +USD 233 k on average (95 %"
                + " CI +5.3 % to +13.7 %), higher in 100 % of paired runs.");
    assertThat(html).contains(finding);
    // A difference whose CI straddles zero is called level, not a win.
    assertThat(html).contains("split-weighted and mixed-flat are level: the difference, −3.7 %");
    assertThat(html).contains("On ARR at the horizon, split-weighted and mixed-flat are level");
    // One whose CI excludes zero states the difference, signed by its words.
    assertThat(html).contains("split-weighted earns 2.2 % less contribution than mixed-flat");
  }

  private static String pct(double share) {
    return new BigDecimal(100 * share).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void html_highlightsTheSettingsThatDiffer() {
    assertThat(html)
        .containsPattern(
            "<tr class=\"differs\">\\s*<th scope=\"row\"><span class=\"mark\"[^>]*>&ne;</span>"
                + " Team structure<br><small>management.structure</small>");
    assertThat(html)
        .doesNotContain(
            "<tr class=\"differs\">\n"
                + "<th scope=\"row\"><span class=\"mark\" title=\"differs between the"
                + " plans\">&ne;</span> Reps<br>");
  }

  @Test
  void render_escapesScenarioNames_inTextAndCharts() throws IOException {
    Path odd = Fixtures.compare(tmp.resolve("odd"));
    String name = "<b>&\"x\"";
    replace(odd.resolve("summary.json"), "\"split-weighted\"", "\"<b>&\\\"x\\\"\"");
    replace(odd.resolve("monthly.csv"), "\nsplit-weighted,", "\n\"<b>&\"\"x\"\"\",");
    replace(odd.resolve("runs.csv"), "\nsplit-weighted,", "\n\"<b>&\"\"x\"\"\",");
    ReportWriter.render(odd);
    String page = Files.readString(odd.resolve("report.html"));
    assertThat(page).doesNotContain(name).doesNotContain("<b>");
    // Text escapes &lt; & and &amp; (a quote needs no escape there); attributes escape quotes too.
    assertThat(page).contains("<h1>mixed-flat vs &lt;b&gt;&amp;\"x\"</h1>");
    assertThat(page).contains("aria-label=\"Bookings month by month\"");
    // The charts' own text is escaped by the SVG writer.
    assertThat(page).contains("&lt;b&gt;&amp;&quot;x&quot;</text>");
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void render_twice_givesTheSameBytes_forHtmlPdfPngAndSvg() throws IOException {
    Path again = Fixtures.compare(tmp.resolve("again"));
    ReportWriter.render(again);
    Map<String, byte[]> first = outputs(folder);
    Map<String, byte[]> second = outputs(again);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String name : first.keySet()) {
      assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
    }
    assertThat(first.keySet()).anyMatch(n -> n.endsWith(".png")).anyMatch(n -> n.endsWith(".svg"));
  }

  private static Map<String, byte[]> outputs(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("report.html", Files.readAllBytes(dir.resolve("report.html")));
    files.put("report.pdf", Files.readAllBytes(dir.resolve("report.pdf")));
    try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
      for (Path p : (Iterable<Path>) charts::iterator) {
        files.put("charts/" + p.getFileName(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void pdf_carriesNoDate_andAnIdFromTheInputs() throws IOException {
    String pdf =
        new String(Files.readAllBytes(folder.resolve("report.pdf")), StandardCharsets.ISO_8859_1);
    assertThat(pdf).doesNotContain("/CreationDate").doesNotContain("/ModDate");
    assertThat(pdf).contains("/ID [<");
  }

  @Test
  void rerender_withoutSummary_failsNamingIt_andLeavesTheFolder() throws IOException {
    Path bare = Files.createDirectories(tmp.resolve("bare"));
    Files.writeString(bare.resolve("monthly.csv"), "x\n");
    assertThatThrownBy(() -> ReportWriter.rerender(bare))
        .isInstanceOf(MalformedOutputException.class)
        .hasMessageStartingWith("summary.json: missing");
    try (Stream<Path> files = Files.list(bare)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("monthly.csv");
    }
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
  }

  @Test
  void rerender_aMalformedFile_keepsTheOldReport() throws IOException {
    Path broken = Fixtures.compare(tmp.resolve("broken"));
    ReportWriter.render(broken);
    byte[] before = Files.readAllBytes(broken.resolve("report.html"));
    Files.writeString(broken.resolve("monthly.csv"), "scenario,month\n");
    assertThatThrownBy(() -> ReportWriter.rerender(broken))
        .hasMessageStartingWith("monthly.csv line 1");
    assertThat(Files.readAllBytes(broken.resolve("report.html"))).isEqualTo(before);
    assertThat(Files.exists(broken.resolve("charts/bookings-fan.png"))).isTrue();
  }

  @Test
  void tryRender_aBrokenFolder_warns_andLeavesNoPartialReport() {
    Path broken = Fixtures.compare(tmp.resolve("try"));
    try {
      Files.writeString(broken.resolve("summary.json"), "{");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(
            ReportWriter.tryRender(
                broken, Path.of("reports/x"), new PrintStream(err, true, StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("summary.json: not valid JSON")
        .contains("results are kept")
        .contains("draw it with: salesim report reports/x")
        .doesNotContain("Exception");
    assertThat(Files.exists(broken.resolve("report.html"))).isFalse();
    assertThat(Files.exists(broken.resolve("charts"))).isFalse();
  }
}
