package salesim.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Worksheet;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.report.chart.CsvLine;
import salesim.report.chart.MalformedOutputException;
import tools.jackson.databind.JsonNode;

/**
 * {@value #FILE}: the experiment's numbers as an Excel workbook beside the CSVs (issue 12, item
 * 12), for a CFO whose spreadsheet reads "5.2" as a date or a text in a Swedish, German or French
 * locale. Four sheets, each with a frozen header row and columns sized to their content:
 *
 * <ul>
 *   <li><b>Summary</b>: one row per scenario (grid point, shock) and metric, with the statistics
 *       of summary.json;
 *   <li><b>Paired differences</b>: each paired difference of summary.json (against the baseline,
 *       the run without a shock, or a tornado's low and high moves);
 *   <li><b>Monthly</b>: monthly.csv, the mean and percentiles per scenario, month and metric;
 *   <li><b>Runs</b>: runs.csv, one row per scenario and replication (up to Excel's 1,048,576
 *       rows; a last row says so if more were cut).
 * </ul>
 *
 * Numbers are typed cells holding the double each file holds; amounts carry a number format with
 * the scenario's currency ({@code #,##0 "SEK"}), shares a percentage format, ratios (the magic
 * number) two decimals. It is
 * drawn from the files, like the charts, so {@code salesim report DIR} redraws it, and its bytes
 * depend only on them: every zip entry carries one fixed time, and the document properties name
 * neither an author nor a date.
 *
 * <p>Stateless; thread-safe.
 */
public final class Workbook {

  /** The file's name in an output folder. */
  public static final String FILE = "results.xlsx";

  /** The time every zip entry carries, so the same numbers give the same bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  /** Excel's last row (1-based 1,048,576); one more is kept for the note of a cut. */
  static final int MAX_ROWS = 1_048_576;

  private static final String PERCENT = "0.0%";
  private static final String DECIMAL = "#,##0.00";
  private static final String WHOLE = "0";
  private static final double MAX_WIDTH = 60;

  private Workbook() {}

  /** Writes the workbook of the output folder {@code inputs} to {@code file}. */
  static void write(Summary summary, Path inputs, Path file) {
    String currency = Summary.text(summary.root(), "currency", "summary.json", "");
    // The library writes the archive; it is then copied with fixed entry times.
    Path raw = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (OutputStream out = OutputFiles.stream(raw)) {
        org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(out, "salesim", "1.0");
        Formats formats = new Formats(currency);
        List<Row> statistics = new ArrayList<>();
        List<Row> paired = new ArrayList<>();
        collect(summary.root(), "", "", false, statistics, paired);
        writeStatistics(book.newWorksheet("Summary"), statistics, formats, "Scenario");
        writeStatistics(book.newWorksheet("Paired differences"), paired, formats, "Compared");
        writeCsv(book.newWorksheet("Monthly"), inputs.resolve("monthly.csv"), formats, 2, 1);
        writeCsv(book.newWorksheet("Runs"), inputs.resolve("runs.csv"), formats, -1, 1);
        book.finish();
      }
      try (OutputStream out = OutputFiles.stream(file)) {
        fixEntryTimes(raw, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(raw);
      } catch (IOException e) {
        // The real outcome matters more than a leftover working file.
      }
    }
  }

  /** One row of statistics: who, which metric, and each statistic by name. */
  private record Row(String label, String metric, Map<String, Double> values, List<String> names) {}

  /** Keys in summary.json that hold statistics of something other than the experiment's runs. */
  private static final Set<String> PAIRED_KEYS =
      Set.of("paired_differences", "effects", "attribution", "channel", "audit");

