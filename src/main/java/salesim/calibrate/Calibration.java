package salesim.calibrate;

import java.time.LocalDate;
import java.util.List;
import salesim.model.SalesParameters;
import salesim.model.funnel.Stage;
import salesim.model.market.Segment;
import salesim.model.policy.TeamStructure;

/**
 * What a calibration found: every estimate with its provenance, the data's problems, the values
 * the scenario takes as whole lists (segments, stage paths), the team's structure, and the
 * starting state at the as-of date.
 *
 * @param asOf the last day counted
 * @param format where the export came from
 * @param minSample the sample floor used
 * @param outboundSources the lead sources counted as outbound
 * @param estimates every value, in report order
 * @param problems the data's problems, with counts
 * @param segments the base's segments with the estimated values in place
 * @param inbound the inbound stage path to write (the company's own stages when the data has
 *     them), or the base's
 * @param outbound the outbound stage path
 * @param pathsFromData whether each path ({inbound, outbound}) is the company's own stages
 * @param structure MIXED or SPLIT, from the team's roles
 * @param currency the currency of the values (the export's main one)
 * @param start the company at as-of
 * @param curves what the report draws
 * @param base the scenario calibrated against (its values are kept where the data is silent)
 */
public record Calibration(
    LocalDate asOf,
    String format,
    int minSample,
    List<String> outboundSources,
    List<Estimate> estimates,
    List<Problem> problems,
    List<Segment> segments,
    List<Stage> inbound,
    List<Stage> outbound,
    List<Boolean> pathsFromData,
    TeamStructure structure,
    String currency,
    StartState start,
    Curves curves,
    SalesParameters base) {

  public Calibration {
    outboundSources = List.copyOf(outboundSources);
    estimates = List.copyOf(estimates);
    problems = List.copyOf(problems);
    segments = List.copyOf(segments);
    inbound = List.copyOf(inbound);
    outbound = List.copyOf(outbound);
    pathsFromData = List.copyOf(pathsFromData);
  }

  /** The estimate with this key, or null. */
  public Estimate estimate(String key) {
    for (Estimate e : estimates) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    return null;
  }
}
