package salesim.crm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * <p>The tables are read in a fixed order (stages, users, accounts, opportunities, stage history,
 * leads, calls, meetings), which fixes the pseudonyms and the log's order; the files are found and
 * parsed by {@link ExportFolder}, the pipeline by {@link OpportunityReader}, the funnel's
 * activities by {@link ActivityReader}. This class reads the people: users and accounts.
 *
 * <p>Note: This class is not thread-safe; use one reader per read.
 */
public final class ExportReader {

  private final Path dir;
  private final Mapping mapping;
  private final Map<String, String> roles;
  private final ExportFolder folder;
  private final Pseudonyms pseudonyms = new Pseudonyms();

  private ExportReader(Path dir, Mapping mapping, Map<String, String> roles) {
    this.dir = dir;
    this.mapping = mapping;
    this.roles = roles;
    this.folder = new ExportFolder(dir, mapping);
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
      throw new CrmFileException(dir.toString(),
          Files.exists(dir) ? "is a file, not an export folder" : "folder not found");
    }
    Map<String, String> roles = rolesFile == null ? Map.of() : SideFiles.readRoles(rolesFile);
    return new ExportReader(dir, mapping, roles).read(stagesFile);
  }

  private CrmHistory read(Path stagesFile) {
    StageReader stageReader = new StageReader(folder);
    List<StageDefinition> stages =
        stagesFile != null ? stageReader.fromFile(stagesFile) : stageReader.fromExport();
    if (stages.isEmpty()) {
      throw new CrmFileException(
          dir.toString(),
          "no stage definitions: the export has no "
              + String.join(" or ", folder.files(Table.STAGES))
              + "; give --stages FILE (a YAML list of {name, order, closed, won}) so stages are"
              + " mapped, never guessed from their names");
    }
    Map<String, StageDefinition> byName = new HashMap<>();
    for (StageDefinition s : stages) {
      byName.put(s.name(), s);
    }
    List<User> users = readUsers();
    List<Account> accounts = readAccounts();
    OpportunityReader pipeline = new OpportunityReader(folder, mapping, pseudonyms);
    List<StageChange> changes = new ArrayList<>();
    List<Opportunity> opportunities = pipeline.opportunities(byName, changes);
    changes.addAll(pipeline.history(byName));
    ActivityReader activities = new ActivityReader(folder, mapping, pseudonyms);
    List<Lead> leads = activities.leads();
    List<Call> calls = activities.calls();
    List<Meeting> meetings = activities.meetings();
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
        folder.log());
  }

  private List<User> readUsers() {
    List<User> users = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    folder.each(Table.USERS, (row, r) -> {
      String raw = r.text("id");
      Stamp created = r.stamp("created");
      if (raw == null || created == null) {
        folder.drop(r.file, raw == null ? "rows without a user id" : "rows without a created date");
        return;
      }
      String id = pseudonyms.of(raw);
      if (!seen.add(id)) {
        folder.drop(r.file, "repeated user id (later rows left out)");
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
    folder.each(Table.ACCOUNTS, (row, r) -> {
      String id = r.text("id");
      if (id == null) {
        folder.drop(r.file, "rows without an account id");
        return;
      }
      if (!seen.add(id)) {
        folder.drop(r.file, "repeated account id (later rows left out)");
        return;
      }
      accounts.add(new Account(id, r.number("employees"), r.number("revenue"), r.text("type")));
    });
    return accounts;
  }
}
