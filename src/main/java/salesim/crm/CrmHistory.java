package salesim.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One company's CRM history, whatever shape it was read from: the records, the company's stage
 * definitions, and what reading it left out (rows dropped, with their reasons and counts). Immutable.
 *
 * @param format where it came from: salesforce, hubspot, csv or simulated
 * @param opportunities opportunities, each id once
 * @param stageChanges stage entries, in the order read
 * @param leads leads, each id once
 * @param calls logged calls
 * @param meetings meetings
 * @param users users (reps), each id once
 * @param accounts accounts, each id once
 * @param stages the stage definitions, in their order
 * @param log files read and rows dropped
 */
public record CrmHistory(
    String format,
    List<Opportunity> opportunities,
    List<StageChange> stageChanges,
    List<Lead> leads,
    List<Call> calls,
    List<Meeting> meetings,
    List<User> users,
    List<Account> accounts,
    List<StageDefinition> stages,
    ReadLog log) {

  public CrmHistory {
    Objects.requireNonNull(format, "format");
    opportunities = List.copyOf(opportunities);
    stageChanges = List.copyOf(stageChanges);
    leads = List.copyOf(leads);
    calls = List.copyOf(calls);
    meetings = List.copyOf(meetings);
    users = List.copyOf(users);
    accounts = List.copyOf(accounts);
    stages = List.copyOf(stages);
    Objects.requireNonNull(log, "log");
  }

  /** The stage definition of a stage name, or null if the definitions do not name it. */
  public StageDefinition stage(String name) {
    for (StageDefinition s : stages) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }

  /** The stage changes of each opportunity, in time order. */
  public Map<String, List<StageChange>> changesByOpportunity() {
    Map<String, List<StageChange>> by = new HashMap<>();
    for (StageChange c : stageChanges) {
      by.computeIfAbsent(c.opportunityId(), k -> new ArrayList<>()).add(c);
    }
    for (List<StageChange> list : by.values()) {
      list.sort((a, b) -> a.at().compareTo(b.at()));
    }
    return by;
  }

  /**
   * Files read and rows left out while reading.
   *
   * @param files each file read, with its data rows
   * @param dropped rows left out, by reason ("Opportunity.csv: duplicate Id"), with their counts
   * @param columns which column each field was read from: "opportunities.created" to
   *     "Opportunity.csv CreatedDate"
   */
  public record ReadLog(Map<String, Long> files, Map<String, Long> dropped,
      Map<String, String> columns) {

    public ReadLog {
      files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
      dropped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dropped));
      columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    /** An empty log (a history built in code). */
    public static ReadLog none() {
      return new ReadLog(Map.of(), Map.of(), Map.of());
    }

    /** The column a field was read from ("Lead.csv CreatedDate"), or the field's own name. */
    public String column(String field) {
      return columns.getOrDefault(field, field);
    }
  }
}
