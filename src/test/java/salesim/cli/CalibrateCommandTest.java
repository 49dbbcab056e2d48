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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.calibrate.SyntheticCompany;
import salesim.crm.ExportWriter;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code salesim calibrate} end to end: a Salesforce export of a known company calibrated with a
 * back-test, the written scenario loading (without its start: block, which the loader does not
 * bind yet), the same bytes on a second run and on a redraw, no names from an input in any
 * output, bad files and options refused with exit 2 and the earlier outputs intact, and
 * {@code run --crm-export} refused until the model reports its history.
 */
final class CalibrateCommandTest {

  @TempDir static Path shared;
  @TempDir Path tmp;

  static Path export;

  @BeforeAll
  static void writeExport() throws IOException {
    var truth = new ScenarioLoader()
        .load(Path.of("src/test/resources/salesim/calibrate/truth.yaml")).parameters();
    export = Files.createDirectories(shared.resolve("salesforce"));
    // Half-hour calling blocks: a quarter of the calls, enough for every estimate, a faster test.
    ExportWriter.salesforce(SyntheticCompany.generate(truth, 24, 3, 0.5), export);
  }

  record Run(int code, String out, String err) {}

  static Run salesim(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute(args);
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private String[] calibrate(Path dir, String... more) {
    List<String> args = new ArrayList<>(List.of("calibrate", "--from", "salesforce", dir.toString(),
        "--as-of", "2025-12-31", "--out", tmp.resolve("company.yaml").toString(), "--report",
        tmp.resolve("report").toString()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void calibrate_writesScenarioSideFileAndReport_sameBytesTwice() throws IOException {
    Run first = salesim(calibrate(export, "--holdout-months", "3", "--runs", "10", "--threads", "2"));
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("inbound.leadsPerMonth").contains("Back-test (fitted to 2025-09-30")
        .contains("The actual bookings fell inside the simulated 90 % band in");
    Path scenario = tmp.resolve("company.yaml");
    Path side = tmp.resolve("company.calibration.json");
    Path report = tmp.resolve("report");
    String text = Files.readString(scenario);
    assertThat(text).startsWith("# Written by salesim calibrate.\n").contains("\nstart:\n  reps:\n")
        .contains("    - {id: u").contains("  deals:\n    - {source: ").contains("  arr:\n");
    // The file loads as written, its starting state included: the team is the reps listed.
    Scenario loaded = new ScenarioLoader().load(scenario);
    assertThat(loaded.parameters().team().reps()).isEqualTo(countLines(text, "    - {id: u"));
    assertThat(loaded.parameters().start().reps()).hasSize(countLines(text, "    - {id: u"));
    assertThat(loaded.parameters().start().deals()).hasSize(countLines(text, "    - {source: "));
    assertThat(loaded.parameters().pipeline().inbound()).extracting(s -> s.name())
        .containsExactly("Qualification", "Proposal", "Negotiation");
    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(side));
    assertThat(json.get("kind").asString()).isEqualTo("calibration");
    assertThat(json.get("backtest").get("series")).hasSize(3);
    assertThat(json.get("estimates").get(0).has("ci95_low")).isTrue();
    for (String f : List.of("report.html", "report.pdf", "calibration.json", "charts/leads.svg",
        "charts/stages-inbound.png", "charts/backtest-bookings.svg", "charts/values-smb.png")) {
      assertThat(report.resolve(f)).as(f).isRegularFile();
    }
    assertThat(Files.readString(report.resolve("report.html")))
        .contains("What the data sets").contains("Kept from the base").contains("Data problems")
        .contains("Back-test: bookings").contains("Lead sources counted as outbound: Outbound, Cold Call");
    byte[] yaml = Files.readAllBytes(scenario);
    byte[] html = Files.readAllBytes(report.resolve("report.html"));
    byte[] pdf = Files.readAllBytes(report.resolve("report.pdf"));
    Run second = salesim(calibrate(export, "--holdout-months", "3", "--runs", "10", "--threads", "1"));
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(Files.readAllBytes(scenario)).isEqualTo(yaml);
    assertThat(Files.readString(side)).isEqualTo(json.toString().isEmpty() ? "" : Files.readString(side));
    assertThat(Files.readAllBytes(report.resolve("report.html"))).isEqualTo(html);
    assertThat(Files.readAllBytes(report.resolve("report.pdf"))).isEqualTo(pdf);
    Run redraw = salesim("report", report.toString());
    assertThat(redraw.code()).as(redraw.err()).isZero();
    assertThat(Files.readAllBytes(report.resolve("report.html"))).isEqualTo(html);
  }

  private static int countLines(String text, String prefix) {
    return (int) text.lines().filter(l -> l.startsWith(prefix)).count();
  }

  @Test
  void calibrate_reportExportWithOwnerNames_neverWritesThem() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("report-export"));
    StringBuilder opps = new StringBuilder(
        "\"Opportunity ID\",\"Opportunity Owner\",\"Created Date\",\"Close Date\",\"Stage\",\"Amount\",\"Lead Source\"\n");
    String[] owners = {"Jane Doe", "John Roe", "Mary Major"};
    for (int i = 0; i < 90; i++) {
      int month = 1 + i % 12;
      opps.append(String.format(java.util.Locale.ROOT, "\"006%03d\",\"%s\",\"%d/%d/2024\",\"%d/28/2024\",\"%s\",\"$%d,500.00\",\"%s\"%n",
          i, owners[i % 3], month, 1 + i % 20, month, i % 4 == 0 ? "Discovery" : i % 2 == 0 ? "Closed Won" : "Closed Lost",
          10 + i, i % 5 == 0 ? "Cold Call" : "Web"));
    }
    Files.writeString(dir.resolve("Opportunities.csv"), opps.toString());
    Path stages = tmp.resolve("stages.yaml");
    Files.writeString(stages, "- {name: Discovery, order: 1, closed: false, won: false}\n"
        + "- {name: Closed Won, order: 2, closed: true, won: true}\n"
        + "- {name: Closed Lost, order: 3, closed: true, won: false}\n");
    Run run = salesim(calibrate(dir, "--stages", stages.toString()));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("kept from the base");
    List<Path> outputs = new ArrayList<>(List.of(tmp.resolve("company.yaml"),
        tmp.resolve("company.calibration.json")));
    try (Stream<Path> walk = Files.walk(tmp.resolve("report"))) {
      walk.filter(Files::isRegularFile).forEach(outputs::add);
    }
    for (Path p : outputs) {
      String content = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
      for (String name : List.of("Jane", "Doe", "John", "Roe", "Mary", "Major")) {
        assertThat(content).as(p + " holds " + name).doesNotContain(name);
      }
    }
    assertThat(run.out()).doesNotContain("Jane").doesNotContain("Doe");
  }

  @Test
  void calibrate_badInput_exits2_namingFileRowAndColumn_andKeepsEarlierOutputs()
      throws IOException {
    assertThat(salesim(calibrate(export)).code()).isZero();
    byte[] before = Files.readAllBytes(tmp.resolve("company.yaml"));
    byte[] report = Files.readAllBytes(tmp.resolve("report").resolve("report.html"));
    Path broken = Files.createDirectories(tmp.resolve("broken"));
    try (Stream<Path> files = Files.list(export)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, broken.resolve(f.getFileName()));
      }
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(broken.resolve("Opportunity.csv")));
    lines.set(2, lines.get(2).replaceFirst(",\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z,", ",2025-13-45,"));
    Files.write(broken.resolve("Opportunity.csv"), lines);
    Run bad = salesim(calibrate(broken));
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains(broken.resolve("Opportunity.csv") + ": row 3, column CreatedDate:"
        + " not a date (got 2025-13-45)");
    assertThat(bad.out()).doesNotContain("Wrote");
    assertThat(Files.readAllBytes(tmp.resolve("company.yaml"))).isEqualTo(before);
    assertThat(Files.readAllBytes(tmp.resolve("report").resolve("report.html"))).isEqualTo(report);

