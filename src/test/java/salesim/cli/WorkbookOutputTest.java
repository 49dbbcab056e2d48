package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * results.xlsx beside the CSVs (issue 12, item 12): it opens in a reader, holds typed numbers
 * equal to the CSVs' and summary.json's, formats money in the scenario's currency and shares as
 * percentages, freezes its header rows, and has the same bytes for the same inputs (twice run, and
 * redrawn by {@code salesim report}). Before the fix there was no workbook, and Excel in a Swedish
 * locale misread the CSVs' decimal points.
 */
final class WorkbookOutputTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Read the cells' number formats too; fail on a cell that does not parse. */
  private static final ReadingOptions FORMATS = new ReadingOptions(true, true);

  @TempDir Path tmp;

  private Path compare(String name, String... extra) {
    Path out = tmp.resolve(name);
    List<String> args =
        new ArrayList<>(
            List.of("compare", "scenarios/mixed-flat.yaml", "scenarios/split-weighted.yaml",
                "--set", "calendar.months=4", "--runs", "3", "--quiet", "--out", out.toString()));
    args.addAll(List.of(extra));
    assertThat(Main.execute(args.toArray(String[]::new))).isZero();
    return out;
  }

  private static List<Row> rows(ReadableWorkbook book, String sheet) throws IOException {
    Sheet found = book.findSheet(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet));
    return found.read();
  }

  /** Each data line of a CSV, as cells (salesim's CSVs quote no numbers). */
  private static List<String[]> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String[]> cells = new ArrayList<>();
    for (String line : lines) {
      cells.add(line.split(",", -1));
    }
    return cells;
  }

  @Test
  void workbook_roundTripsTheCsvNumbers_withFormatsAndFrozenHeaders() throws IOException {
    Path out = compare("cmp");
    Path xlsx = out.resolve("results.xlsx");
    try (ReadableWorkbook book = new ReadableWorkbook(xlsx.toFile(), FORMATS)) {
      assertThat(book.getSheets().map(Sheet::getName))
          .containsExactly("Summary", "Paired differences", "Monthly", "Runs");

      for (String[] names : new String[][] {{"Monthly", "monthly.csv"}, {"Runs", "runs.csv"}}) {
        List<String[]> expected = csv(out.resolve(names[1]));
        List<Row> rows = rows(book, names[0]);
        assertThat(rows).as(names[0]).hasSize(expected.size());
        for (int r = 0; r < expected.size(); r++) {
          String[] line = expected.get(r);
          for (int c = 0; c < line.length; c++) {
            Cell cell = rows.get(r).getCell(c);
            if (r > 0 && c > 0 && !(names[0].equals("Monthly") && c == 2)) {
              assertThat(cell.getType()).as("%s %s", names[0], cell.getAddress()).isEqualTo(CellType.NUMBER);
              assertThat(cell.asNumber().doubleValue())
                  .as("%s %s", names[0], cell.getAddress())
                  .isEqualTo(Double.parseDouble(line[c]));
            } else {
              assertThat(cell.getText()).isEqualTo(line[c]);
            }
          }
        }
      }

      JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
      Row bookings = find(rows(book, "Summary"), "split-weighted", "bookings_total");
      JsonNode stats = summary.get("scenarios").get(1).get("metrics").get("bookings_total");
      assertThat(bookings.getCell(2).asNumber()).isEqualTo(new BigDecimal(stats.get("mean").asString()));
      assertThat(bookings.getCell(2).getDataFormatString()).isEqualTo("#,##0\\ \\U\\S\\D");
      Row share = find(rows(book, "Summary"), "mixed-flat", "outbound_hours_share");
      assertThat(share.getCell(2).getDataFormatString()).isEqualTo("0.0%");
      Row magic = find(rows(book, "Summary"), "split-weighted", "magic_number");
      assertThat(magic.getCell(2).getDataFormatString()).isEqualTo("#,##0.00");

      Row paired = find(rows(book, "Paired differences"), "split-weighted", "contribution");
      JsonNode difference = summary.get("paired_differences").get("split-weighted").get("contribution");
      List<String> header = new ArrayList<>();
      rows(book, "Paired differences").get(0).forEach(c -> header.add(c.getText()));
      assertThat(header).startsWith("Compared", "metric", "mean", "ci95_low", "ci95_high", "relative",
          "p_other_higher", "variance_reduction");
      assertThat(paired.getCell(5).asNumber().doubleValue()).isEqualTo(difference.get("relative").doubleValue());
      assertThat(paired.getCell(5).getDataFormatString()).isEqualTo("0.0%");
    }
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (int sheet = 1; sheet <= 4; sheet++) {
        String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + sheet + ".xml"))
            .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<pane xSplit=\"0\" ySplit=\"1\" topLeftCell=\"A2\"")
            .contains("state=\"frozen\"").contains("customWidth=\"true\"");
      }
      String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(core).doesNotContain("dcterms:created").doesNotContain("dcterms:modified");
    }
  }

  @Test
  void workbook_isTheSameBytes_runTwiceOrRedrawn_andPricesInTheScenariosCurrency() throws IOException {
    Path one = compare("one", "--threads", "1");
    Path two = compare("two", "--threads", "2");
    byte[] bytes = Files.readAllBytes(one.resolve("results.xlsx"));
    assertThat(Files.readAllBytes(two.resolve("results.xlsx"))).isEqualTo(bytes);
    assertThat(Main.execute("report", one.toString())).isZero();
    assertThat(Files.readAllBytes(one.resolve("results.xlsx"))).isEqualTo(bytes);

    Path sek = compare("sek", "--set", "finance.currency=SEK");
    try (ReadableWorkbook book = new ReadableWorkbook(sek.resolve("results.xlsx").toFile(), FORMATS)) {
      Row contribution = find(rows(book, "Summary"), "mixed-flat", "contribution");
      assertThat(contribution.getCell(2).getDataFormatString()).isEqualTo("#,##0\\ \\S\\E\\K");
    }
  }

  @Test
  void everyExperimentVerb_writesTheWorkbook() throws IOException {
    Path sweep = tmp.resolve("sweep");
    assertThat(Main.execute("sweep", "scenarios/split-weighted.yaml", "--set", "calendar.months=3",
        "--vary", "comp.commission.outboundMultiplier=1,3", "--runs", "2", "--quiet", "--out",
        sweep.toString())).isZero();
    Path stress = tmp.resolve("stress");
    assertThat(Main.execute("stress", "scenarios/mixed-flat.yaml", "--set", "calendar.months=14",
        "--shocks", "scenarios/shocks/deep-v.yaml", "--runs", "2", "--quiet", "--out",
        stress.toString())).isZero();
    Path tornado = tmp.resolve("tornado");
    assertThat(Main.execute("sensitivity", "scenarios/split-weighted.yaml", "--set",
        "calendar.months=3", "--params", "outbound.connectRate", "--runs", "2", "--quiet", "--out",
        tornado.toString())).isZero();
    Path run = tmp.resolve("run");
    assertThat(Main.execute("run", "scenarios/split-weighted.yaml", "--set", "calendar.months=3",
        "--runs", "2", "--quiet", "--out", run.toString())).isZero();
    try (ReadableWorkbook book = new ReadableWorkbook(sweep.resolve("results.xlsx").toFile(), FORMATS)) {
      assertThat(find(rows(book, "Summary"), "outboundMultiplier=3", "bookings_total")).isNotNull();
    }
    try (ReadableWorkbook book = new ReadableWorkbook(stress.resolve("results.xlsx").toFile(), FORMATS)) {
      assertThat(find(rows(book, "Summary"), "deep-v", "bookings_total")).isNotNull();
      assertThat(find(rows(book, "Paired differences"), "deep-v", "bookings_total")).isNotNull();
    }
    try (ReadableWorkbook book = new ReadableWorkbook(tornado.resolve("results.xlsx").toFile(), FORMATS)) {
      assertThat(find(rows(book, "Paired differences"), "outbound.connectRate low", "contribution"))
          .isNotNull();
    }
    try (ReadableWorkbook book = new ReadableWorkbook(run.resolve("results.xlsx").toFile(), FORMATS)) {
      assertThat(rows(book, "Summary").size()).isGreaterThan(10);
    }
  }

  /** The row whose first cells are {@code label} (or end with it) and {@code metric}. */
  private static Row find(List<Row> rows, String label, String metric) {
    for (Row row : rows) {
      String who = row.getCell(0).getText();
      if ((who.equals(label) || who.endsWith(label)) && row.getCell(1).getText().equals(metric)) {
        return row;
      }
    }
    List<String> seen = new ArrayList<>();
    rows.stream().limit(40).forEach(r -> seen.add(r.getCell(0).getText() + " | " + r.getCell(1).getText()));
    throw new AssertionError("no row " + label + " / " + metric + " in " + seen);
  }
}
