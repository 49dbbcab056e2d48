package salesim.experiment;

import java.util.List;
import salesim.scenario.ParameterPaths;

/**
 * One-at-a-time sensitivity (a tornado): for each parameter, the base value moved down and up by
 * a relative delta, run on common random numbers against the base.
 *
 * @param path the field path
 * @param base its value in the scenario
 * @param low the value run as "low"
 * @param high the value run as "high"
 */
public record Sensitivity(String path, double base, double low, double high) {

  /** The curated default set: funnel, pay, behaviour and market. */
  public static final List<String> DEFAULT_PARAMETERS =
      List.of(
          ParameterPaths.LEADS_PER_MONTH,
          "inbound.qualityMean",
          "inbound.responseHours",
          "outbound.dialsPerHour",
          "outbound.connectRate",
          "outbound.meetingRateGivenNeed",
          "outbound.meetingToOpportunity",
          "segments[1].dealValueMean",
          "pipeline.outbound[3].exitProbability",
          ParameterPaths.BASE_MONTHLY,
          ParameterPaths.COMMISSION_RATE,
          ParameterPaths.OUTBOUND_MULTIPLIER,
          "team.profiles.mixed.callReluctance",
          "team.profiles.outbound.callReluctance",
          "behaviour.presentBiasPerMonth",
          "behaviour.choiceTemperature",
          "behaviour.lossAversion",
          "team.reluctanceAdaptationMonths",
          "team.attritionPerYear.outbound",
          "team.rampMonths.outbound");

  /**
   * The low and high values for a parameter: ±delta relative, probabilities kept in [0, 1],
   * whole-number fields rounded (to at least one step away from the base).
   */
  public static Sensitivity around(
      String path, double base, double delta, boolean probability, boolean whole) {
    double low = base * (1.0 - delta);
    double high = base * (1.0 + delta);
    if (probability) {
      low = Math.max(0.0, low);
      high = Math.min(1.0, high);
    }
    if (whole) {
      low = Math.min(Math.round(low), base - 1);
      high = Math.max(Math.round(high), base + 1);
      low = Math.max(0, low);
    }
    return new Sensitivity(path, base, low, high);
  }
}
