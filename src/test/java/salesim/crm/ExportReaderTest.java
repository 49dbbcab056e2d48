package salesim.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading exports: every column spelling and file name of the built-in mappings, report-style
 * labels with US dates, money and owner names, a mapped CSV with semicolons, day-first dates,
 * decimal commas, a byte-order mark and a quoted line break, and each kind of bad file named with
 * its file, row and column.
 */
final class ExportReaderTest {

  @TempDir Path tmp;

  /** One value per field, as an export writes it (HubSpot durations in milliseconds). */
  private static Map<String, String> values(Table table, boolean hubspot) {
    Map<String, String> v = new LinkedHashMap<>();
    switch (table) {
      case OPPORTUNITIES -> {
        v.put("id", "006A");
        v.put("account", "001A");
        v.put("owner", "005A");
        v.put("created", "2024-03-05T10:22:31.000Z");
        v.put("closeDate", "2024-04-01");
        v.put("stage", "Negotiation");
        v.put("closed", "false");
        v.put("won", "false");
        v.put("amount", "30000");
        v.put("source", "Web");
        v.put("type", "New Business");
        v.put("currency", "USD");
      }
      case STAGE_HISTORY -> {
        v.put("opportunity", "006A");
        v.put("at", "2024-03-05T10:22:31.000Z");
        v.put("stage", "Prospecting");
      }
      case LEADS -> {
        v.put("id", "00QA");
        v.put("created", "2024-03-01T09:00:00Z");
        v.put("source", "Web");
        v.put("status", "Converted");
        v.put("converted", "true");
        v.put("convertedAt", "2024-03-05");
        v.put("opportunity", "006A");
        v.put("owner", "005A");
      }
      case CALLS -> {
        v.put("id", "00TA");
        v.put("owner", "005A");
        v.put("at", "2024-03-02T10:00:00Z");
        v.put("subtype", "Call");
        v.put("direction", "Outbound");
        v.put("duration", hubspot ? "125000" : "125");
        v.put("disposition", "Connected");
        v.put("who", "00QA");
        v.put("what", "006A");
      }
      case MEETINGS -> {
        v.put("id", "00UA");
        v.put("owner", "005A");
        v.put("at", "2024-03-04T14:00:00Z");
        v.put("outcome", "Completed");
        v.put("who", "00QA");
        v.put("what", "006A");
      }
      case USERS -> {
        v.put("id", "005A");
        v.put("active", "true");
        v.put("created", "2023-01-02T08:00:00Z");
        v.put("lastModified", "2024-01-01T00:00:00Z");
        v.put("role", "INBOUND");
      }
      case ACCOUNTS -> {
        v.put("id", "001A");
        v.put("employees", "250");
        v.put("revenue", "1000000");
        v.put("type", "Customer");
      }
      default -> throw new IllegalArgumentException(table.toString());
    }
    return v;
  }

  private static final List<List<String>> STAGES = List.of(
      List.of("Prospecting", "1", "false", "false"), List.of("Negotiation", "2", "false", "false"),
      List.of("Closed Won", "3", "true", "true"), List.of("Closed Lost", "4", "true", "false"));

