package salesim.model;

import java.util.Arrays;
import salesim.kernel.random.RandomStream;
import salesim.model.market.AccountPool;

/**
 * Outbound meetings from the booking to the handshake: meetings in flight (booked by a
 * prospecting block, landing in the rep's calendar a cadence later), each rep's calendar of
 * upcoming meetings on hour-aligned slots with a daily cap, and the meeting itself — a show or a
 * no-show, then an opportunity or a polite "no".
 *
 * <p>Note: This class is not thread-safe.
 */
final class MeetingBook {

  private static final int CALENDAR_CAPACITY = 64;

  private final Replication r;
  private final Roster roster;
  private final Beliefs beliefs;
  private final Ledger ledger;
  private final AccountPool accounts;
  private final RandomStream[] meetingStream;

  // Meetings in flight: booked by a prospecting block, waiting for a slot or for their time.
  private int[] meetingSeat = new int[64];
  private int[] meetingHire = new int[64];
  private int[] meetingSegment = new int[64];
  private int[] meetingFree = new int[64];
  private boolean[] meetingLive = new boolean[64];
  private int meetingFreeCount;
  private int meetingHighWater;

  // Each seat's calendar: upcoming meeting start times and meeting ids, sorted by time.
  private final double[][] meetingTime;
  private final int[][] meetingId;
  private final int[] meetingCount;

  private RepDay day;
  private DealFlow deals;

  private double firstHeld = Double.NaN;
  /** Meetings out of their cadence to no slot: the rep had gone or her calendar was full. */
  private long fellThrough;
  /** Booked meetings cancelled because their rep left. */
  private long cancelled;

  MeetingBook(Replication replication, Roster roster, Beliefs beliefs, Ledger ledger,
      AccountPool accounts) {
    this.r = replication;
    this.roster = roster;
    this.beliefs = beliefs;
    this.ledger = ledger;
    this.accounts = accounts;
    int seats = roster.seats();
    this.meetingStream = new RandomStream[seats];
    for (int seat = 0; seat < seats; seat++) {
      meetingStream[seat] = replication.streams.stream(StreamPurpose.MEETINGS, seat);
    }
    this.meetingTime = new double[seats][CALENDAR_CAPACITY];
    this.meetingId = new int[seats][CALENDAR_CAPACITY];
    this.meetingCount = new int[seats];
  }

  /** Connects the rep's day (meetings interrupt it) and the deal flow; called once. */
  void connect(RepDay repDay, DealFlow flow) {
    this.day = repDay;
    this.deals = flow;
  }

  /** A block booked {@code count} meetings: each lands in the calendar a cadence later. */
  void booked(int seat, int segment, long count) {
    RandomStream m = meetingStream[seat];
    double lag = Math.max(r.p.outbound().cadenceLagDays(), RepDay.EPSILON);
    for (long i = 0; i < count; i++) {
      int meeting = allocate(seat, segment);
      r.sim.schedule(m.exponential(lag), Events.MEETING_BOOKED, meeting);
    }
  }

  /** The meeting comes out of the cadence: it takes the first free slot, or falls through. */
  void onMeetingBooked(int meeting) {
    int seat = meetingSeat[meeting];
    int s = meetingSegment[meeting];
    if (!roster.active(seat) || roster.hireNumber(seat) != meetingHire[meeting] || calendarFull(seat)) {
      accounts.disengageCoolDown(s, r.month);
      free(meeting);
      fellThrough++;
      return;
    }
    double earliest = Math.max(r.now() + r.p.outbound().meetingLeadDays(), day.busyUntil(seat));
    double slot = findSlot(seat, earliest);
    book(seat, slot, meeting);
    r.sim.scheduleAt(slot, Events.MEETING_START, meeting);
    // The rep sees the meeting land in the calendar only now, a cadence after the calls.
    beliefs.meetingBooked(seat);
  }

