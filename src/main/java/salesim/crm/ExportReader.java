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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads an export folder into a {@link CrmHistory} through a {@link Mapping}. Structural problems
 * stop the read with a {@link CrmFileException} naming the file, row and column: a missing
 * required file or column, a value that does not parse, a stage the definitions do not know.
 * Rows that are well formed but incomplete (no id, no created date) and repeated ids are left out
 * and counted in the history's log, never silently.
 *
 * <p>Owners and users are pseudonymised as they are read ({@code u1, u2, ...} in order of first
 * appearance), so a report export's owner names never reach the history. Columns that hold names
 * (Deal Name, Subject, Email) are never read.
 *
 * <p>Note: This class is not thread-safe; use one reader per read.
 */
public final class ExportReader {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final long MAX_SIDE_FILE_BYTES = 1 << 20;

  private final Path dir;
  private final Mapping mapping;
  private final Values values;
  private final Map<String, String> pseudonyms = new HashMap<>();
  private final Map<String, Long> files = new LinkedHashMap<>();
  private final Map<String, Long> dropped = new LinkedHashMap<>();
  private final Map<String, String> columnsRead = new LinkedHashMap<>();
  private final Map<String, String> roles;

  private ExportReader(Path dir, Mapping mapping, Map<String, String> roles) {
    this.dir = dir;
    this.mapping = mapping;
    this.values = new Values(mapping.values());
    this.roles = roles;
  }

  /**
   * Reads the export in {@code dir}.
   *
   * @param stagesFile a --stages file (YAML list or CSV), or null to read the export's own
   * @param rolesFile a --roles file mapping user ids to INBOUND, OUTBOUND or MIXED, or null
   * @throws CrmFileException if a file is missing, unreadable or malformed
   */
  public static CrmHistory read(Path dir, Mapping mapping, Path stagesFile, Path rolesFile) {
    if (!Files.isDirectory(dir)) {
      throw new CrmFileException(
          dir.toString(), Files.exists(dir) ? "is a file, not an export folder" : "folder not found");
    }
    Map<String, String> roles = rolesFile == null ? Map.of() : readRoles(rolesFile);
    return new ExportReader(dir, mapping, roles).read(stagesFile);
  }

  private CrmHistory read(Path stagesFile) {
    List<StageDefinition> stages =
        stagesFile != null ? readStagesFile(stagesFile) : readStages(mapping);
    if (stages.isEmpty()) {
      throw new CrmFileException(
          dir.toString(),
          "no stage definitions: the export has no "
              + String.join(" or ", files(Table.STAGES))
              + "; give --stages FILE (a YAML list of {name, order, closed, won}) so stages are"
              + " mapped, never guessed from their names");
    }
    Map<String, StageDefinition> byName = new HashMap<>();
    for (StageDefinition s : stages) {
      byName.put(s.name(), s);
    }
    List<User> users = readUsers();
    List<Account> accounts = readAccounts();
    List<StageChange> changes = new ArrayList<>();
    List<Opportunity> opportunities = readOpportunities(byName, changes);
    changes.addAll(readHistory(byName));
    List<Lead> leads = readLeads();
    List<Call> calls = readCalls();
    List<Meeting> meetings = readMeetings();
    return new CrmHistory(
        mapping.format(),
        opportunities,
        changes,
        leads,
        calls,
        meetings,
        users,
        accounts,
        stages,
        new CrmHistory.ReadLog(files, dropped, columnsRead));
  }

  // ---------------------------------------------------------------------------------------------
  // Tables

  private List<StageDefinition> readStages(Mapping m) {
    List<StageDefinition> stages = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    each(Table.STAGES, (row, r) -> {
      String name = r.text("name");
      if (name == null) {
        drop(r.file, "rows without a stage name");
        return;
      }
      if (!seen.add(name)) {
        throw new CrmFileException(r.file, row, r.header("name"), "stage " + name + " is defined twice");
      }
      stages.add(new StageDefinition(name, r.whole("order"), r.bool("closed"), r.bool("won")));
    });
    stages.sort((a, b) -> Integer.compare(a.order(), b.order()));
    return stages;
  }

