package salesim.crm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the top of the funnel: the leads, and the calls and meetings logged by the team (tasks and
 * events in Salesforce, engagements in HubSpot). A calls table that also holds other tasks is
 * filtered by the mapping's {@code keepWhere}; HubSpot's lists of associated ids keep their first.
 * Apart from the pipeline because none of these tables is checked against the stages.
 */
final class ActivityReader {

  private final ExportFolder folder;
  private final Mapping mapping;
  private final Pseudonyms pseudonyms;

  ActivityReader(ExportFolder folder, Mapping mapping, Pseudonyms pseudonyms) {
    this.folder = folder;
    this.mapping = mapping;
    this.pseudonyms = pseudonyms;
  }

  List<Lead> leads() {
    List<Lead> leads = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    folder.each(Table.LEADS, (row, r) -> {
      String id = r.text("id");
      Stamp created = r.stamp("created");
      if (id == null || created == null) {
        folder.drop(r.file, id == null ? "rows without a lead id" : "rows without a created date");
        return;
      }
      if (!seen.add(id)) {
        folder.drop(r.file, "repeated lead id (later rows left out)");
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
      leads.add(new Lead(id, created, r.text("source"), r.text("status"), isConverted, convertedAt,
          opportunity, pseudonyms.ofOwner(r.text("owner"))));
    });
    return leads;
  }

  List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    Map<String, String> keep = mapping.tables().containsKey(Table.CALLS)
        ? mapping.tables().get(Table.CALLS).keepWhere() : Map.of();
    folder.each(Table.CALLS, (row, r) -> {
      for (Map.Entry<String, String> k : keep.entrySet()) {
        String v = r.text(k.getKey());
        if (r.has(k.getKey()) && (v == null || !v.equalsIgnoreCase(k.getValue()))) {
          folder.drop(r.file, "rows that are not calls (" + r.header(k.getKey()) + " is not "
              + k.getValue() + "; not an error)");
          return;
        }
      }
      String id = r.text("id");
      Stamp at = r.stamp("at");
      if (id == null || at == null) {
        folder.drop(r.file, id == null ? "rows without an id" : "rows without a date");
        return;
      }
      Double seconds = r.seconds("duration");
      calls.add(new Call(id, pseudonyms.ofOwner(r.text("owner")), at, r.text("direction"),
          seconds, r.text("disposition"), first(r.text("who")), first(r.text("what"))));
    });
    return calls;
  }

  List<Meeting> meetings() {
    List<Meeting> meetings = new ArrayList<>();
    folder.each(Table.MEETINGS, (row, r) -> {
      String id = r.text("id");
      Stamp at = r.stamp("at");
      if (id == null || at == null) {
        folder.drop(r.file, id == null ? "rows without an id" : "rows without a date");
        return;
      }
      meetings.add(new Meeting(id, pseudonyms.ofOwner(r.text("owner")), at, r.text("outcome"),
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
}