  /**
   * Finds every statistics object (one with a {@code mean}) in summary.json: under {@code
   * paired_differences} or {@code effects} into {@code paired}, elsewhere into {@code statistics}.
   * A row's label comes from the names on its way down (a scenario, a shock, a grid point, a
   * tornado parameter); the key holding the object is the metric, or, for a tornado's {@code low}
   * and {@code high}, the key above it.
   */
  private static void collect(
      JsonNode node, String key, String label, boolean inPaired, List<Row> statistics, List<Row> paired) {
    if (node.isObject() && node.has("mean")) {
      String metric = key;
      String rowLabel = label;
      if (key.equals("low") || key.equals("high")) {
        int dot = label.lastIndexOf(" / ");
        metric = dot < 0 ? label : label.substring(dot + 3);
        rowLabel = (dot < 0 ? "" : label.substring(0, dot)) + " " + key;
      }
      Map<String, Double> values = new HashMap<>();
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        names.add(field.getKey());
        JsonNode v = field.getValue();
        values.put(field.getKey(), v.isNumber() ? v.doubleValue() : null);
      }
      (inPaired ? paired : statistics).add(new Row(rowLabel.strip(), metric, values, names));
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        if (name.equals("parameters") || name.equals("overrides")) {
          continue; // the scenario's settings, not results
        }
        boolean paired2 = inPaired || PAIRED_KEYS.contains(name);
        // A list's elements are named by themselves; metrics and paired blocks add no name.
        String next = label;
        if (field.getValue().isObject()
            && !field.getValue().has("mean")
            && !name.equals("metrics")
            && !PAIRED_KEYS.contains(name)) {
          next = join(label, name);
        }
        collect(field.getValue(), name, next, paired2, statistics, paired);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), key, join(label, elementName(node.get(i), i)), inPaired, statistics, paired);
      }
    }
  }

  private static String join(String label, String more) {
    return label.isEmpty() ? more : label + " / " + more;
  }

  /** What names an element of a list in summary.json: its scenario, shock, parameter or point. */
  private static String elementName(JsonNode element, int index) {
    for (String field : List.of("scenario", "shock", "parameter", "name")) {
      JsonNode name = element.get(field);
      if (name != null && name.isString()) {
        return name.stringValue();
      }
    }
    JsonNode values = element.get("values");
    if (values != null && values.isObject()) {
      List<String> parts = new ArrayList<>();
      values.properties().forEach(e -> parts.add(lastStep(e.getKey()) + "=" + e.getValue().asString()));
      return String.join(", ", parts);
    }
    return "#" + (index + 1);
  }

  private static String lastStep(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** A statistics sheet: label, metric, then every statistic the rows have, in file order. */
  private static void writeStatistics(Worksheet sheet, List<Row> rows, Formats formats, String who) {
    Set<String> names = new LinkedHashSet<>();
    rows.forEach(r -> names.addAll(r.names()));
    List<String> header = new ArrayList<>(List.of(who, "metric"));
    header.addAll(names);
    Widths widths = header(sheet, header);
    int r = 1;
    for (Row row : rows) {
      sheet.value(r, 0, row.label());
      sheet.value(r, 1, row.metric());
      widths.text(0, row.label());
      widths.text(1, row.metric());
      int c = 2;
      for (String name : names) {
        Double value = row.values().get(name);
        if (value != null) {
          sheet.value(r, c, value);
          sheet.style(r, c).format(formats.statistic(row.metric(), name)).set();
          widths.number(c, value);
        }
        c++;
      }
      r++;
    }
    widths.apply(sheet);
  }

  /**
   * A sheet from one of the CSVs the experiment wrote: text in the first columns, numbers typed
   * and formatted by their metric, named by {@code metricColumn} (a column of the row) or, where
   * it is negative, by the column's header.
   */
  private static void writeCsv(
      Worksheet sheet, Path csv, Formats formats, int metricColumn, int wholeColumn)
      throws IOException {
    String name = csv.getFileName().toString();
    if (!Files.isRegularFile(csv)) {
      throw new MalformedOutputException(name, "missing: this is not a finished salesim output folder");
    }
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null) {
        throw new MalformedOutputException(name, "is empty");
      }
      List<String> header = CsvLine.split(first, name, 1);
      Widths widths = header(sheet, header);
      int r = 1;
      long line = 1;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (r == MAX_ROWS - 1) {
          long more = 1;
          while (in.readLine() != null) {
            more++;
          }
          sheet.value(r, 0, String.format(java.util.Locale.ROOT,
              "%,d more rows of %s are not shown: Excel holds %,d rows. They are in %s.",
              more, name, MAX_ROWS, name));
          break;
        }
        List<String> cells = CsvLine.split(text, name, line);
        for (int c = 0; c < cells.size(); c++) {
          String cell = cells.get(c);
          Double number = c == 0 || c == metricColumn ? null : number(cell);
          if (number == null) {
            sheet.value(r, c, cell);
            widths.text(c, cell);
          } else {
            String metric = metricColumn >= 0 ? cells.get(metricColumn) : header.get(c);
            sheet.value(r, c, number);
            sheet.style(r, c).format(c == wholeColumn ? WHOLE : formats.of(metric)).set();
            widths.number(c, number);
          }
        }
        r++;
      }
      widths.apply(sheet);
    }
  }

  /** A CSV cell as a number, or null if it is text (a name) or empty. */
  private static Double number(String cell) {
    if (cell.isEmpty()) {
      return null;
    }
    char c = cell.charAt(0);
    if (!(c == '-' || c == '.' || (c >= '0' && c <= '9'))) {
      return null;
    }
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Writes the bold header row, freezes it, and starts the widths from it. */
  private static Widths header(Worksheet sheet, List<String> header) {
    Widths widths = new Widths();
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
      sheet.style(0, c).bold().set();
      widths.text(c, header.get(c));
    }
    sheet.freezePane(0, 1);
    return widths;
  }

  /** Column widths from the longest content, in characters, within bounds. */
  private static final class Widths {

    private final Map<Integer, Double> widest = new HashMap<>();

    void text(int column, String text) {
      widest.merge(column, (double) text.length(), Math::max);
    }

    void number(int column, double value) {
      // Digits, group separators, a decimal part and a currency code.
      double digits = Math.floor(Math.log10(Math.max(1, Math.abs(value)))) + 1;
      widest.merge(column, digits * 4 / 3 + 8, Math::max);
    }

    void apply(Worksheet sheet) {
      widest.forEach((column, width) -> sheet.width(column, Math.min(MAX_WIDTH, width + 2)));
    }
  }

  /** Number formats by metric unit: money in the scenario's currency, shares as percentages. */
  private static final class Formats {

    private final String money;
    private final Map<String, String> units = new HashMap<>();

    Formats(String currency) {
      // Each character of the code escaped with a backslash: the library writes the format into
      // an XML attribute without escaping quotes, so "USD" in quotes would break the file.
      StringBuilder code = new StringBuilder();
      currency.codePoints()
          .filter(Character::isLetterOrDigit)
          .forEach(c -> code.append('\\').appendCodePoint(c));
      this.money = code.length() == 0 ? "#,##0" : "#,##0\\ " + code;
      for (Metric m : Metric.values()) {
        units.put(m.key(), m.unit());
      }
      for (MonthlyMetric m : MonthlyMetric.values()) {
        units.putIfAbsent(m.key(), m.unit());
      }
    }

    /** The format of a metric's values. */
    String of(String metric) {
      String unit = units.getOrDefault(metric, "");
      if (unit.equals("currency")) {
        return money;
      }
      if (unit.equals("share")) {
        return PERCENT;
      }
      // A ratio is a plain number: a magic number of 1.30, not "130.0%".
      return DECIMAL;
    }

    /** The format of one statistic of a metric: its values' own, except relative ones. */
    String statistic(String metric, String statistic) {
      if (statistic.equals("relative") || statistic.equals("p_other_higher")) {
        return PERCENT;
      }
      if (statistic.equals("variance_reduction")) {
        return DECIMAL;
      }
      return of(metric);
    }
  }

  /**
   * Copies a zip archive with every entry's time set to {@link #ENTRY_TIME}: the library stamps
   * entries with the clock. Local time without a zone, so the bytes do not depend on the machine's
   * time zone either.
   */
  private static void fixEntryTimes(Path zip, OutputStream target) throws IOException {
    ZipOutputStream out = new ZipOutputStream(target);
    try (ZipFile in = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(copy);
        try (InputStream data = in.getInputStream(entry)) {
          if (entry.getName().equals("docProps/core.xml")) {
            // The library dates the document by the clock; a workbook of numbers needs no date.
            String core = new String(data.readAllBytes(), StandardCharsets.UTF_8);
            out.write(
                core.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                    .getBytes(StandardCharsets.UTF_8));
          } else {
            data.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
    out.finish();
    out.flush();
  }
}
