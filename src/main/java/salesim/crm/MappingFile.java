package salesim.crm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A mapping file for any CSV export ({@code --from csv DIR --mapping FILE}): which file holds each
 * table, which column each field, and how values are written. For example:
 *
 * <pre>
 * dateFormat: dd.MM.yyyy            # tried before ISO-8601 (java.time pattern)
 * datetimeFormat: dd.MM.yyyy HH:mm
 * decimalSeparator: ","             # "." (default) or ","
 * delimiter: ";"                    # default: detected from the header (comma, semicolon, tab)
 * durationUnit: seconds             # of a call duration given as a number: seconds or milliseconds
 * outboundSources: [Outbound, Cold Call]   # replaces the default list
 * tables:
 *   opportunities:
 *     file: deals.csv
 *     columns: {id: DealNo, created: Created, stage: Phase, closeDate: Closed, amount: Value,
 *               source: Origin, owner: Rep}
 *   stageHistory: {file: phases.csv, columns: {opportunity: DealNo, at: Date, stage: Phase}}
 *   calls: {file: calls.csv, columns: {id: CallNo, at: Time, owner: Rep, disposition: Result},
 *           keepWhere: {subtype: Call}}
 * </pre>
 *
 * A column may be given as one header or a list of headers (the first present wins). The tables
 * and their fields are those of {@link Table}.
 */
public final class MappingFile {

  private static final Set<String> TOP =
      Set.of("dateFormat", "datetimeFormat", "decimalSeparator", "delimiter", "durationUnit",
          "outboundSources", "tables");
  private static final Set<String> TABLE = Set.of("file", "columns", "keepWhere");

  private MappingFile() {}

  /**
   * Reads a mapping file.
   *
   * @throws CrmFileException naming the file and the field path of any problem
   */
  public static Mapping read(Path file) {
    JsonNode root = SideFiles.yaml(file);
    String f = file.toString();
    if (!root.isObject()) {
      throw new CrmFileException(f, "expected a mapping with tables:, dateFormat:, ...");
    }
    for (String key : root.propertyNames()) {
      if (!TOP.contains(key)) {
        throw new CrmFileException(f, key + ": unknown field; expected one of " + String.join(", ",
            List.of("tables", "dateFormat", "datetimeFormat", "decimalSeparator", "delimiter",
                "durationUnit", "outboundSources")));
      }
    }
    List<String> dates = optionalList(f, root, "dateFormat");
    List<String> datetimes = optionalList(f, root, "datetimeFormat");
    for (String p : dates) {
      check(f, "dateFormat", p);
    }
    for (String p : datetimes) {
      check(f, "datetimeFormat", p);
    }
    char decimal = character(f, root, "decimalSeparator", '.');
    if (decimal != '.' && decimal != ',') {
      throw new CrmFileException(f, "decimalSeparator: must be . or , (got " + decimal + ")");
    }
    char delimiter = character(f, root, "delimiter", (char) 0);
    String unit = root.has("durationUnit") ? root.get("durationUnit").asString() : "seconds";
    if (!unit.equals("seconds") && !unit.equals("milliseconds")) {
      throw new CrmFileException(f, "durationUnit: must be seconds or milliseconds (got " + unit + ")");
    }
    List<String> outbound = root.has("outboundSources") ? optionalList(f, root, "outboundSources") : null;
    JsonNode tables = root.get("tables");
    if (tables == null || !tables.isObject()) {
      throw new CrmFileException(f, "tables: expected a mapping of table: {file, columns}");
    }
    Map<Table, Mapping.TableMapping> mapped = new EnumMap<>(Table.class);
    for (Map.Entry<String, JsonNode> e : tables.properties()) {
      Table table;
      try {
        table = Table.forKey(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new CrmFileException(f, "tables." + e.getKey() + ": " + ex.getMessage());
      }
      mapped.put(table, table(f, "tables." + e.getKey(), table, e.getValue()));
    }
    if (!mapped.containsKey(Table.OPPORTUNITIES)) {
      throw new CrmFileException(f, "tables.opportunities: required (the export's deals)");
    }
    return new Mapping("csv", mapped,
        new Mapping.ValueFormat(dates, datetimes, decimal, delimiter, unit.equals("milliseconds"),
            false),
        outbound);
  }

  private static Mapping.TableMapping table(String f, String at, Table table, JsonNode node) {
    if (!node.isObject()) {
      throw new CrmFileException(f, at + ": expected {file, columns}");
    }
    for (String key : node.propertyNames()) {
      if (!TABLE.contains(key)) {
        throw new CrmFileException(f, at + "." + key + ": unknown field; expected file, columns or keepWhere");
      }
    }
    JsonNode file = node.get("file");
    if (file == null || !file.isString() || file.stringValue().isBlank()) {
      throw new CrmFileException(f, at + ".file: expected the CSV file's name");
    }
    JsonNode columns = node.get("columns");
    if (columns == null || !columns.isObject()) {
      throw new CrmFileException(f, at + ".columns: expected a mapping of field: column header");
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> c : columns.properties()) {
      if (!table.fields().contains(c.getKey())) {
        throw new CrmFileException(f, at + ".columns." + c.getKey() + ": unknown field; "
            + table.key() + " has " + String.join(", ", table.fields()));
      }
      map.put(c.getKey(), optionalList(f, columns, c.getKey(), at + ".columns."));
    }
    for (String required : table.requiredFields()) {
      if (!map.containsKey(required)) {
        throw new CrmFileException(f, at + ".columns." + required + ": required");
      }
    }
    Map<String, String> keep = new LinkedHashMap<>();
    JsonNode where = node.get("keepWhere");
    if (where != null) {
      if (!where.isObject()) {
        throw new CrmFileException(f, at + ".keepWhere: expected a mapping of field: value");
      }
      for (Map.Entry<String, JsonNode> w : where.properties()) {
        if (!map.containsKey(w.getKey())) {
          throw new CrmFileException(f, at + ".keepWhere." + w.getKey() + ": not a mapped column");
        }
        keep.put(w.getKey(), w.getValue().asString());
      }
    }
    return new Mapping.TableMapping(List.of(file.stringValue()), map, keep, null);
  }

  private static void check(String f, String field, String pattern) {
    try {
      Values.formatter(pattern);
    } catch (IllegalArgumentException e) {
      throw new CrmFileException(f, field + ": " + e.getMessage());
    }
  }

  private static List<String> optionalList(String f, JsonNode node, String field) {
    return optionalList(f, node, field, "");
  }

  private static List<String> optionalList(String f, JsonNode node, String field, String prefix) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode e : v) {
        if (!e.isValueNode() || e.asString().isBlank()) {
          throw new CrmFileException(f, prefix + field + ": expected text values");
        }
        out.add(e.asString());
      }
    } else if (v.isValueNode() && !v.asString().isBlank()) {
      out.add(v.asString());
    } else {
      throw new CrmFileException(f, prefix + field + ": expected text or a list of text");
    }
    return out;
  }

  private static char character(String f, JsonNode node, String field, char otherwise) {
    JsonNode v = node.get(field);
    if (v == null) {
      return otherwise;
    }
    String s = v.asString();
    if (s.equals("\\t") || s.equals("tab")) {
      return '\t';
    }
    if (s.length() != 1) {
      throw new CrmFileException(f, field + ": expected one character (got " + s + ")");
    }
    return s.charAt(0);
  }
}