  @Test
  void read_everyColumnSpellingAndFileName_readsTheSameHistory() throws IOException {
    for (Mapping mapping : List.of(Mapping.SALESFORCE, Mapping.HUBSPOT)) {
      boolean hubspot = mapping == Mapping.HUBSPOT;
      int spellings = 0;
      for (Mapping.TableMapping tm : mapping.tables().values()) {
        spellings = Math.max(spellings, tm.files().size());
        for (List<String> aliases : tm.columns().values()) {
          spellings = Math.max(spellings, aliases.size());
        }
      }
      for (int k = 0; k < spellings; k++) {
        Path dir = Files.createDirectories(tmp.resolve(mapping.format() + k));
        for (Map.Entry<Table, Mapping.TableMapping> t : mapping.tables().entrySet()) {
          Mapping.TableMapping tm = t.getValue();
          List<String> header = new ArrayList<>();
          List<List<String>> rows = new ArrayList<>();
          if (t.getKey() == Table.STAGES) {
            List<String> fields = List.of("name", "order", "closed", "won");
            for (String f : fields) {
              header.add(spelling(tm.columns().get(f), k));
            }
            rows.addAll(STAGES);
          } else {
            Map<String, String> v = values(t.getKey(), hubspot);
            List<String> row = new ArrayList<>();
            for (Map.Entry<String, List<String>> c : tm.columns().entrySet()) {
              header.add(spelling(c.getValue(), k));
              row.add(v.get(c.getKey()));
            }
            if (tm.stageEntryPrefix() != null) {
              header.add(tm.stageEntryPrefix() + "\"Prospecting (Sales Pipeline)\"");
              row.add("2024-03-05 10:22");
            }
            rows.add(row);
          }
          write(dir.resolve(tm.files().get(k % tm.files().size())), header, rows);
        }
        CrmHistory h = ExportReader.read(dir, mapping, null, null);
        String at = mapping.format() + " spelling " + k;
        assertThat(h.users()).as(at).singleElement().satisfies(u -> {
          assertThat(u.id()).isEqualTo("u1");
          assertThat(u.created().at()).isEqualTo(LocalDateTime.of(2023, 1, 2, 8, 0));
          assertThat(u.role()).isEqualTo("INBOUND");
        });
        assertThat(h.opportunities()).as(at).singleElement().satisfies(o -> {
          assertThat(o.id()).isEqualTo("006A");
          assertThat(o.ownerId()).isEqualTo("u1");
          assertThat(o.accountId()).isEqualTo("001A");
          assertThat(o.created().at()).isEqualTo(LocalDateTime.of(2024, 3, 5, 10, 22, 31));
          assertThat(o.closeDate().date()).isEqualTo(LocalDate.of(2024, 4, 1));
          assertThat(o.stage()).isEqualTo("Negotiation");
          assertThat(o.closed()).isFalse();
          assertThat(o.amount()).isEqualTo(30000.0);
          assertThat(o.leadSource()).isEqualTo("Web");
        });
        assertThat(h.stageChanges()).as(at).singleElement()
            .satisfies(c -> assertThat(c.stage()).isEqualTo("Prospecting"));
        assertThat(h.leads()).as(at).singleElement().satisfies(l -> {
          assertThat(l.converted()).isTrue();
          assertThat(l.opportunityId()).isEqualTo("006A");
          assertThat(l.ownerId()).isEqualTo("u1");
        });
        assertThat(h.calls()).as(at).singleElement().satisfies(c -> {
          assertThat(c.durationSeconds()).isEqualTo(125.0);
          assertThat(c.disposition()).isEqualTo("Connected");
          assertThat(c.whoId()).isEqualTo("00QA");
          assertThat(c.ownerId()).isEqualTo("u1");
        });
        assertThat(h.meetings()).as(at).singleElement()
            .satisfies(m -> assertThat(m.whatId()).isEqualTo("006A"));
        assertThat(h.accounts()).as(at).singleElement()
            .satisfies(a -> assertThat(a.employees()).isEqualTo(250.0));
        assertThat(h.stages()).as(at).extracting(StageDefinition::name)
            .containsExactly("Prospecting", "Negotiation", "Closed Won", "Closed Lost");
      }
    }
  }

  private static String spelling(List<String> aliases, int k) {
    return aliases.get(Math.min(k, aliases.size() - 1));
  }