  /** The first hour-aligned slot at or after {@code earliest} on a day with room. */
  private double findSlot(int seat, double earliest) {
    var o = r.p.outbound();
    double length = o.meetingHours() * r.hour;
    int slotsPerDay = Math.max(1, (int) Math.floor(r.dayHours - o.meetingHours()) + 1);
    for (long day = (long) Math.floor(earliest); ; day++) {
      if (meetingsOnDay(seat, day) >= o.maxMeetingsPerDay()) {
        continue;
      }
      for (int h = 0; h < slotsPerDay; h++) {
        double t = day + h * r.hour;
        if (t + RepDay.EPSILON >= earliest && !overlaps(seat, t, length)) {
          return t;
        }
      }
    }
  }

  /** The meeting's time has come: the rep stops what she was doing and meets, if they show. */
  void onMeetingStart(int meeting) {
    int seat = meetingSeat[meeting];
    double now = r.now();
    if (!day.isFree(seat) && day.busyUntil(seat) > now + RepDay.EPSILON) {
      // Booked inside work already under way (only with a zero lead time): start when it ends.
      unbook(seat, meeting);
      book(seat, day.busyUntil(seat), meeting);
      r.sim.scheduleAt(day.busyUntil(seat), Events.MEETING_START, meeting);
      return;
    }
    if (!day.isFree(seat)) {
      // The work before the meeting ends right now; its wake-up has not fired yet.
      day.complete(seat);
    }
    unbook(seat, meeting);
    int s = meetingSegment[meeting];
    RandomStream rs = meetingStream[seat];
    var o = r.p.outbound();
    int month = r.month;
    free(meeting);
    if (!rs.bernoulli(o.showRate())) {
      ledger.add(month, MonthlyMetric.MEETINGS_NO_SHOW, 1);
      accounts.disengageCoolDown(s, month);
      r.history.meeting(roster.person(seat), now, s, false, false);
      day.decide(seat);
      return;
    }
    ledger.add(month, MonthlyMetric.MEETINGS_OUTBOUND, 1);
    ledger.add(month, MonthlyMetric.MEETING_BONUS, r.p.comp().meetingBonus());
    ledger.addMeetingHeld(seat, month);
    if (Double.isNaN(firstHeld) && r.reporting()) {
      firstHeld = now - r.startDays;
    }
    boolean opportunity = rs.bernoulli(o.meetingToOpportunity());
    r.history.meeting(roster.person(seat), now, s, true, opportunity);
    if (opportunity) {
      deals.openOutbound(seat, s);
    } else {
      // Met and declined: the account rests like any other "no".
      accounts.disengageRest(s, month);
    }
    day.begin(seat, RepDay.MEETING, o.meetingHours(), true);
  }

  /** The rep is leaving: her booked meetings are cancelled and their accounts cool down. */
  void cancelAll(int seat, int month) {
    for (int i = 0; i < meetingCount[seat]; i++) {
      int meeting = meetingId[seat][i];
      r.sim.cancel(Events.MEETING_START, meeting);
      accounts.disengageCoolDown(meetingSegment[meeting], month);
      free(meeting);
    }
    cancelled += meetingCount[seat];
    meetingCount[seat] = 0;
  }

  /** A new occupant starts with an empty calendar. */
  void clear(int seat) {
    meetingCount[seat] = 0;
  }

  /** The earliest upcoming meeting of a seat, or +infinity. */
  double nextMeeting(int seat) {
    return meetingCount[seat] == 0 ? Double.POSITIVE_INFINITY : meetingTime[seat][0];
  }

  /** When the first outbound meeting was held, or NaN if none was. */
  double firstHeld() {
    return firstHeld;
  }

  /** Meetings in flight (booked, not yet held or lost) in a segment: their accounts are engaged. */
  int inFlight(int segment) {
    int count = 0;
    for (int id = 0; id < meetingHighWater; id++) {
      if (meetingLive[id] && meetingSegment[id] == segment) {
        count++;
      }
    }
    return count;
  }

