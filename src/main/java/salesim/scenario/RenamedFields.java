package salesim.scenario;

import java.util.Map;

/**
 * Fields earlier versions of salesim read and this one does not, with what replaced them: a file
 * written for an older version then fails with the new name and how to convert the value, not
 * only "unknown field". Keyed by the old path with list indices dropped.
 *
 * <p>Stateless; thread-safe.
 */
final class RenamedFields {

  private static final String SHARE_OF_PAY =
      " (divide the old amount by the rep's hourly base pay, comp.baseMonthly / selling hours a"
          + " month: 39.7 USD at the reference's)";

  private static final Map<String, String> HINTS =
      Map.of(
          "behaviour.temperature",
          "was renamed behaviour.choiceTemperature, and is now a share of the rep's hourly base"
              + " pay so that it means the same in any currency" + SHARE_OF_PAY,
          "behaviour.resistancePerHour",
          "call reluctance is now the person's, drawn per hire: team.profiles.mixed,"
              + " team.profiles.inbound and team.profiles.outbound each take callReluctance (a"
              + " share of the rep's hourly base pay" + SHARE_OF_PAY.substring(2)
              + " and callReluctanceCv");

  private RenamedFields() {}

  /** What replaced the field at {@code path}, or null if it was never renamed. */
  static String hint(FieldPath path) {
    return HINTS.get(path.toString().replaceAll("\\[\\d+]", ""));
  }
}