  @Test
  void read_reportExport_labelsUsDatesMoneyAndNamesPseudonymised() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("report"));
    Files.writeString(dir.resolve("Opportunities.csv"), """
        "Opportunity ID","Opportunity Owner","Created Date","Close Date","Stage","Amount","Lead Source"
        "006X","Jane Doe","3/1/2024 9:05 AM","3/15/2024","Closed Won","$30,000.00","Cold Call"
        "006Y","John Roe","3/2/2024 2:30 PM","4/1/2024","Discovery","USD 1,250.50","Web"
        "006Z","Jane Doe","3/3/2024","","Discovery","",""
        """, StandardCharsets.UTF_8);
    Path stages = tmp.resolve("stages.yaml");
    Files.writeString(stages, """
        - {name: Discovery, order: 1, closed: false, won: false}
        - {name: Closed Won, order: 2, closed: true, won: true}
        - {name: Closed Lost, order: 3, closed: true, won: false}
        """, StandardCharsets.UTF_8);
    CrmHistory h = ExportReader.read(dir, Mapping.SALESFORCE, stages, null);
    assertThat(h.opportunities()).extracting(Opportunity::ownerId).containsExactly("u1", "u2", "u1");
    Opportunity won = h.opportunities().get(0);
    assertThat(won.created().at()).isEqualTo(LocalDateTime.of(2024, 3, 1, 9, 5));
    assertThat(won.closeDate().dateOnly()).isTrue();
    assertThat(won.closeDate().date()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(won.closed()).isTrue();
    assertThat(won.won()).isTrue();
    assertThat(won.amount()).isEqualTo(30000.0);
    assertThat(h.opportunities().get(1).created().at()).isEqualTo(LocalDateTime.of(2024, 3, 2, 14, 30));
    assertThat(h.opportunities().get(1).amount()).isEqualTo(1250.5);
    assertThat(h.opportunities().get(2).amount()).isNull();
    assertThat(h.opportunities().get(2).created().dateOnly()).isTrue();
    assertThat(h.toString()).doesNotContain("Jane", "John", "Doe", "Roe");
  }

  @Test
  void read_mappedCsv_semicolonsDayFirstDatesDecimalCommasBomAndQuotedLineBreaks()
      throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("csv"));
    Files.write(dir.resolve("deals.csv"), ("\uFEFFNr;Angelegt;Phase;Wert;Herkunft;Notiz;Verkäufer\n"
        + "1;05.03.2024 10:22;Gewonnen;1.234,50;Kaltakquise;\"zwei\nZeilen; mit Semikolon\";Anna\n"
        + "2;06.03.2024;Offen;-12,5;Web;;Bert\n").getBytes(StandardCharsets.UTF_8));
    Path mapping = tmp.resolve("mapping.yaml");
    Files.writeString(mapping, """
        dateFormat: dd.MM.yyyy
        datetimeFormat: dd.MM.yyyy HH:mm
        decimalSeparator: ","
        outboundSources: [Kaltakquise]
        tables:
          opportunities:
            file: deals.csv
            columns: {id: Nr, created: Angelegt, stage: Phase, amount: [Betrag, Wert],
                      source: Herkunft, owner: Verkäufer}
          stages:
            file: phasen.csv
            columns: {name: Phase, order: Reihenfolge, closed: Geschlossen, won: Gewonnen}
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("phasen.csv"), "Phase;Reihenfolge;Geschlossen;Gewonnen\n"
        + "Offen;1;no;no\nGewonnen;2;yes;yes\nVerloren;3;yes;no\n", StandardCharsets.UTF_8);
    Mapping m = MappingFile.read(mapping);
    assertThat(m.outboundSources()).containsExactly("Kaltakquise");
    CrmHistory h = ExportReader.read(dir, m, null, null);
    assertThat(h.opportunities()).hasSize(2);
    Opportunity first = h.opportunities().get(0);
    assertThat(first.created().at()).isEqualTo(LocalDateTime.of(2024, 3, 5, 10, 22));
    assertThat(first.amount()).isEqualTo(1234.5);
    assertThat(first.won()).isTrue();
    assertThat(first.leadSource()).isEqualTo("Kaltakquise");
    assertThat(h.opportunities().get(1).created().at()).isEqualTo(LocalDateTime.of(2024, 3, 6, 0, 0));
    assertThat(h.opportunities().get(1).amount()).isEqualTo(-12.5);
    assertThat(h.log().columns()).containsEntry("opportunities.amount", "deals.csv Wert");
  }

  @Test
  void values_everyDateAndDatetimeForm() {
    Values iso = new Values(Mapping.ValueFormat.iso(false));
    assertThat(iso.stamp("2024-03-05")).isEqualTo(Stamp.ofDate(LocalDate.of(2024, 3, 5)));
    assertThat(iso.stamp("2024-03-05T10:22:31.000Z").at()).isEqualTo(LocalDateTime.of(2024, 3, 5, 10, 22, 31));
    assertThat(iso.stamp("2024-03-05T10:22:31+01:00").at()).isEqualTo(LocalDateTime.of(2024, 3, 5, 9, 22, 31));
    assertThat(iso.stamp("2024-03-05T10:22Z").at()).isEqualTo(LocalDateTime.of(2024, 3, 5, 10, 22));
    assertThat(iso.stamp("2024-03-05 10:22").at()).isEqualTo(LocalDateTime.of(2024, 3, 5, 10, 22));
    assertThat(iso.stamp("2024-03-05T10:22:31.5").at()).isEqualTo(LocalDateTime.of(2024, 3, 5, 10, 22, 31, 500_000_000));
    Values us = new Values(Mapping.SALESFORCE.values());
    assertThat(us.stamp("3/5/2024")).isEqualTo(Stamp.ofDate(LocalDate.of(2024, 3, 5)));
    assertThat(us.stamp("3/5/2024 1:07 PM").at()).isEqualTo(LocalDateTime.of(2024, 3, 5, 13, 7));
    assertThat(us.stamp("3/5/2024 13:07").at()).isEqualTo(LocalDateTime.of(2024, 3, 5, 13, 7));
    assertThatThrownBy(() -> us.stamp("13/2/2024")).hasMessageContaining("not a date (got 13/2/2024)")
        .hasMessageContaining("--date-format");
    assertThatThrownBy(() -> iso.stamp("2024-02-30")).hasMessageContaining("not a date");
    Values eu = new Values(Mapping.ValueFormat.iso(false).withPatterns(List.of("d/M/yyyy"), List.of()));
    assertThat(eu.stamp("13/2/2024").date()).isEqualTo(LocalDate.of(2024, 2, 13));
    assertThat(iso.durationSeconds("1:02:03")).isEqualTo(3723.0);
    assertThat(iso.durationSeconds("05:23")).isEqualTo(323.0);
    assertThat(new Values(Mapping.HUBSPOT.values()).durationSeconds("125000")).isEqualTo(125.0);
    assertThat(iso.number("(1,200.00)")).isEqualTo(-1200.0);
    assertThat(iso.number("12%")).isEqualTo(12.0);
    assertThat(iso.number("€ 3,000")).isEqualTo(3000.0);
    assertThatThrownBy(() -> iso.number("1.2.3")).hasMessageContaining("not a number");
  }

  @Test
  void read_badFiles_nameTheFileRowAndColumn() throws IOException {
    assertBad("Opportunity.csv", "Id,CreatedDate,StageName,IsClosed,IsWon\n006A,2024-13-45,Open,false,false\n",
        "Opportunity.csv: row 2, column CreatedDate: not a date (got 2024-13-45)");
    assertBad("Opportunity.csv", "Id,CreatedDate,StageName,IsClosed,IsWon,Amount\n"
        + "006A,2024-03-01,Open,false,false,lots\n",
        "Opportunity.csv: row 2, column Amount: not a number (got lots)");
    assertBad("Opportunity.csv", "Id,StageName\n006A,Open\n",
        "Opportunity.csv: row 1: no column for created (expected one of CreatedDate, Created Date)");
    assertBad("Opportunity.csv", "Id,CreatedDate,StageName\n006A,2024-03-01,Mystery\n",
        "Opportunity.csv: row 2, column StageName: stage Mystery is not in the stage definitions");
    assertBad("Opportunity.csv", "Id,CreatedDate,StageName,IsClosed,IsWon\n006A,2024-03-01,Open,maybe,false\n",
        "Opportunity.csv: row 2, column IsClosed: not true or false (got maybe)");
    assertBad("Opportunity.csv", "Id,CreatedDate,StageName\n006A,2024-03-01\n",
        "Opportunity.csv: row 2: has 2 fields; the header has 3");
    assertBad("Opportunity.csv", "Id,CreatedDate,StageName\n\"006A,2024-03-01,Open\n",
        "Opportunity.csv: row 2: a quoted field is never closed");
    assertBad("Opportunity.csv", "Id,CreatedDate,StageName,Id\n006A,2024-03-01,Open,x\n",
        "Opportunity.csv: row 1, column Id: the column appears twice in the header");
    Path latin = Files.createDirectories(tmp.resolve("latin1"));
    stages(latin);
    Files.write(latin.resolve("Opportunity.csv"),
        "Id,CreatedDate,StageName\n006A,2024-03-01,Open\n007\u00e9,2024-03-01,Open\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ExportReader.read(latin, Mapping.SALESFORCE, null, null))
        .isInstanceOf(CrmFileException.class).hasMessageContaining("Opportunity.csv: row")
        .hasMessageContaining("not UTF-8 text");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    stages(empty);
    assertThatThrownBy(() -> ExportReader.read(empty, Mapping.SALESFORCE, null, null))
        .hasMessageEndingWith("no Opportunity.csv or Opportunities.csv (the opportunities table is required)");
    Path noStages = Files.createDirectories(tmp.resolve("nostages"));
    Files.writeString(noStages.resolve("Opportunity.csv"), "Id,CreatedDate,StageName\n");
    assertThatThrownBy(() -> ExportReader.read(noStages, Mapping.SALESFORCE, null, null))
        .hasMessageContaining("no stage definitions").hasMessageContaining("give --stages FILE");
    Path dup = Files.createDirectories(tmp.resolve("dupstage"));
    Files.writeString(dup.resolve("OpportunityStage.csv"),
        "MasterLabel,SortOrder,IsClosed,IsWon\nOpen,1,false,false\nOpen,2,false,false\n");
    assertThatThrownBy(() -> ExportReader.read(dup, Mapping.SALESFORCE, null, null))
        .hasMessageContaining("OpportunityStage.csv: row 3, column MasterLabel: stage Open is defined twice");
    Path roles = tmp.resolve("roles.yaml");
    Files.writeString(roles, "005A: CLOSER\n");
    assertThatThrownBy(() -> ExportReader.read(dup, Mapping.SALESFORCE, null, roles))
        .hasMessageContaining("roles.yaml: 005A: expected INBOUND, OUTBOUND or MIXED (got CLOSER)");
    Path mapping = tmp.resolve("bad-mapping.yaml");
    Files.writeString(mapping, "tables:\n  opportunities:\n    file: d.csv\n    columns: {id: A, created: B, stage: C, colour: D}\n");
    assertThatThrownBy(() -> MappingFile.read(mapping))
        .hasMessageContaining("bad-mapping.yaml: tables.opportunities.columns.colour: unknown field");
  }

  private void assertBad(String file, String text, String message) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("bad" + Math.abs(text.hashCode())));
    stages(dir);
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ExportReader.read(dir, Mapping.SALESFORCE, null, null))
        .isInstanceOf(CrmFileException.class)
        .hasMessageContaining(dir.resolve(file).toString())
        .hasMessageContaining(message);
  }

  private static void stages(Path dir) throws IOException {
    Files.writeString(dir.resolve("OpportunityStage.csv"), "MasterLabel,SortOrder,IsClosed,IsWon\n"
        + "Open,1,false,false\nClosed Won,2,true,true\nClosed Lost,3,true,false\n");
  }

  @Test
  void read_incompleteAndRepeatedRows_areDroppedAndCounted() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("drops"));
    stages(dir);
    Files.writeString(dir.resolve("Opportunity.csv"), "Id,CreatedDate,StageName\n"
        + "006A,2024-03-01,Open\n006A,2024-03-02,Open\n,2024-03-01,Open\n006B,,Open\n");
    Files.writeString(dir.resolve("Task.csv"), "Id,CreatedDate,TaskSubtype\n"
        + "00T1,2024-03-01T10:00:00Z,Call\n00T2,2024-03-01T10:00:00Z,Email\n");
    CrmHistory h = ExportReader.read(dir, Mapping.SALESFORCE, null, null);
    assertThat(h.opportunities()).hasSize(1);
    assertThat(h.calls()).hasSize(1);
    String f = dir.resolve("Opportunity.csv").toString();
    assertThat(h.log().dropped()).containsEntry(f + ": repeated opportunity id (later rows left out)", 1L)
        .containsEntry(f + ": rows without an opportunity id", 1L)
        .containsEntry(f + ": rows without a created date", 1L)
        .containsEntry(dir.resolve("Task.csv") + ": rows that are not calls (TaskSubtype is not Call;"
            + " not an error)", 1L);
    assertThat(h.log().files()).containsEntry(f, 4L);
  }

  private static void write(Path file, List<String> header, List<List<String>> rows)
      throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(csv(header)).append('\n');
    for (List<String> r : rows) {
      b.append(csv(r)).append('\n');
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }

  private static String csv(List<String> cells) {
    List<String> out = new ArrayList<>();
    for (String c : cells) {
      out.add("\"" + c.replace("\"", "\"\"") + "\"");
    }
    return String.join(",", out);
  }
}
