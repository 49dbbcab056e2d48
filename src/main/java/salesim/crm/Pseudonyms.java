package salesim.crm;

import java.util.HashMap;
import java.util.Map;

/**
 * The pseudonyms {@code u1, u2, ...} that stand for an export's owners and users, in order of
 * first appearance. Apart from the table readers because they all share one: an owner of a deal
 * who also logs calls is the same {@code u} in every table, and no owner's name reaches the
 * history.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Pseudonyms {

  private final Map<String, String> byRaw = new HashMap<>();

  /** The pseudonym of a raw owner or user id, given on its first appearance. */
  String of(String raw) {
    return byRaw.computeIfAbsent(raw, k -> "u" + (byRaw.size() + 1));
  }

  /** The pseudonym of a row's owner, or null when the row names none. */
  String ofOwner(String raw) {
    return raw == null ? null : of(raw);
  }
}
