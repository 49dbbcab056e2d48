/*
 * Frozen copy of the model before issue 13 split SalesModel into components (the state at
 * commit ecbb6a3): kept only so SalesModelBenchmark can measure the old and the new model in the same
 * JMH run. Not maintained; deleted once the comparison is recorded in benchmarks/README.md.
 */
package salesim.model;

import java.util.Arrays;
import java.util.BitSet;
import salesim.model.rep.Role;

/**
 * The reps of one replication as parallel arrays indexed by seat (a position on the team that
 * outlives the people in it): role, traits, what each is doing, what each believes, pay state and
 * calendar. A seat's draws are keyed by the seat and its hire number, so common random numbers
 * survive attrition.
 *
 * <p>Note: This class is not thread-safe.
 */
final class LegacyTeam {

  // Activities a rep can be in.
  static final int VACANT = -1;
  static final int IDLE = 0;
  static final int RESPOND = 1;
  static final int PROSPECT = 2;
  static final int DEAL = 3;
  static final int MEETING = 4;
  /** Idle until a meeting that starts now or very soon; no wake-up event of its own. */
  static final int WAITING = 5;

  final int seats;
  final Role[] role;
  final boolean[] active;
  final int[] hireNumber;
  final double[] hireTime;
  /** When the rep's current outbound duty began (patience is counted from here). */
  final double[] outboundSince;
  final double[] inboundSkill;
  final double[] outboundSkill;
  /** The month a vacant seat's backfill starts. */
  final int[] backfillMonth;
  /** When the seat's current occupant started counting toward capacity. */
  final double[] capacityStart;

  final int[] activity;

  /**
   * The seats whose activity is {@link #IDLE}, kept in step by {@link #setActivity}: a new lead
   * is offered to idle reps only, and scanning every seat per lead made a replication's cost grow
   * with the square of the team (benchmarks/README.md, scaling against reps).
   */
  final BitSet idle;
  final double[] activityStart;
  final double[] busyUntil;
  /** Deal being worked, lead being answered, or hours of the prospecting block. */
  final int[] pendingDeal;
  /** Serial and segment of the lead being answered (its queue slot is already reused). */
  final int[] pendingLead;
  final int[] pendingLeadSegment;
  final boolean[] pendingQualified;
  final double[] pendingHours;
  final boolean[] pendingDealInbound;

  // Beliefs, learned from the rep's own results with forgetting.
  final double[] observedMeetings;
  final double[] observedProspectHours;
  final double[] observedQualified;
  final double[] observedTrials;

  // Pay state in the current quota period.
  final double[] periodBooked;
  final double[] periodEarned;
  final boolean[] fullPeriod;

  // Mandate.
  final boolean[] compliant;
  final int[] week;
  final double[] weekProspectHours;

  // Calendar: upcoming meeting start times and meeting ids, sorted by time.
  final double[][] meetingTime;
  final int[][] meetingId;
  final int[] meetingCount;

  // Per-seat history for reviews: [seat][month].
  final double[][] outboundBookings;
  final double[][] outboundHours;
  final double[][] meetingsHeld;

  LegacyTeam(int seats, int months, int calendarCapacity) {
    this.seats = seats;
    role = new Role[seats];
    active = new boolean[seats];
    hireNumber = new int[seats];
    hireTime = new double[seats];
    outboundSince = new double[seats];
    inboundSkill = new double[seats];
    outboundSkill = new double[seats];
    backfillMonth = new int[seats];
    capacityStart = new double[seats];
    activity = new int[seats];
    idle = new BitSet(seats);
    activityStart = new double[seats];
    busyUntil = new double[seats];
    pendingDeal = new int[seats];
    pendingLead = new int[seats];
    pendingLeadSegment = new int[seats];
    pendingQualified = new boolean[seats];
    pendingHours = new double[seats];
    pendingDealInbound = new boolean[seats];
    observedMeetings = new double[seats];
    observedProspectHours = new double[seats];
    observedQualified = new double[seats];
    observedTrials = new double[seats];
    periodBooked = new double[seats];
    periodEarned = new double[seats];
    fullPeriod = new boolean[seats];
    compliant = new boolean[seats];
    week = new int[seats];
    weekProspectHours = new double[seats];
    meetingTime = new double[seats][calendarCapacity];
    meetingId = new int[seats][calendarCapacity];
    meetingCount = new int[seats];
    outboundBookings = new double[seats][months];
    outboundHours = new double[seats][months];
    meetingsHeld = new double[seats][months];
    Arrays.fill(activity, VACANT);
  }

  /** The earliest upcoming meeting of a seat, or +infinity. */
  double nextMeeting(int seat) {
    return meetingCount[seat] == 0 ? Double.POSITIVE_INFINITY : meetingTime[seat][0];
  }

  /** Whether the calendar can take one more meeting. */
  boolean calendarFull(int seat) {
    return meetingCount[seat] == meetingTime[seat].length;
  }

  /** Inserts a meeting, keeping the calendar sorted by time. */
  void book(int seat, double time, int meeting) {
    double[] times = meetingTime[seat];
    int[] ids = meetingId[seat];
    int i = meetingCount[seat]++;
    while (i > 0 && times[i - 1] > time) {
      times[i] = times[i - 1];
      ids[i] = ids[i - 1];
      i--;
    }
    times[i] = time;
    ids[i] = meeting;
  }

  /** Removes a meeting from a seat's calendar; returns false if it was not there. */
  boolean unbook(int seat, int meeting) {
    int n = meetingCount[seat];
    int[] ids = meetingId[seat];
    for (int i = 0; i < n; i++) {
      if (ids[i] == meeting) {
        System.arraycopy(meetingTime[seat], i + 1, meetingTime[seat], i, n - i - 1);
        System.arraycopy(ids, i + 1, ids, i, n - i - 1);
        meetingCount[seat] = n - 1;
        return true;
      }
    }
    return false;
  }

  /** Whether a meeting of {@code hoursInDays} starting at {@code time} overlaps a booked one. */
  boolean overlaps(int seat, double time, double lengthDays) {
    int n = meetingCount[seat];
    double[] times = meetingTime[seat];
    for (int i = 0; i < n; i++) {
      if (times[i] < time + lengthDays && time < times[i] + lengthDays) {
        return true;
      }
    }
    return false;
  }

  /** Meetings booked on the working day {@code day}. */
  int meetingsOnDay(int seat, long day) {
    int n = meetingCount[seat];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if ((long) Math.floor(meetingTime[seat][i]) == day) {
        count++;
      }
    }
    return count;
  }

  /** Whether the seat's occupant may prospect, given a management ban on mixed reps. */
  boolean mayProspect(int seat, boolean mixedBanned) {
    if (!active[seat] || !role[seat].mayProspect()) {
      return false;
    }
    return !(role[seat] == Role.MIXED && mixedBanned);
  }

  /** Sets a seat's activity; the only writer of {@link #activity}, so {@link #idle} stays true. */
  void setActivity(int seat, int value) {
    activity[seat] = value;
    idle.set(seat, value == IDLE);
  }
}
