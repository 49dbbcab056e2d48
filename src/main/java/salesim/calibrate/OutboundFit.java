package salesim.calibrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import salesim.crm.Call;
import salesim.crm.Meeting;
import salesim.crm.Opportunity;
import salesim.crm.User;
import salesim.model.base.Source;
import salesim.model.market.Segment;

/**
 * The cold funnel from logged calls and meetings: prospecting calls are the calls that did not
 * answer an inbound lead. Dials per prospecting hour come from calling blocks (a rep's calls no
 * more than {@link #BLOCK_GAP_HOURS} apart; a block of n evenly spaced calls spanning s lasts
 * s n / (n - 1)); the connect rate from each call's result, the conversation rate from connected
 * calls' durations, the meeting rate from meetings booked per conversation over the base's share
 * of accounts with a latent need, the show rate from meeting outcomes, and meetings to
 * opportunities from the meetings' linked deals.
 *
 * <p>Stateless; thread-safe.
 */
final class OutboundFit {

  /** Calls at most this many business hours apart are one calling block. */
  static final double BLOCK_GAP_HOURS = 0.25;

  private OutboundFit() {}

  static void fit(Data d, List<Estimate> out, List<Segment> segments) {
    List<Call> calls = d.prospectingCalls;
    double dayHours = d.base.calendar().sellingHoursPerDay();
    List<String> cols = List.of("calls.owner", "calls.at", "calls.who", "calls.direction");
    // Blocks per rep.
    Map<String, List<Double>> byOwner = new HashMap<>();
    for (Call c : calls) {
      if (c.ownerId() != null && !c.at().dateOnly()) {
        byOwner.computeIfAbsent(c.ownerId(), k -> new ArrayList<>()).add(d.days(c.at()));
      }
    }
    double gap = BLOCK_GAP_HOURS / d.base.calendar().hoursPerDay();
    List<double[]> blocks = new ArrayList<>();
    for (List<Double> times : byOwner.values()) {
      times.sort(Double::compare);
      int start = 0;
      for (int i = 1; i <= times.size(); i++) {
        if (i == times.size() || times.get(i) - times.get(i - 1) > gap) {
          int n = i - start;
          if (n >= 3) {
            double span = times.get(i - 1) - times.get(start);
            blocks.add(new double[] {n, span * n / (n - 1) * dayHours});
          }
          start = i;
        }
      }
    }
    double reference = d.base.outbound().dialsPerHour();
    if (blocks.size() >= d.options.minSample()) {
      double dials = 0;
      double hours = 0;
      for (double[] b : blocks) {
        dials += b[0];
        hours += b[1];
      }
      double rate = dials / hours;
      double meanHours = hours / blocks.size();
      double ss = 0;
      for (double[] b : blocks) {
        ss += (b[0] - rate * b[1]) * (b[0] - rate * b[1]);
      }
      double se = Math.sqrt(ss / ((double) blocks.size() * (blocks.size() - 1))) / meanHours;
      out.add(Parameter.DIALS_PER_HOUR.estimate(0, null, "", rate, rate - Stats.Z * se,
          rate + Stats.Z * se, blocks.size(), "calling blocks", String.format(Locale.ROOT,
              "calls over the selling hours of calling blocks (a rep's calls at most %.0f minutes"
                  + " apart, three or more; a block of n calls spanning s lasts s n / (n - 1));"
                  + " ratio estimator with its delta-method interval", BLOCK_GAP_HOURS * 60),
          cols, Status.ESTIMATED, reference));
    } else {
      out.add(Parameter.DIALS_PER_HOUR.estimate(0, null, "", reference, Double.NaN, Double.NaN,
          blocks.size(), "calling blocks", String.format(Locale.ROOT, "kept: %d calling blocks"
              + " with times of day; the floor is %d", blocks.size(), d.options.minSample()),
          cols, Status.INSUFFICIENT_HISTORY, reference));
    }
    callsPerRepDay(d, out, calls);
    // Connects and conversations.
    long connected = 0;
    long notConnected = 0;
    long unknown = 0;
    long conversations = 0;
    long connectedTimed = 0;
    Set<String> unknownNames = new java.util.TreeSet<>();
    for (Call c : calls) {
      Boolean reached = reached(c.disposition());
      if (reached == null) {
        if (c.disposition() != null) {
          unknown++;
          if (unknownNames.size() < 6) {
            unknownNames.add(c.disposition());
          }
        }
        continue;
      }
      if (reached) {
        connected++;
        if (c.durationSeconds() != null) {
          connectedTimed++;
          if (c.durationSeconds() >= CalibrationOptions.CONVERSATION_SECONDS) {
            conversations++;
          }
        }
      } else {
        notConnected++;
      }
    }
    if (unknown > 0) {
      d.extraProblems.add(new Problem("unknown_call_results", "prospecting calls whose result is"
          + " in neither list of connected or not-connected results (e.g. "
          + String.join(", ", unknownNames) + ")", unknown, "left out of the connect rate"));
    }
    List<String> dispositionCols = List.of("calls.disposition", "calls.who");
    proportion(d, out, Parameter.CONNECT_RATE, connected, connected + notConnected, "calls",
        "connected calls over prospecting calls with a known result (connected: "
            + String.join(", ", CalibrationOptions.CONNECTED.subList(0, 4)) + ", ...); Wilson"
            + " interval", dispositionCols, d.base.outbound().connectRate());
    proportion(d, out, Parameter.CONVERSATION_RATE, conversations, connectedTimed,
        "connected calls", String.format(Locale.ROOT, "connected calls lasting at least %.0f s"
            + " over connected calls with a duration; Wilson interval",
            CalibrationOptions.CONVERSATION_SECONDS), List.of("calls.disposition",
                "calls.duration"), d.base.outbound().conversationRate());
    meetings(d, out, conversations, segments);
  }

