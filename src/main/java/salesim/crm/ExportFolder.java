package salesim.crm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An export folder read table by table: finds the file the mapping names for each table, reads it
 * as strict UTF-8 CSV (a byte-order mark skipped, the delimiter detected unless the mapping fixes
 * it) and hands each record to a table reader as an {@link ExportRow}. It keeps the read's log:
 * rows read per file, rows left out and why, and the column each field was read from. Apart from
 * the table readers because every table is found, parsed and logged the same way.
 *
 * <p>Note: This class is not thread-safe; use one per read.
 */
final class ExportFolder {

  /** Receives each row of a file. */
  interface RowHandler {
    void row(long row, ExportRow r);
  }

  private final Path dir;
  private final Mapping mapping;
  private final Values values;
  private final Map<String, Long> files = new LinkedHashMap<>();
  private final Map<String, Long> dropped = new LinkedHashMap<>();
  private final Map<String, String> columnsRead = new LinkedHashMap<>();

  ExportFolder(Path dir, Mapping mapping) {
    this.dir = dir;
    this.mapping = mapping;
    this.values = new Values(mapping.values());
  }

  /** Counts a row left out of {@code file}, under {@code reason}. */
  void drop(String file, String reason) {
    dropped.merge(file + ": " + reason, 1L, Long::sum);
  }

  /** The log of everything read so far. */
  CrmHistory.ReadLog log() {
    return new CrmHistory.ReadLog(files, dropped, columnsRead);
  }

  /** The file names the mapping accepts for a table, in order of preference. */
  List<String> files(Table table) {
    Mapping.TableMapping t = mapping.tables().get(table);
    return t == null ? List.of() : t.files();
  }

  /** The export's file for a table, or null. */
  private Path find(Table table) {
    List<String> wanted = files(table);
    if (wanted.isEmpty()) {
      return null;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries = list.sorted().toList();
    } catch (IOException e) {
      throw new CrmFileException(dir.toString(), "cannot list the folder: " + e.getMessage());
    }
    for (String name : wanted) {
      for (Path p : entries) {
        if (p.getFileName().toString().equalsIgnoreCase(name) && Files.isRegularFile(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** Reads every row of a table's file; a missing file is an error only for a required table. */
  void each(Table table, RowHandler handler) {
    Path file = find(table);
    if (file == null) {
      if (table.required()) {
        throw new CrmFileException(dir.toString(),
            "no " + String.join(" or ", files(table)) + " (the " + table.key()
                + " table is required)");
      }
      return;
    }
    readCsv(file, mapping.tables().get(table), table, mapping.values().delimiter(), handler);
  }

  /**
   * Reads every row of a CSV file through a table mapping.
   *
   * @param delimiter the field delimiter, or 0 to detect it from the header
   */
  void readCsv(Path file, Mapping.TableMapping tm, Table table, char delimiter,
      RowHandler handler) {
    String display = file.toString();
    long rows = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
      in.mark(1 << 16);
      String first = in.readLine();
      if (first == null) {
        throw new CrmFileException(display, "is empty; expected a header row");
      }
      in.reset();
      if (first.startsWith("\uFEFF")) {
        in.skip(1); // the byte-order mark Excel writes
        first = first.substring(1);
      }
      char d = delimiter != 0 ? delimiter : detect(first);
      CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(d).setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true).get();
      try (CSVParser parser = CSVParser.parse(in, format)) {
        ExportColumns columns = null;
        ExportRow row = null;
        for (CSVRecord record : parser) {
          long number = record.getRecordNumber(); // 1 = the header
          if (row == null) {
            columns = new ExportColumns(display, ExportColumns.names(record, display), tm, table,
                columnsRead);
            row = new ExportRow(display, columns, values);
            continue;
          }
          if (record.size() == 1 && record.get(0).isBlank()) {
            continue;
          }
          if (record.size() != columns.size()) {
            throw new CrmFileException(display, number,
                "has " + record.size() + " fields; the header has " + columns.size());
          }
          row.record = record;
          row.number = number;
          rows++;
          handler.row(number, row);
        }
        if (row == null) {
          throw new CrmFileException(display, "is empty; expected a header row");
        }
      } catch (UncheckedIOException e) {
        throw fileProblem(display, e.getCause(), rows);
      }
    } catch (IOException e) {
      throw fileProblem(display, e, rows);
    }
    files.put(display, rows);
  }

  private static CrmFileException fileProblem(String display, IOException e, long rows) {
    if (e instanceof CharacterCodingException) {
      return new CrmFileException(display, rows + 2,
          "not UTF-8 text (export as UTF-8, or convert the file)");
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (message.contains("EOF reached before encapsulated token finished")) {
      return new CrmFileException(display, rows + 2, "a quoted field is never closed");
    }
    return new CrmFileException(display, "cannot read: " + message);
  }

  /** The delimiter a header line uses most: comma, semicolon or tab. */
  static char detect(String header) {
    int commas = 0;
    int semis = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') {
          commas++;
        } else if (c == ';') {
          semis++;
        } else if (c == '\t') {
          tabs++;
        }
      }
    }
    if (tabs > commas && tabs > semis) {
      return '\t';
    }
    return semis > commas ? ';' : ',';
  }
}