  private List<User> readUsers() {
    List<User> users = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    each(Table.USERS, (row, r) -> {
      String raw = r.text("id");
      Stamp created = r.stamp("created");
      if (raw == null || created == null) {
        drop(r.file, raw == null ? "rows without a user id" : "rows without a created date");
        return;
      }
      String id = pseudonym(raw);
      if (!seen.add(id)) {
        drop(r.file, "repeated user id (later rows left out)");
        return;
      }
      Boolean active = r.boolOrNull("active");
      Stamp modified = r.stamp("lastModified");
      // HubSpot's "Deactivated at" says who left even without an Active column.
      boolean isActive = active != null ? active : modified == null || !r.has("lastModified")
          || !r.header("lastModified").toLowerCase(Locale.ROOT).startsWith("deactivated");
      String role = roles.containsKey(raw) ? roles.get(raw) : r.text("role");
      users.add(new User(id, isActive, created, modified, role));
    });
    return users;
  }

  private List<Account> readAccounts() {
    List<Account> accounts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    each(Table.ACCOUNTS, (row, r) -> {
      String id = r.text("id");
      if (id == null) {
        drop(r.file, "rows without an account id");
        return;
      }
      if (!seen.add(id)) {
        drop(r.file, "repeated account id (later rows left out)");
        return;
      }
      accounts.add(new Account(id, r.number("employees"), r.number("revenue"), r.text("type")));
    });
    return accounts;
  }

  private List<Opportunity> readOpportunities(
      Map<String, StageDefinition> stages, List<StageChange> changes) {
    List<Opportunity> opportunities = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String prefix = mapping.tables().get(Table.OPPORTUNITIES).stageEntryPrefix();
    each(Table.OPPORTUNITIES, (row, r) -> {
      String id = r.text("id");
      Stamp created = r.stamp("created");
      String stage = r.text("stage");
      if (id == null || created == null || stage == null) {
        drop(r.file, id == null ? "rows without an opportunity id"
            : created == null ? "rows without a created date" : "rows without a stage");
        return;
      }
      if (!seen.add(id)) {
        drop(r.file, "repeated opportunity id (later rows left out)");
        return;
      }
      StageDefinition definition = stages.get(stage);
      Boolean closed = r.boolOrNull("closed");
      Boolean won = r.boolOrNull("won");
      if (definition == null && (closed == null || won == null)) {
        throw new CrmFileException(r.file, row, r.header("stage"),
            "stage " + stage + " is not in the stage definitions; add it to "
                + (mapping.format().equals("salesforce") ? "OpportunityStage.csv or " : "")
                + "the --stages file (stages are never guessed from their names)");
      }
      boolean isClosed = closed != null ? closed : definition.closed();
      boolean isWon = won != null ? won : definition.won();
      if (isWon && !isClosed) {
        throw new CrmFileException(r.file, row, r.header("won"), "won but not closed");
      }
      String owner = r.text("owner");
      opportunities.add(new Opportunity(id, r.text("account"), owner == null ? null : pseudonym(owner),
          created, r.stamp("closeDate"), stage, isClosed, isWon, r.number("amount"),
          r.text("source"), r.text("type"), r.text("currency"), row));
      if (prefix != null) {
        for (Map.Entry<String, Integer> column : r.prefixed(prefix).entrySet()) {
          String text = r.cell(column.getValue());
          if (text == null) {
            continue;
          }
          String name = stageIn(column.getKey().substring(prefix.length()), stages);
          if (name == null) {
            drop(r.file, "stage-entry dates of stages not in the definitions");
            continue;
          }
          changes.add(new StageChange(id, r.stampAt(column.getValue()), name));
        }
      }
    });
    return opportunities;
  }

