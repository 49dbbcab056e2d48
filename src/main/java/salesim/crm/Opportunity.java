package salesim.crm;

import java.util.Objects;

/**
 * One opportunity (deal) as the export gives it.
 *
 * @param id its id in the export
 * @param accountId the account it is with, or null
 * @param ownerId its owner, pseudonymised ({@code u1, u2, ...}), or null
 * @param created when it was created
 * @param closeDate its close date (expected while open, actual once closed), or null
 * @param stage its current stage, as the export names it
 * @param closed whether it is closed (from IsClosed, or from the stage's definition)
 * @param won whether it is won (from IsWon, or from the stage's definition)
 * @param amount its amount, or null when the export leaves it empty
 * @param leadSource where it came from (LeadSource, Original Source), or null
 * @param type its type (New Business, Renewal, ...), or null
 * @param currency its ISO currency code, or null when the export has one currency
 * @param row the row of the file it was read from (1 = the header), 0 if not read from a file
 */
public record Opportunity(
    String id,
    String accountId,
    String ownerId,
    Stamp created,
    Stamp closeDate,
    String stage,
    boolean closed,
    boolean won,
    Double amount,
    String leadSource,
    String type,
    String currency,
    long row) {

  public Opportunity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(stage, "stage");
    if (won && !closed) {
      throw new IllegalArgumentException("opportunity " + id + ": won but not closed");
    }
  }
}
