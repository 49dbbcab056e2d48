package salesim.crm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link CrmHistory} as an export in the Salesforce shape (one CSV per object, API field
 * names, ISO-8601 dates) or the HubSpot shape (property labels, per-stage {@code Date entered}
 * columns), so {@link ExportReader} reads it back. Numbers and dates are written the same on every
 * machine ({@link Locale#ROOT}, exact decimal expansion).
 *
 * <p>Stateless; thread-safe.
 */
public final class ExportWriter {

  private static final DateTimeFormatter SALESFORCE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
  private static final DateTimeFormatter HUBSPOT_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

  /** The files the Salesforce shape writes. */
  public static final List<String> SALESFORCE_FILES = List.of("Opportunity.csv",
      "OpportunityHistory.csv", "Lead.csv", "Task.csv", "Event.csv", "User.csv", "Account.csv",
      "OpportunityStage.csv");

  /** The files the HubSpot shape writes. */
  public static final List<String> HUBSPOT_FILES = List.of("deals.csv", "contacts.csv",
      "calls.csv", "meetings.csv", "users.csv", "companies.csv", "stages.csv");

  private ExportWriter() {}

  /**
   * The Salesforce shape. Event.csv carries held meetings only (a Salesforce Event has no outcome
   * field); a close date is written as a date, as Salesforce keeps it.
   */
  public static void salesforce(CrmHistory h, Path dir) {
    write(dir.resolve("Opportunity.csv"), List.of("Id", "AccountId", "OwnerId", "CreatedDate",
        "CloseDate", "StageName", "IsClosed", "IsWon", "Amount", "LeadSource", "Type",
        "CurrencyIsoCode"), rows -> {
          for (Opportunity o : h.opportunities()) {
            rows.add(List.of(o.id(), text(o.accountId()), text(o.ownerId()),
                sf(o.created()), o.closeDate() == null ? "" : o.closeDate().date().format(DATE),
                o.stage(), bool(o.closed()), bool(o.won()), number(o.amount()),
                text(o.leadSource()), text(o.type()), text(o.currency())));
          }
        });
    write(dir.resolve("OpportunityHistory.csv"), List.of("OpportunityId", "CreatedDate",
        "StageName"), rows -> {
          for (StageChange c : h.stageChanges()) {
            rows.add(List.of(c.opportunityId(), sf(c.at()), c.stage()));
          }
        });
    write(dir.resolve("Lead.csv"), List.of("Id", "CreatedDate", "LeadSource", "Status",
        "IsConverted", "ConvertedDate", "ConvertedOpportunityId", "OwnerId"), rows -> {
          for (Lead l : h.leads()) {
            rows.add(List.of(l.id(), sf(l.created()), text(l.source()), text(l.status()),
                bool(l.converted()),
                l.convertedAt() == null ? "" : l.convertedAt().date().format(DATE),
                text(l.opportunityId()), text(l.ownerId())));
          }
        });
    write(dir.resolve("Task.csv"), List.of("Id", "OwnerId", "CreatedDate", "ActivityDate",
        "TaskSubtype", "CallType", "CallDurationInSeconds", "CallDisposition", "WhoId", "WhatId"),
        rows -> {
          for (Call c : h.calls()) {
            rows.add(List.of(c.id(), text(c.ownerId()), sf(c.at()), c.at().date().format(DATE),
                "Call", text(c.direction()),
                c.durationSeconds() == null ? "" : number(Math.rint(c.durationSeconds())),
                text(c.disposition()), text(c.whoId()), text(c.whatId())));
          }
        });
    write(dir.resolve("Event.csv"), List.of("Id", "OwnerId", "ActivityDateTime", "WhoId",
        "WhatId"), rows -> {
          for (Meeting m : h.meetings()) {
            if (m.outcome() == null || m.outcome().equalsIgnoreCase("Completed")) {
              rows.add(List.of(m.id(), text(m.ownerId()), sf(m.at()), text(m.whoId()),
                  text(m.whatId())));
            }
          }
        });
    write(dir.resolve("User.csv"), List.of("Id", "IsActive", "CreatedDate", "LastModifiedDate",
        "UserRole.Name"), rows -> {
          for (User u : h.users()) {
            rows.add(List.of(u.id(), bool(u.active()), sf(u.created()),
                u.lastModified() == null ? "" : sf(u.lastModified()), text(u.role())));
          }
        });
    accounts(h, dir.resolve("Account.csv"), List.of("Id", "NumberOfEmployees", "AnnualRevenue",
        "Type"));
    write(dir.resolve("OpportunityStage.csv"), List.of("MasterLabel", "SortOrder", "IsClosed",
        "IsWon"), rows -> {
          for (StageDefinition s : h.stages()) {
            rows.add(List.of(s.name(), Integer.toString(s.order()), bool(s.closed()),
                bool(s.won())));
          }
        });
  }

  /**
   * The HubSpot shape: deals with a {@code Date entered "<stage>"} column per stage (the last
   * entry into each stage), contacts as leads, calls (durations in milliseconds), meetings with
   * their outcome, users, companies, and stages.csv for the stage definitions HubSpot's deal
   * export does not carry.
   */
  public static void hubspot(CrmHistory h, Path dir) {
    Map<String, List<StageChange>> changes = h.changesByOpportunity();
    List<String> header = new ArrayList<>(List.of("Record ID", "Deal Stage", "Amount",
        "Deal owner", "Close Date", "Create Date", "Original Source", "Associated Company IDs",
        "Deal Type"));
    for (StageDefinition s : h.stages()) {
      header.add("Date entered \"" + s.name() + "\"");
    }
    write(dir.resolve("deals.csv"), header, rows -> {
      for (Opportunity o : h.opportunities()) {
        List<String> row = new ArrayList<>(List.of(o.id(), o.stage(), number(o.amount()),
            text(o.ownerId()), o.closeDate() == null ? "" : hs(o.closeDate()), hs(o.created()),
            text(o.leadSource()), text(o.accountId()), text(o.type())));
        for (StageDefinition s : h.stages()) {
          String entered = "";
          for (StageChange c : changes.getOrDefault(o.id(), List.of())) {
            if (c.stage().equals(s.name())) {
              entered = hs(c.at());
            }
          }
          row.add(entered);
        }
        rows.add(row);
      }
    });
    write(dir.resolve("contacts.csv"), List.of("Record ID", "Create Date", "Original Source",
        "Lifecycle Stage", "Contact owner", "Associated Deal IDs", "Became an Opportunity Date"),
        rows -> {
          for (Lead l : h.leads()) {
            rows.add(List.of(l.id(), hs(l.created()), text(l.source()), text(l.status()),
                text(l.ownerId()), l.converted() ? text(l.opportunityId()) : "",
                l.converted() && l.convertedAt() != null ? hs(l.convertedAt()) : ""));
          }
        });
    write(dir.resolve("calls.csv"), List.of("Record ID", "Activity date", "Activity assigned to",
        "Call direction", "Call duration", "Call outcome", "Associated Contact IDs",
        "Associated Deal IDs"), rows -> {
          for (Call c : h.calls()) {
            rows.add(List.of(c.id(), hs(c.at()), text(c.ownerId()), text(c.direction()),
                c.durationSeconds() == null ? "" : number(Math.rint(c.durationSeconds()) * 1000),
                text(c.disposition()), text(c.whoId()), text(c.whatId())));
          }
        });
    write(dir.resolve("meetings.csv"), List.of("Record ID", "Meeting start time",
        "Activity assigned to", "Meeting outcome", "Associated Contact IDs",
        "Associated Deal IDs"), rows -> {
          for (Meeting m : h.meetings()) {
            rows.add(List.of(m.id(), hs(m.at()), text(m.ownerId()), text(m.outcome()),
                text(m.whoId()), text(m.whatId())));
          }
        });
    write(dir.resolve("users.csv"), List.of("User ID", "Active", "Created at", "Deactivated at",
        "Role"), rows -> {
          for (User u : h.users()) {
            rows.add(List.of(u.id(), bool(u.active()), hs(u.created()),
                !u.active() && u.lastModified() != null ? hs(u.lastModified()) : "",
                text(u.role())));
          }
        });
    accounts(h, dir.resolve("companies.csv"), List.of("Record ID", "Number of Employees",
        "Annual Revenue", "Type"));
    write(dir.resolve("stages.csv"), List.of("Stage", "Display order", "Is closed", "Is won"),
        rows -> {
          for (StageDefinition s : h.stages()) {
            rows.add(List.of(s.name(), Integer.toString(s.order()), bool(s.closed()),
                bool(s.won())));
          }
        });
  }

  private static void accounts(CrmHistory h, Path file, List<String> header) {
    write(file, header, rows -> {
      for (Account a : h.accounts()) {
        rows.add(List.of(a.id(), number(a.employees()), number(a.annualRevenue()),
            text(a.type())));
      }
    });
  }

  private interface Rows {
    void fill(List<List<String>> rows);
  }

  private static void write(Path file, List<String> header, Rows rows) {
    List<List<String>> all = new ArrayList<>();
    rows.fill(all);
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(header);
      for (List<String> row : all) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String sf(Stamp s) {
    return s.dateOnly() ? s.date().format(DATE) : s.at().format(SALESFORCE_TIME);
  }

  private static String hs(Stamp s) {
    return s.dateOnly() ? s.date().format(DATE) : s.at().format(HUBSPOT_TIME);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String bool(boolean b) {
    return b ? "true" : "false";
  }

  /** A number as plain decimal text, 12 significant digits, the same on every JDK. */
  static String number(Double v) {
    if (v == null) {
      return "";
    }
    if (v == 0.0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }
}
