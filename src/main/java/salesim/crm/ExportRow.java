package salesim.crm;

import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * The current row of an export file, read through its {@link ExportColumns}: each field's text,
 * or its value parsed by the mapping's {@link Values} (dates, datetimes, decimals, booleans,
 * durations). A value that does not parse stops the read with a {@link CrmFileException} naming
 * the file, row and column. Apart from the file reading so that the table readers see fields, never
 * positions or CSV records.
 *
 * <p>Note: This class is not thread-safe; one instance is reused for every row of a file.
 */
final class ExportRow {

  /** The file, as messages name it. */
  final String file;
  private final ExportColumns columns;
  private final Values values;
  CSVRecord record;
  long number;

  ExportRow(String file, ExportColumns columns, Values values) {
    this.file = file;
    this.columns = columns;
    this.values = values;
  }

  boolean has(String field) {
    return columns.has(field);
  }

  /** The header of a field's column as written, or the field's name when the file has none. */
  String header(String field) {
    return columns.header(field);
  }

  /** Columns whose header starts with {@code prefix}, in header order. */
  Map<String, Integer> prefixed(String prefix) {
    return columns.prefixed(prefix);
  }

  /** A cell's text, or null when empty. */
  String cell(int at) {
    String v = record.get(at).strip();
    return v.isEmpty() ? null : v;
  }

  String text(String field) {
    Integer at = columns.at(field);
    return at == null ? null : cell(at);
  }

  Stamp stamp(String field) {
    Integer at = columns.at(field);
    return at == null || cell(at) == null ? null : stampAt(at);
  }

  Stamp stampAt(int at) {
    try {
      return values.stamp(cell(at));
    } catch (IllegalArgumentException e) {
      throw new CrmFileException(file, number, columns.name(at), e.getMessage());
    }
  }

  Double number(String field) {
    return parsed(field, values::number);
  }

  /** A duration in seconds, in the mapping's unit, or null when empty. */
  Double seconds(String field) {
    return parsed(field, values::durationSeconds);
  }

  /** A field's value parsed, or null when empty; a parse failure names the cell. */
  <T> T parsed(String field, Function<String, T> parse) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    try {
      return parse.apply(v);
    } catch (IllegalArgumentException e) {
      throw new CrmFileException(file, number, header(field), e.getMessage());
    }
  }

  int whole(String field) {
    Double v = number(field);
    if (v == null || v != Math.rint(v) || Math.abs(v) > 1e9) {
      throw new CrmFileException(file, number, header(field),
          "expected a whole number (got " + text(field) + ")");
    }
    return v.intValue();
  }

  Boolean boolOrNull(String field) {
    return parsed(field, Values::bool);
  }

  boolean bool(String field) {
    Boolean v = boolOrNull(field);
    if (v == null) {
      throw new CrmFileException(file, number, header(field), "empty; expected true or false");
    }
    return v;
  }
}
