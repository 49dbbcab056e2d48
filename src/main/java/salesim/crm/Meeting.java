package salesim.crm;

import java.util.Objects;

/**
 * One meeting (an Event; a HubSpot meeting).
 *
 * @param id its id
 * @param ownerId whose meeting it is, pseudonymised, or null
 * @param at when it started
 * @param outcome its outcome (Completed, No show, ...), or null when the export has none
 * @param whoId the lead or contact met, or null
 * @param whatId the opportunity or account it was about, or null
 */
public record Meeting(
    String id, String ownerId, Stamp at, String outcome, String whoId, String whatId) {

  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
  }
}
