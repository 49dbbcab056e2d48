package salesim.crm;

import java.util.Objects;

/**
 * One lead (a HubSpot contact).
 *
 * @param id its id
 * @param created when it was created (arrived)
 * @param source its lead source, or null
 * @param status its status, or null
 * @param converted whether it became an opportunity
 * @param convertedAt when it converted, or null
 * @param opportunityId the opportunity it became, or null
 * @param ownerId its owner, pseudonymised, or null
 */
public record Lead(
    String id,
    Stamp created,
    String source,
    String status,
    boolean converted,
    Stamp convertedAt,
    String opportunityId,
    String ownerId) {

  public Lead {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
  }
}