    assertThat(salesim("calibrate", "--from", "sap", export.toString(), "--as-of", "2025-12-31")
        .err()).contains("--from: expected salesforce, hubspot or csv (got sap)");
    assertThat(salesim("calibrate", "--from", "salesforce", export.toString(), "--as-of", "31/12/2025")
        .err()).contains("--as-of: expected a date such as 2025-06-30 (got 31/12/2025)");
    assertThat(salesim("calibrate", "--from", "csv", export.toString(), "--as-of", "2025-12-31")
        .code()).isEqualTo(2);
    assertThat(salesim("calibrate", "--from", "salesforce", export.toString(), "--as-of", "2020-01-01",
        "--out", tmp.resolve("early.yaml").toString()).err()).contains("no opportunity in");
    Path foreign = tmp.resolve("notes.yaml");
    Files.writeString(foreign, "my own notes\n");
    Run refused = salesim("calibrate", "--from", "salesforce", export.toString(), "--as-of",
        "2025-12-31", "--out", foreign.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("notes.yaml: exists and was not written by salesim calibrate");
    assertThat(Files.readString(foreign)).isEqualTo("my own notes\n");
    Run missing = salesim("calibrate", "--from", "salesforce", tmp.resolve("nowhere").toString(),
        "--as-of", "2025-12-31", "--out", tmp.resolve("x.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere: folder not found");
  }

  @Test
  void calibrate_withBase_extendsItByARelativePath() throws IOException {
    Path base = Path.of("scenarios/split-weighted.yaml").toAbsolutePath();
    Run run = salesim(calibrate(export, "--base", base.toString()));
    assertThat(run.code()).as(run.err()).isZero();
    String text = Files.readString(tmp.resolve("company.yaml"));
    String relative = tmp.toAbsolutePath().relativize(base).toString();
    assertThat(text).contains("\nextends: \"" + relative + "\"\n");
    // The written file loads as it is, its starting state included.
    Scenario loaded = new ScenarioLoader().load(tmp.resolve("company.yaml"));
    // The base's plan stays; the company's numbers replace its market and team.
    assertThat(loaded.parameters().comp().commission())
        .isEqualTo(new ScenarioLoader().load(base).parameters().comp().commission());
    assertThat(loaded.parameters().inbound().leadsPerMonth()).isNotEqualTo(
        new ScenarioLoader().load(base).parameters().inbound().leadsPerMonth());
    assertThat(loaded.parameters().start().given()).isTrue();
  }

  @Test
  void run_crmExport_writesBothShapes_withTheWarmUpBeforeTheHorizon_andCalibratesBack()
      throws IOException {
    Path dir = tmp.resolve("crm");
    Path out = tmp.resolve("run");
    Run run = salesim("run", "scenarios/mixed-flat.yaml", "--runs", "2", "--quiet", "--out",
        out.toString(), "--crm-export", dir.toString(), "--crm-start", "2025-01");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(dir.resolve(".salesim-crm-export")).exists();
    List<String> opportunities = Files.readAllLines(dir.resolve("salesforce/Opportunity.csv"));
    assertThat(opportunities.size()).isGreaterThan(100);
    // A warm-started run's warm-up is the company's earlier history: deals created before 2025.
    assertThat(opportunities.stream().filter(l -> l.contains(",2024-")).count()).isPositive();
    assertThat(dir.resolve("hubspot")).isDirectory();
    // The export calibrates back into a scenario that runs from its starting state.
    Path company = tmp.resolve("exported.yaml");
    Run calibrated = salesim("calibrate", "--from", "salesforce",
        dir.resolve("salesforce").toString(), "--as-of", "2027-12-31", "--out",
        company.toString(), "--report", tmp.resolve("exported-report").toString());
    assertThat(calibrated.code()).as(calibrated.err()).isZero();
    Run again = salesim("run", company.toString(), "--runs", "2", "--quiet", "--out",
        tmp.resolve("again").toString());
    assertThat(again.code()).as(again.err()).isZero();
  }
}
