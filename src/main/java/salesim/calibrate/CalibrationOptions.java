package salesim.calibrate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a calibration is asked to do.
 *
 * @param asOf the last day the data counts; the simulation starts the day after
 * @param outboundSources lead sources that count as outbound (case does not matter)
 * @param minSample the sample floor: below it a value keeps the base scenario's and is marked
 *     insufficient_history (observations, or ended stays, or won deals, as each value counts them)
 */
public record CalibrationOptions(LocalDate asOf, List<String> outboundSources, int minSample) {

  /** The lead sources that count as outbound unless the mapping or --outbound-sources says. */
  public static final List<String> DEFAULT_OUTBOUND_SOURCES = List.of("Outbound", "Cold Call",
      "Prospecting", "SDR", "BDR", "Outbound Prospecting", "Outbound Sales", "Cold Email",
      "Self-Sourced", "Self Sourced", "Rep Sourced", "Sales Generated");

  /** The default sample floor. */
  public static final int DEFAULT_MIN_SAMPLE = 30;

  /** Calls whose result says the intended person was reached (case does not matter). */
  public static final List<String> CONNECTED = List.of("Connected", "Conversation", "Interested",
      "Not Interested", "Meeting Booked", "Meeting Scheduled", "Call Back Later", "Callback",
      "Answered", "Spoke", "Reached", "Decision Maker Reached");

  /** Calls whose result says the person was not reached. */
  public static final List<String> NOT_CONNECTED = List.of("No Answer", "Not Answered", "Busy",
      "Left Voicemail", "Voicemail", "Left Live Message", "Left Message", "Wrong Number",
      "Bad Number", "Disconnected", "Gatekeeper", "No Contact", "Not Reached");

  /** A connected call at least this long is a conversation (a connect that was not cut short). */
  public static final double CONVERSATION_SECONDS = 60;

  public CalibrationOptions {
    Objects.requireNonNull(asOf, "asOf");
    outboundSources = List.copyOf(outboundSources);
    if (minSample < 2) {
      throw new IllegalArgumentException("--min-sample: must be at least 2 (got " + minSample + ")");
    }
  }

  /** The default sources and floor. */
  public static CalibrationOptions of(LocalDate asOf) {
    return new CalibrationOptions(asOf, DEFAULT_OUTBOUND_SOURCES, DEFAULT_MIN_SAMPLE);
  }

  /** Whether a lead source counts as outbound. */
  public boolean outbound(String source) {
    if (source == null) {
      return false;
    }
    for (String s : outboundSources) {
      if (s.equalsIgnoreCase(source.strip())) {
        return true;
      }
    }
    return false;
  }
}
