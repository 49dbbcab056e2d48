package salesim.model;

/**
 * What each rep has learned from her own results: meetings per prospecting hour and the
 * qualification rate of answered leads, as counts that fade month by month (so beliefs follow a
 * changing market) on top of a prior worth {@code behaviour.priorHours} of experience.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Beliefs {

  private final double keep;
  private final double[] observedMeetings;
  private final double[] observedProspectHours;
  private final double[] observedQualified;
  private final double[] observedTrials;

  Beliefs(Replication replication, int seats) {
    this.keep = StrictMath.exp(-1.0 / replication.p.behaviour().memoryMonths());
    this.observedMeetings = new double[seats];
    this.observedProspectHours = new double[seats];
    this.observedQualified = new double[seats];
    this.observedTrials = new double[seats];
  }

  /** A new occupant starts with the prior alone. */
  void reset(int seat) {
    observedMeetings[seat] = 0.0;
    observedProspectHours[seat] = 0.0;
    observedQualified[seat] = 0.0;
    observedTrials[seat] = 0.0;
  }

  /** At a month start: observations fade. */
  void forget() {
    for (int seat = 0; seat < observedMeetings.length; seat++) {
      observedMeetings[seat] *= keep;
      observedProspectHours[seat] *= keep;
      observedQualified[seat] *= keep;
      observedTrials[seat] *= keep;
    }
  }

  /** The rep answered a lead; a late answer is a weaker trial (instant-response units). */
  void answered(int seat, double decay) {
    observedTrials[seat] += decay;
  }

  /** A lead the rep answered qualified. */
  void qualified(int seat) {
    observedQualified[seat] += 1.0;
  }

  /** The rep prospected for this many hours. */
  void prospected(int seat, double hours) {
    observedProspectHours[seat] += hours;
  }

  /** A meeting the rep's calls booked landed in her calendar. */
  void meetingBooked(int seat) {
    observedMeetings[seat] += 1.0;
  }

  /** The believed rate of qualified leads per instant answer, with a prior of {@code mean}. */
  double qualification(int seat, double mean, double priorLeads) {
    return (mean * priorLeads + observedQualified[seat]) / (priorLeads + observedTrials[seat]);
  }

  /** The believed meetings per prospecting hour, with a prior of {@code prior}. */
  double meetingsPerHour(int seat, double prior, double priorHours) {
    return (prior * priorHours + observedMeetings[seat])
        / (priorHours + observedProspectHours[seat]);
  }
}