  /** Whether a call result says the person was reached; null if it is in neither list. */
  static Boolean reached(String disposition) {
    if (disposition == null) {
      return null;
    }
    String s = disposition.strip();
    for (String c : CalibrationOptions.CONNECTED) {
      if (c.equalsIgnoreCase(s)) {
        return true;
      }
    }
    for (String c : CalibrationOptions.NOT_CONNECTED) {
      if (c.equalsIgnoreCase(s)) {
        return false;
      }
    }
    return null;
  }

  private static void callsPerRepDay(Data d, List<Estimate> out, List<Call> calls) {
    if (calls.isEmpty()) {
      return;
    }
    double first = Double.POSITIVE_INFINITY;
    Map<String, Long> perRep = new HashMap<>();
    for (Call c : calls) {
      first = Math.min(first, d.days(c.at()));
      if (c.ownerId() != null) {
        perRep.merge(c.ownerId(), 1L, Long::sum);
      }
    }
    double repDays = 0;
    long total = 0;
    for (Map.Entry<String, Long> e : perRep.entrySet()) {
      User u = d.users.get(e.getKey());
      double from = first;
      double to = d.asOfDays;
      if (u != null) {
        from = Math.max(from, d.days(u.created()));
        if (!u.active() && u.lastModified() != null) {
          to = Math.min(to, d.days(u.lastModified()));
        }
      }
      if (to > from) {
        repDays += to - from;
        total += e.getValue();
      }
    }
    if (repDays <= 0) {
      return;
    }
    double[] ci = Stats.poisson(total);
    out.add(Parameter.CALLS_PER_REP_DAY.estimate(0, null, "", total / repDays, ci[0] / repDays,
        ci[1] / repDays, perRep.size(), "reps", "prospecting calls over the working days each"
            + " calling rep was on the team since the first call; Poisson interval (the model"
            + " derives this from dials per hour and the reps' choices)", List.of("calls.owner",
                "calls.at", "users.created"), Status.OBSERVED, Double.NaN));
  }