  /**
   * Checks the books: every meeting booked was held, was a no-show, fell through, was cancelled
   * with its rep, or is still pending (in flight or in a calendar); every id is either pending or
   * free, once; and every calendar entry is a pending meeting of that seat's rep, in no other
   * calendar and not twice in its own, so no meeting can be held twice.
   */
  void checkBooks() {
    int pending = 0;
    for (int id = 0; id < meetingHighWater; id++) {
      pending += meetingLive[id] ? 1 : 0;
    }
    long booked = (long) ledger.total(MonthlyMetric.MEETINGS_BOOKED);
    long held = (long) ledger.total(MonthlyMetric.MEETINGS_OUTBOUND);
    long noShows = (long) ledger.total(MonthlyMetric.MEETINGS_NO_SHOW);
    if (booked != held + noShows + fellThrough + cancelled + pending
        || pending + meetingFreeCount != meetingHighWater) {
      throw new IllegalStateException(
          "meetings not conserved: " + booked + " booked, " + held + " held, " + noShows
              + " no-shows, " + fellThrough + " fell through, " + cancelled + " cancelled, "
              + pending + " pending; " + meetingFreeCount + " ids free of " + meetingHighWater);
    }
    boolean[] inCalendar = new boolean[meetingHighWater];
    for (int seat = 0; seat < meetingCount.length; seat++) {
      if (meetingCount[seat] > 0 && !roster.active(seat)) {
        throw new IllegalStateException(
            "seat " + seat + " has no rep but " + meetingCount[seat] + " meetings booked");
      }
      for (int i = 0; i < meetingCount[seat]; i++) {
        int id = meetingId[seat][i];
        if (!meetingLive[id] || meetingSeat[id] != seat
            || meetingHire[id] != roster.hireNumber(seat) || inCalendar[id]) {
          throw new IllegalStateException(
              "meeting " + id + " in seat " + seat + "'s calendar: pending " + meetingLive[id]
                  + ", booked by seat " + meetingSeat[id] + " (hire " + meetingHire[id] + ", now "
                  + roster.hireNumber(seat) + "), in a calendar already " + inCalendar[id]);
        }
        inCalendar[id] = true;
      }
    }
  }

  private int allocate(int seat, int segment) {
    int id;
    if (meetingFreeCount > 0) {
      id = meetingFree[--meetingFreeCount];
    } else {
      if (meetingHighWater == meetingSeat.length) {
        int size = meetingSeat.length * 2;
        meetingSeat = Arrays.copyOf(meetingSeat, size);
        meetingHire = Arrays.copyOf(meetingHire, size);
        meetingSegment = Arrays.copyOf(meetingSegment, size);
        meetingFree = Arrays.copyOf(meetingFree, size);
        meetingLive = Arrays.copyOf(meetingLive, size);
      }
      id = meetingHighWater++;
    }
    meetingSeat[id] = seat;
    meetingHire[id] = roster.hireNumber(seat);
    meetingSegment[id] = segment;
    meetingLive[id] = true;
    return id;
  }

  private void free(int id) {
    meetingLive[id] = false;
    meetingFree[meetingFreeCount++] = id;
  }

  private boolean calendarFull(int seat) {
    return meetingCount[seat] == meetingTime[seat].length;
  }

  /** Inserts a meeting, keeping the calendar sorted by time. */
  private void book(int seat, double time, int meeting) {
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

  /** Removes a meeting from a seat's calendar. */
  private void unbook(int seat, int meeting) {
    int n = meetingCount[seat];
    int[] ids = meetingId[seat];
    for (int i = 0; i < n; i++) {
      if (ids[i] == meeting) {
        System.arraycopy(meetingTime[seat], i + 1, meetingTime[seat], i, n - i - 1);
        System.arraycopy(ids, i + 1, ids, i, n - i - 1);
        meetingCount[seat] = n - 1;
        return;
      }
    }
  }

  /** Whether a meeting of {@code lengthDays} starting at {@code time} overlaps a booked one. */
  private boolean overlaps(int seat, double time, double lengthDays) {
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
  private int meetingsOnDay(int seat, long day) {
    int n = meetingCount[seat];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if ((long) Math.floor(meetingTime[seat][i]) == day) {
        count++;
      }
    }
    return count;
  }
}
