package salesim.crm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pipeline: the opportunities, with the stage-entry dates some exports carry as columns
 * ({@code Date entered "Demo (Sales Pipeline)"}), and the stage history table. Every stage must be
 * in the definitions; an opportunity's closed and won flags come from its own columns, else from
 * its stage's definition. Apart from the other tables because only these two are checked against
 * the stages.
 */
final class OpportunityReader {

  private final ExportFolder folder;
  private final Mapping mapping;
  private final Pseudonyms pseudonyms;

  OpportunityReader(ExportFolder folder, Mapping mapping, Pseudonyms pseudonyms) {
    this.folder = folder;
    this.mapping = mapping;
    this.pseudonyms = pseudonyms;
  }

  /**
   * The opportunities of the export.
   *
   * @param changes receives the stage changes read from stage-entry columns
   */
  List<Opportunity> opportunities(Map<String, StageDefinition> stages, List<StageChange> changes) {
    List<Opportunity> opportunities = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String prefix = mapping.tables().get(Table.OPPORTUNITIES).stageEntryPrefix();
    folder.each(Table.OPPORTUNITIES, (row, r) -> {
      String id = r.text("id");
      Stamp created = r.stamp("created");
      String stage = r.text("stage");
      if (id == null || created == null || stage == null) {
        folder.drop(r.file, id == null ? "rows without an opportunity id"
            : created == null ? "rows without a created date" : "rows without a stage");
        return;
      }
      if (!seen.add(id)) {
        folder.drop(r.file, "repeated opportunity id (later rows left out)");
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
      opportunities.add(new Opportunity(id, r.text("account"), pseudonyms.ofOwner(r.text("owner")),
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
            folder.drop(r.file, "stage-entry dates of stages not in the definitions");
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

  /** The stage history table's changes, in file order. */
  List<StageChange> history(Map<String, StageDefinition> stages) {
    List<StageChange> changes = new ArrayList<>();
    folder.each(Table.STAGE_HISTORY, (row, r) -> {
      String id = r.text("opportunity");
      Stamp at = r.stamp("at");
      String stage = r.text("stage");
      if (id == null || at == null || stage == null) {
        folder.drop(r.file, "rows without an opportunity, a date or a stage");
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
}
