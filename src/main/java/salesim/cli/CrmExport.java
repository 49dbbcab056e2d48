package salesim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import salesim.crm.CrmHistory;
import salesim.crm.ExportWriter;
import salesim.crm.SimulatedHistory;
import salesim.crm.WorkCalendar;
import salesim.model.SalesModel;
import salesim.model.SalesParameters;

/**
 * {@code salesim run ... --crm-export DIR}: replication 0's history as a CRM export, in the
 * Salesforce shape (DIR/salesforce) and the HubSpot shape (DIR/hubspot), with synthetic ids, so a
 * known scenario can be exported, calibrated back and compared. A folder it writes carries a
 * marker file; any other non-empty folder is refused, never overwritten.
 */
final class CrmExport {

  /** Marks a folder this command wrote (and may replace). */
  static final String MARKER = ".salesim-crm-export";

  private final Path dir;
  private final WorkCalendar calendar;

  private CrmExport(Path dir, WorkCalendar calendar) {
    this.dir = dir;
    this.calendar = calendar;
  }

  /**
   * Checks the folder and the start month before anything runs.
   *
   * @param start the calendar month of the run's month 0 (yyyy-MM), or null for 2025-01
   */
  static CrmExport prepare(Path dir, String start, SalesParameters p) {
    YearMonth origin;
    try {
      origin = start == null ? YearMonth.of(2025, 1) : YearMonth.parse(start);
    } catch (DateTimeParseException e) {
      throw new Options.UsageError("--crm-start: expected a month such as 2025-01 (got " + start + ")");
    }
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new Options.UsageError("--crm-export " + dir + ": exists and is not a folder");
      }
      try (var list = Files.list(dir)) {
        if (list.findAny().isPresent() && !Files.exists(dir.resolve(MARKER))) {
          throw new Options.UsageError("--crm-export " + dir + ": holds files salesim did not"
              + " write; give an empty or new folder");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
      }
    }
    return new CrmExport(dir, new WorkCalendar(origin, p.calendar().daysPerMonth(), 9,
        p.calendar().hoursPerDay()));
  }

  /**
   * Replication 0 with the adapter listening. A warm-started run's warm-up is reported too, at
   * negative model times (the months before {@code --crm-start}): a real export reaches back
   * further than the horizon, and the team's hire dates and the open pipeline's ages need it.
   */
  static SimulatedHistory replay(SalesParameters p, long seed) {
    SimulatedHistory history = new SimulatedHistory(p);
    SalesModel model = new SalesModel(p, seed, 0);
    model.setHistory(history);
    model.run();
    return history;
  }

  /** Runs replication 0 and refuses before anything is written if nothing happened in it. */
  CrmHistory record(SalesParameters p, long seed) {
    SimulatedHistory history = replay(p, seed);
    if (history.events() == 0) {
      throw new Options.UsageError("--crm-export: replication 0 recorded nothing (no reps, leads"
          + " or deals), so there is no history to export; nothing was written");
    }
    return history.toCrm(calendar, p.calendar().horizonDays());
  }

  /** Writes both shapes and the marker. */
  void write(CrmHistory history) {
    try {
      Path salesforce = dir.resolve("salesforce");
      Path hubspot = dir.resolve("hubspot");
      Files.createDirectories(salesforce);
      Files.createDirectories(hubspot);
      ExportWriter.salesforce(history, salesforce);
      ExportWriter.hubspot(history, hubspot);
      Files.writeString(dir.resolve(MARKER), "written by salesim run --crm-export\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CRM export in " + dir + ": "
          + e.getMessage(), e);
    }
  }
}