  private static void meetings(Data d, List<Estimate> out, long conversations,
      List<Segment> segments) {
    Set<String> inboundOpps = new HashSet<>();
    Set<String> outboundOpps = new HashSet<>();
    for (Opportunity o : d.opportunities.values()) {
      (d.source.get(o.id()) == Source.INBOUND ? inboundOpps : outboundOpps).add(o.id());
    }
    long booked = 0;
    long held = 0;
    long noShow = 0;
    long withOutcome = 0;
    long heldLinked = 0;
    long heldWithDeal = 0;
    boolean linksKept = d.h.meetings().stream().anyMatch(m -> m.whatId() != null);
    for (Meeting m : d.h.meetings()) {
      boolean inbound = (m.whoId() != null && d.inboundLeads.contains(m.whoId()))
          || (m.whatId() != null && inboundOpps.contains(m.whatId()));
      if (inbound) {
        continue;
      }
      booked++;
      String outcome = m.outcome() == null ? null : m.outcome().strip().toLowerCase(Locale.ROOT);
      boolean isNoShow = outcome != null && (outcome.equals("no show") || outcome.equals("no-show")
          || outcome.equals("noshow") || outcome.equals("no_show"));
      boolean isHeld = outcome == null || outcome.equals("completed") || outcome.equals("held")
          || outcome.equals("attended");
      if (outcome != null && (isNoShow || isHeld)) {
        withOutcome++;
      }
      if (isNoShow) {
        noShow++;
      } else if (isHeld) {
        held++;
        // An export that links meetings to deals leaves the link empty when none opened.
        if (linksKept) {
          heldLinked++;
          if (m.whatId() != null && outboundOpps.contains(m.whatId())) {
            heldWithDeal++;
          }
        }
      }
    }
    List<String> cols = List.of("meetings.at", "meetings.outcome", "meetings.who", "meetings.what");
    double showReference = d.base.outbound().showRate();
    if (withOutcome >= d.options.minSample()) {
      proportion(d, out, Parameter.SHOW_RATE, held, held + noShow, "meetings", "held over held"
          + " and no-show outbound meetings; Wilson interval", cols, showReference);
    } else {
      out.add(Parameter.SHOW_RATE.estimate(0, null, "", showReference, Double.NaN, Double.NaN,
          withOutcome, "meetings", String.format(Locale.ROOT, "kept: %d outbound meetings with"
              + " an outcome (a Salesforce Event has none); the floor is %d", withOutcome,
              d.options.minSample()), cols, Status.INSUFFICIENT_HISTORY, showReference));
    }
    // Booked meetings: with outcomes every meeting was booked; without, the export holds the
    // held ones and the booked are held / show rate.
    double show = withOutcome >= d.options.minSample() ? (double) held / (held + noShow) : showReference;
    double bookedCount = withOutcome > 0 ? booked : held / show;
    if (conversations > 0 && booked > 0) {
      double perConversation = bookedCount / conversations;
      double[] ci = Stats.wilson(Math.round(Math.min(bookedCount, conversations)), conversations);
      out.add(Parameter.MEETINGS_PER_CONVERSATION.estimate(0, null, "", perConversation, ci[0],
          ci[1], conversations, "conversations", "outbound meetings booked over prospecting"
              + " conversations; Wilson interval", cols, Status.OBSERVED, Double.NaN));
      double need = needShare(segments);
      double reference = d.base.outbound().meetingRateGivenNeed();
      if (conversations >= d.options.minSample() && booked >= 5) {
        double rate = perConversation / need;
        String clamp = rate > 1 ? "; capped at 1: more meetings per conversation than the base's"
            + " latent-need share allows" : "";
        out.add(Parameter.MEETING_RATE_GIVEN_NEED.estimate(0, null, "", Math.min(1, rate),
            Math.min(1, ci[0] / need), Math.min(1, ci[1] / need), conversations, "conversations",
            String.format(Locale.ROOT, "meetings booked per conversation over the share of accounts"
                + " with a latent need (the base's, %.3f weighted by the calibrated outbound shares)%s%s", need,
                withOutcome > 0 ? "" : "; booked = held / show rate", clamp), cols,
            Status.ESTIMATED, reference));
      } else {
        out.add(Parameter.MEETING_RATE_GIVEN_NEED.estimate(0, null, "", reference, Double.NaN,
            Double.NaN, conversations, "conversations", String.format(Locale.ROOT, "kept: %d"
                + " conversations and %d meetings; the floor is %d and 5", conversations, booked,
                d.options.minSample()), cols, Status.INSUFFICIENT_HISTORY, reference));
      }
    }
    double reference = d.base.outbound().meetingToOpportunity();
    if (heldLinked >= d.options.minSample()) {
      proportion(d, out, Parameter.MEETING_TO_OPPORTUNITY, heldWithDeal, heldLinked, "meetings",
          "held outbound meetings linked to an outbound opportunity (the related-to field) over"
              + " held outbound meetings; Wilson interval", cols, reference);
    } else {
      out.add(Parameter.MEETING_TO_OPPORTUNITY.estimate(0, null, "", reference, Double.NaN,
          Double.NaN, heldLinked, "meetings", String.format(Locale.ROOT, "kept: %d held outbound"
              + " meetings in an export that links meetings to deals; the floor is %d", heldLinked,
              d.options.minSample()), cols, Status.INSUFFICIENT_HISTORY, reference));
    }
  }

  /** The share of accounts with a latent need, weighted by the (calibrated) outbound shares. */
  static double needShare(List<Segment> segments) {
    double w = 0;
    double need = 0;
    for (Segment s : segments) {
      w += s.outboundShare();
      need += s.outboundShare() * s.latentNeedShare();
    }
    return w > 0 ? need / w : 1;
  }

  private static void proportion(Data d, List<Estimate> out, Parameter p, long k, long n,
      String unit, String method, List<String> cols, double reference) {
    if (n >= d.options.minSample()) {
      double[] ci = Stats.wilson(k, n);
      out.add(p.estimate(0, null, "", (double) k / n, ci[0], ci[1], n, unit, method, cols,
          Status.ESTIMATED, reference));
    } else {
      out.add(p.estimate(0, null, "", reference, Double.NaN, Double.NaN, n, unit,
          String.format(Locale.ROOT, "kept: %d %s; the floor is %d", n, unit,
              d.options.minSample()), cols, Status.INSUFFICIENT_HISTORY, reference));
    }
  }
}