  /** The stage a {@code "Name (Pipeline)"} column header names, or null. */
  private static String stageIn(String quoted, Map<String, StageDefinition> stages) {
    String name = quoted.strip();
    if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
      name = name.substring(1, name.length() - 1);
    }
    if (stages.containsKey(name)) {
      return name;
    }
    int paren = name.lastIndexOf(" (");
    if (paren > 0 && name.endsWith(")") && stages.containsKey(name.substring(0, paren))) {
      return name.substring(0, paren);
    }
    return null;
  }

  private List<StageChange> readHistory(Map<String, StageDefinition> stages) {
    List<StageChange> changes = new ArrayList<>();
    each(Table.STAGE_HISTORY, (row, r) -> {
      String id = r.text("opportunity");
      Stamp at = r.stamp("at");
      String stage = r.text("stage");
      if (id == null || at == null || stage == null) {
        drop(r.file, "rows without an opportunity, a date or a stage");
        return;
      }
      if (!stages.containsKey(stage)) {
        throw new CrmFileException(r.file, row, r.header("stage"),
            "stage " + stage + " is not in the stage definitions");
      }
      changes.add(new StageChange(id, at, stage));
    });
    return changes;
  }

  private List<Lead> readLeads() {
    List<Lead> leads = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    each(Table.LEADS, (row, r) -> {
      String id = r.text("id");
      Stamp created = r.stamp("created");
      if (id == null || created == null) {
        drop(r.file, id == null ? "rows without a lead id" : "rows without a created date");
        return;
      }
      if (!seen.add(id)) {
        drop(r.file, "repeated lead id (later rows left out)");
        return;
      }
      String opportunity = r.text("opportunity");
      if (opportunity != null && opportunity.indexOf(';') > 0) {
        opportunity = opportunity.substring(0, opportunity.indexOf(';')).strip(); // HubSpot lists
      }
      Boolean converted = r.boolOrNull("converted");
      Stamp convertedAt = r.stamp("convertedAt");
      boolean isConverted =
          converted != null ? converted : opportunity != null || convertedAt != null;
      String owner = r.text("owner");
      leads.add(new Lead(id, created, r.text("source"), r.text("status"), isConverted, convertedAt,
          opportunity, owner == null ? null : pseudonym(owner)));
    });
    return leads;
  }

  private List<Call> readCalls() {
    List<Call> calls = new ArrayList<>();
    Map<String, String> keep = mapping.tables().containsKey(Table.CALLS)
        ? mapping.tables().get(Table.CALLS).keepWhere() : Map.of();
    each(Table.CALLS, (row, r) -> {
      for (Map.Entry<String, String> k : keep.entrySet()) {
        String v = r.text(k.getKey());
        if (r.has(k.getKey()) && (v == null || !v.equalsIgnoreCase(k.getValue()))) {
          drop(r.file, "rows that are not calls (" + r.header(k.getKey()) + " is not "
              + k.getValue() + "; not an error)");
          return;
        }
      }
      String id = r.text("id");
      Stamp at = r.stamp("at");
      if (id == null || at == null) {
        drop(r.file, id == null ? "rows without an id" : "rows without a date");
        return;
      }
      String owner = r.text("owner");
      String duration = r.text("duration");
      Double seconds = null;
      if (duration != null) {
        try {
          seconds = values.durationSeconds(duration);
        } catch (IllegalArgumentException e) {
          throw new CrmFileException(r.file, row, r.header("duration"), e.getMessage());
        }
      }
      calls.add(new Call(id, owner == null ? null : pseudonym(owner), at, r.text("direction"),
          seconds, r.text("disposition"), first(r.text("who")), first(r.text("what"))));
    });
    return calls;
  }

  private List<Meeting> readMeetings() {
    List<Meeting> meetings = new ArrayList<>();
    each(Table.MEETINGS, (row, r) -> {
      String id = r.text("id");
      Stamp at = r.stamp("at");
      if (id == null || at == null) {
        drop(r.file, id == null ? "rows without an id" : "rows without a date");
        return;
      }
      String owner = r.text("owner");
      meetings.add(new Meeting(id, owner == null ? null : pseudonym(owner), at, r.text("outcome"),
          first(r.text("who")), first(r.text("what"))));
    });
    return meetings;
  }

  /** The first of a HubSpot list of associated ids ({@code 101;102}). */
  private static String first(String ids) {
    if (ids == null) {
      return null;
    }
    int semi = ids.indexOf(';');
    return semi > 0 ? ids.substring(0, semi).strip() : ids;
  }

  private String pseudonym(String raw) {
    return pseudonyms.computeIfAbsent(raw, k -> "u" + (pseudonyms.size() + 1));
  }

  private void drop(String file, String reason) {
    dropped.merge(file + ": " + reason, 1L, Long::sum);
  }

  // ---------------------------------------------------------------------------------------------
  // Files and rows

  private List<String> files(Table table) {
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

  private interface RowHandler {
    void row(long row, Row r);
  }

  private void each(Table table, RowHandler handler) {
    Path file = find(table);
    if (file == null) {
      if (table.required()) {
        throw new CrmFileException(dir.toString(),
            "no " + String.join(" or ", files(table)) + " (the " + table.key() + " table is required)");
      }
      return;
    }
    readCsv(file, mapping.tables().get(table), table, mapping.values().delimiter(), handler);
  }

  private void readCsv(Path file, Mapping.TableMapping tm, Table table, char delimiter,
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
        Row row = null;
        for (CSVRecord record : parser) {
          long number = record.getRecordNumber(); // 1 = the header
          if (row == null) {
            row = new Row(display, header(record, display), tm, table);
            continue;
          }
          if (record.size() == 1 && record.get(0).isBlank()) {
            continue;
          }
          if (record.size() != row.columns.size()) {
            throw new CrmFileException(display, number,
                "has " + record.size() + " fields; the header has " + row.columns.size());
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

  private static List<String> header(CSVRecord record, String display) {
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

  /** The current row of a file, read through the table's mapping. */
  private final class Row {
    final String file;
    final List<String> columns;
    final Map<String, Integer> index = new HashMap<>();
    CSVRecord record;
    long number;

    Row(String file, List<String> columns, Mapping.TableMapping tm, Table table) {
      this.file = file;
      this.columns = columns;
      Map<String, Integer> positions = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        positions.put(normal(columns.get(i)), i);
      }
      for (Map.Entry<String, List<String>> f : tm.columns().entrySet()) {
        for (String alias : f.getValue()) {
          Integer at = positions.get(normal(alias));
          if (at != null) {
            index.put(f.getKey(), at);
            columnsRead.putIfAbsent(table.key() + "." + f.getKey(),
                java.nio.file.Path.of(file).getFileName() + " " + columns.get(at));
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

    boolean has(String field) {
      return index.containsKey(field);
    }

    String header(String field) {
      Integer at = index.get(field);
      return at == null ? field : columns.get(at);
    }

    /** A cell's text, or null when empty. */
    String cell(int at) {
      String v = record.get(at).strip();
      return v.isEmpty() ? null : v;
    }

    String text(String field) {
      Integer at = index.get(field);
      return at == null ? null : cell(at);
    }

    Stamp stamp(String field) {
      Integer at = index.get(field);
      return at == null || cell(at) == null ? null : stampAt(at);
    }

    Stamp stampAt(int at) {
      try {
        return values.stamp(cell(at));
      } catch (IllegalArgumentException e) {
        throw new CrmFileException(file, number, columns.get(at), e.getMessage());
      }
    }

    Double number(String field) {
      return parsed(field, values::number);
    }

    /** A field's value parsed, or null when empty; a parse failure names the cell. */
    <T> T parsed(String field, java.util.function.Function<String, T> parse) {
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

    /** Columns whose header starts with {@code prefix}, in header order. */
    Map<String, Integer> prefixed(String prefix) {
      Map<String, Integer> found = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).regionMatches(true, 0, prefix, 0, prefix.length())) {
          found.put(columns.get(i), i);
        }
      }
      return found;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Side files: --stages and --roles

  private List<StageDefinition> readStagesFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      Map<String, List<String>> columns = new LinkedHashMap<>();
      for (Mapping m : List.of(Mapping.SALESFORCE, Mapping.HUBSPOT)) {
        m.tables().get(Table.STAGES).columns().forEach((k, v) ->
            columns.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      }
      columns.forEach((k, v) -> v.add(k));
      Mapping.TableMapping tm = new Mapping.TableMapping(List.of(), columns, Map.of(), null);
      if (!Files.isRegularFile(file)) {
        throw new CrmFileException(file.toString(), "file not found");
      }
      List<StageDefinition> stages = new ArrayList<>();
      readCsv(file, tm, Table.STAGES, (char) 0, (row, r) -> stages.add(new StageDefinition(
          r.text("name") == null ? fail(r, row) : r.text("name"), r.whole("order"),
          r.bool("closed"), r.bool("won"))));
      stages.sort((a, b) -> Integer.compare(a.order(), b.order()));
      return stages;
    }
    JsonNode tree = yaml(file);
    if (!tree.isArray()) {
      throw new CrmFileException(file.toString(),
          "expected a list of stages, each {name, order, closed, won}");
    }
    List<StageDefinition> stages = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < tree.size(); i++) {
      JsonNode s = tree.get(i);
      String at = "[" + i + "]";
      String stageName = yamlText(file, s, "name", at);
      if (!seen.add(stageName)) {
        throw new CrmFileException(file.toString(), at + ".name: stage " + stageName + " is defined twice");
      }
      JsonNode order = s.get("order");
      if (order == null || !order.isIntegralNumber()) {
        throw new CrmFileException(file.toString(), at + ".order: expected a whole number");
      }
      stages.add(new StageDefinition(stageName, order.intValue(), yamlBool(file, s, "closed", at),
          yamlBool(file, s, "won", at)));
      if (stages.get(stages.size() - 1).won() && !stages.get(stages.size() - 1).closed()) {
        throw new CrmFileException(file.toString(), at + ".won: a won stage must be closed");
      }
    }
    stages.sort((a, b) -> Integer.compare(a.order(), b.order()));
    return stages;
  }

  private static String fail(Row r, long row) {
    throw new CrmFileException(r.file, row, r.header("name"), "empty; expected the stage's name");
  }

  /** A --roles file: user id → INBOUND, OUTBOUND or MIXED (YAML mapping, or CSV id,role). */
  static Map<String, String> readRoles(Path file) {
    Map<String, String> roles = new HashMap<>();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CrmFileException(file.toString(), "cannot read: " + e.getMessage());
      }
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
          continue;
        }
        String[] parts = line.split("[,;\t]", -1);
        if (parts.length != 2) {
          throw new CrmFileException(file.toString(), i + 1, "expected two fields: user id, role");
        }
        roles.put(parts[0].strip(), role(file, parts[1], "row " + (i + 1) + ", column 2"));
      }
      return roles;
    }
    JsonNode tree = yaml(file);
    if (!tree.isObject()) {
      throw new CrmFileException(file.toString(), "expected a mapping of user id: role");
    }
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      roles.put(e.getKey(), role(file, e.getValue().asString(), e.getKey()));
    }
    return roles;
  }

  private static String role(Path file, String text, String where) {
    String role = text.strip().toUpperCase(Locale.ROOT);
    if (!List.of("INBOUND", "OUTBOUND", "MIXED").contains(role)) {
      throw new CrmFileException(file.toString(),
          where + ": expected INBOUND, OUTBOUND or MIXED (got " + text.strip() + ")");
    }
    return role;
  }

  static JsonNode yaml(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new CrmFileException(file.toString(), "file not found");
      }
      if (Files.size(file) > MAX_SIDE_FILE_BYTES) {
        throw new CrmFileException(file.toString(), "file is too large (the limit is 1 MB)");
      }
      JsonNode tree = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (tree == null || tree.isMissingNode()) {
        throw new CrmFileException(file.toString(), "is empty");
      }
      return tree;
    } catch (IOException e) {
      throw new CrmFileException(file.toString(), "cannot read: " + e.getMessage());
    } catch (tools.jackson.core.JacksonException e) {
      String message = e.getOriginalMessage();
      var location = e.getLocation();
      throw new CrmFileException(file.toString(),
          (location != null && location.getLineNr() > 0 ? "line " + location.getLineNr() + ": " : "")
              + "not valid YAML: " + message);
    }
  }

  private static String yamlText(Path file, JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || !v.isValueNode() || v.asString().isBlank()) {
      throw new CrmFileException(file.toString(), at + "." + field + ": expected text");
    }
    return v.asString();
  }

  private static boolean yamlBool(Path file, JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || !v.isBoolean()) {
      throw new CrmFileException(file.toString(), at + "." + field + ": expected true or false");
    }
    return v.booleanValue();
  }
}
