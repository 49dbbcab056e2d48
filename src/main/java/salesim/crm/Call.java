package salesim.crm;

import java.util.Objects;

/**
 * One logged call (a Task with subtype Call; a HubSpot call).
 *
 * @param id its id
 * @param ownerId who made it, pseudonymised, or null
 * @param at when it was made
 * @param direction Inbound or Outbound as the export says, or null
 * @param durationSeconds how long it lasted, or null
 * @param disposition its result (Connected, No Answer, Left Voicemail, ...), or null
 * @param whoId the lead or contact called, or null
 * @param whatId the opportunity or account it was about, or null
 */
public record Call(
    String id,
    String ownerId,
    Stamp at,
    String direction,
    Double durationSeconds,
    String disposition,
    String whoId,
    String whatId) {

  public Call {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
  }
}
