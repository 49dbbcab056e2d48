package salesim.crm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The header of one export file resolved against its table's mapping: which column holds each
 * field, through the dialect's aliases ({@code CreatedDate}, {@code Created Date}, {@code Create
 * Date}), matched without regard to case or spacing. A file whose header lacks a required field or
 * repeats a column stops the read here, on row 1. Apart from {@link ExportRow} because a header is
 * resolved once per file, a row once per record.
 */
final class ExportColumns {

  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();

  /**
   * Resolves a header's columns to the table's fields.
   *
   * @param columnsRead receives, for each field found, the file and column it is read from
   */
  ExportColumns(String file, List<String> names, Mapping.TableMapping tm, Table table,
      Map<String, String> columnsRead) {
    this.names = names;
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      positions.put(normal(names.get(i)), i);
    }
    for (Map.Entry<String, List<String>> f : tm.columns().entrySet()) {
      for (String alias : f.getValue()) {
        Integer at = positions.get(normal(alias));
        if (at != null) {
          index.put(f.getKey(), at);
          columnsRead.putIfAbsent(table.key() + "." + f.getKey(),
              Path.of(file).getFileName() + " " + names.get(at));
          break;
        }
      }
    }
    for (String required : table.requiredFields()) {
      if (!index.containsKey(required)) {
        List<String> aliases = tm.columns().getOrDefault(required, List.of(required));
        throw new CrmFileException(file, 1,
            "no column for " + required + " (expected " + (aliases.size() > 1 ? "one of " : "")
                + String.join(", ", aliases) + ")");
      }
    }
  }

  /** A header record's column names, stripped; a name that appears twice is an error. */
  static List<String> names(CSVRecord record, String display) {
    List<String> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String h : record) {
      String name = h.strip();
      if (!name.isEmpty() && !seen.add(normal(name))) {
        throw new CrmFileException(display, 1, name, "the column appears twice in the header");
      }
      columns.add(name);
    }
    return columns;
  }

  /** A header as matched: lower case, single spaces. */
  static String normal(String header) {
    return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** How many columns the header has. */
  int size() {
    return names.size();
  }

  /** The header of the column at {@code at}, as written. */
  String name(int at) {
    return names.get(at);
  }

  /** The position of a field's column, or null when the file has none. */
  Integer at(String field) {
    return index.get(field);
  }

  boolean has(String field) {
    return index.containsKey(field);
  }

  /** The header of a field's column as written, or the field's name when the file has none. */
  String header(String field) {
    Integer at = index.get(field);
    return at == null ? field : names.get(at);
  }

  /** Columns whose header starts with {@code prefix}, in header order. */
  Map<String, Integer> prefixed(String prefix) {
    Map<String, Integer> found = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).regionMatches(true, 0, prefix, 0, prefix.length())) {
        found.put(names.get(i), i);
      }
    }
    return found;
  }
}
