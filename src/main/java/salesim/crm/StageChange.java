package salesim.crm;

import java.util.Objects;

/**
 * An opportunity entering a stage (a row of OpportunityHistory, or a HubSpot {@code Date entered}
 * column).
 *
 * @param opportunityId the opportunity
 * @param at when it entered the stage
 * @param stage the stage it entered
 */
public record StageChange(String opportunityId, Stamp at, String stage) {

  public StageChange {
    Objects.requireNonNull(opportunityId, "opportunityId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(stage, "stage");
  }
}
