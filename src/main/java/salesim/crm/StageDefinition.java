package salesim.crm;

import java.util.Objects;

/**
 * One stage of the sales process as the company defines it (OpportunityStage.csv or a --stages
 * file): stages are ordered and classified by this, never by their names.
 *
 * @param name the stage's label, as opportunities name it
 * @param order its position (SortOrder)
 * @param closed whether a deal in it is closed
 * @param won whether a deal in it is won
 */
public record StageDefinition(String name, int order, boolean closed, boolean won) {

  public StageDefinition {
    Objects.requireNonNull(name, "name");
    if (won && !closed) {
      throw new IllegalArgumentException("stage " + name + ": won but not closed");
    }
  }
}
