package salesim.model;

import java.util.List;
import salesim.kernel.random.RandomStream;
import salesim.model.market.AccountPool;
import salesim.model.market.Segment;

/**
 * Cold prospecting against the finite account universe: a block of dials turns into connects,
 * conversations and, for accounts with a latent need, meetings booked a cadence later; the
 * accounts touched rest or cool down and come back in later months (DESIGN.md §2, Market).
 *
 * <p>Note: This class is not thread-safe.
 */
final class Prospecting {

  private final Replication r;
  private final Roster roster;
  private final Beliefs beliefs;
  private final Ledger ledger;
  private final AccountPool accounts;
  private final RandomStream accountStream;
  /** The share of prospecting effort each segment gets. */
  private final double[] weights;
  private final int[] initialAccounts;
  private final RandomStream[] prospectStream;
  /** Hours of the block each seat is in, and her pace in it. */
  private final double[] pendingHours;
  private final double[] pendingEffort;
  /** Touches in one account's cadence. */
  private final int cadenceLength;
  // Each seat's account in cadence: its segment (-1 if none), need and touches so far.
  private final int[] cadenceSegment;
  private final boolean[] cadenceNeed;
  private final int[] cadenceTouches;
  // A block's counts by segment, for the history; reused.
  private final long[] blockDials;
  private final long[] blockConnects;
  private final long[] blockConversations;
  private final long[] blockBooked;

  private MeetingBook meetings;

  Prospecting(Replication replication, Roster roster, Beliefs beliefs, Ledger ledger) {
    this.r = replication;
    this.roster = roster;
    this.beliefs = beliefs;
    this.ledger = ledger;
    this.accountStream = replication.streams.stream(StreamPurpose.ACCOUNTS);
    List<Segment> list = replication.p.segments();
    this.accounts = new AccountPool(list, replication.p.outbound(), accountStream);
    int n = list.size();
    this.initialAccounts = new int[n];
    double[] shares = new double[n];
    double total = 0;
    for (int s = 0; s < n; s++) {
      initialAccounts[s] = list.get(s).accounts();
      shares[s] = list.get(s).outboundShare();
      total += shares[s];
    }
    this.weights = new double[n];
    for (int s = 0; s < n; s++) {
      weights[s] = shares[s] / total;
    }
    int seats = roster.seats();
    this.prospectStream = new RandomStream[seats];
    for (int seat = 0; seat < seats; seat++) {
      prospectStream[seat] = replication.streams.stream(StreamPurpose.PROSPECTING, seat);
    }
    this.pendingHours = new double[seats];
    this.pendingEffort = new double[seats];
    this.cadenceLength = Math.max(1, (int) Math.round(replication.p.outbound().touchesPerAccount()));
    this.cadenceSegment = new int[seats];
    java.util.Arrays.fill(cadenceSegment, -1);
    this.cadenceNeed = new boolean[seats];
    this.cadenceTouches = new int[seats];
    this.blockDials = new long[n];
    this.blockConnects = new long[n];
    this.blockConversations = new long[n];
    this.blockBooked = new long[n];
  }

  /** Connects the meeting book that takes the meetings booked; called once, before the run. */
  void connect(MeetingBook book) {
    this.meetings = book;
  }

  /** At a month start: accounts whose rest is over come back. */
  void monthStart(int month) {
    accounts.monthStart(month, accountStream);
  }

  /** The account universe (the meeting book and deal flow engage and release accounts). */
  AccountPool accounts() {
    return accounts;
  }

  /** Ready accounts over all segments. */
  int readyTotal() {
    return accounts.readyTotal();
  }

  /** Share of a segment's ready accounts with a need. */
  double needShare(int segment) {
    return accounts.needShare(segment);
  }

  /** The share of prospecting effort in each segment (read only). */
  double[] segmentWeights() {
    return weights;
  }

  /** The rep starts a block of this many hours, dialling at {@code effort} times her pace. */
  void startBlock(int seat, double hours, double effort) {
    pendingHours[seat] = hours;
    pendingEffort[seat] = effort;
  }

  /**
   * Runs the cold funnel for the block just finished: the block's dials go, one account at a time,
   * into cadences of touches that end at the first connect or after the cadence's touches; a
   * cadence the block does not finish carries over to the rep's next block (touches are
   * memoryless), so the yield per dial does not depend on how time is cut into blocks. A connect
   * is a conversation or not; a conversation with a need may book a meeting.
   */
  void completeBlock(int seat) {
    var o = r.p.outbound();
    var economics = r.economics;
    RandomStream rs = prospectStream[seat];
    double hours = pendingHours[seat];
    long dials =
        rs.poisson(
            o.dialsPerHour() * hours * pendingEffort[seat] * roster.outboundProductivity(seat));
    double p = Math.min(1.0, o.connectRate() * economics.connectRate);
    double logMiss = p < 1.0 ? StrictMath.log1p(-p) : Double.NEGATIVE_INFINITY;
    double meetingRate = Math.min(1.0, o.meetingRateGivenNeed() * economics.meetingRate);
    int month = r.month;
    long made = 0;
    java.util.Arrays.fill(blockDials, 0);
    while (made < dials) {
      if (cadenceSegment[seat] < 0 && !startCadence(seat, rs)) {
        break; // the list ran dry: the rest of the block goes on looking for someone to call
      }
      int s = cadenceSegment[seat];
      long left = cadenceLength - cadenceTouches[seat];
      long budget = dials - made;
      // Touches until the first connect: geometric, by inversion (one draw per account).
      long untilConnect =
          p <= 0.0 ? Long.MAX_VALUE : p >= 1.0 ? 1 : 1 + (long) (StrictMath.log(1.0 - rs.nextDouble()) / logMiss);
      if (untilConnect <= left && untilConnect <= budget) {
        made += untilConnect;
        blockDials[s] += untilConnect;
        connect(seat, s, rs, meetingRate, month);
      } else if (left <= budget) {
        made += left;
        blockDials[s] += left;
        endCadence(seat);
        accounts.endCadenceCoolDown(s, cadenceNeed[seat], month); // never reached
      } else {
        made += budget;
        blockDials[s] += budget;
        cadenceTouches[seat] += (int) budget;
      }
    }
    beliefs.prospected(seat, hours);
    ledger.add(month, MonthlyMetric.DIALS, made);
    double start = r.now() - hours * r.hour;
    for (int s = 0; s < blockDials.length; s++) {
      if (blockDials[s] > 0 || blockBooked[s] > 0) {
        r.history.prospected(
            roster.person(seat), start, made == 0 ? 0 : hours * blockDials[s] / made, s,
            blockDials[s], blockConnects[s], blockConversations[s], blockBooked[s]);
      }
      blockConnects[s] = 0;
      blockConversations[s] = 0;
      blockBooked[s] = 0;
    }
  }

  /** A new account for the rep's next cadence, from a segment with ready accounts; false if none. */
  private boolean startCadence(int seat, RandomStream rs) {
    double total = 0.0;
    for (int s = 0; s < weights.length; s++) {
      if (accounts.ready(s) > 0) {
        total += weights[s];
      }
    }
    if (total <= 0.0) {
      return false;
    }
    double u = rs.nextDouble() * total;
    int chosen = -1;
    for (int s = 0; s < weights.length; s++) {
      if (accounts.ready(s) > 0) {
        chosen = s;
        u -= weights[s];
        if (u < 0.0) {
          break;
        }
      }
    }
    cadenceSegment[seat] = chosen;
    cadenceNeed[seat] = accounts.startCadence(chosen, rs.nextDouble());
    cadenceTouches[seat] = 0;
    return true;
  }

  /** Someone answered: a conversation or not, then a meeting if the account has a need. */
  private void connect(int seat, int s, RandomStream rs, double meetingRate, int month) {
    boolean need = cadenceNeed[seat];
    endCadence(seat);
    ledger.add(month, MonthlyMetric.CONNECTS, 1);
    blockConnects[s]++;
    if (!rs.bernoulli(r.p.outbound().conversationRate())) {
      // Reached, but no real conversation (wrong person, no time): cool down, need unchanged.
      accounts.endCadenceCoolDown(s, need, month);
      return;
    }
    ledger.add(month, MonthlyMetric.CONVERSATIONS, 1);
    blockConversations[s]++;
    if (need && rs.bernoulli(meetingRate)) {
      accounts.endCadenceEngaged(s);
      ledger.add(month, MonthlyMetric.MEETINGS_BOOKED, 1);
      blockBooked[s]++;
      meetings.booked(seat, s, 1);
    } else {
      // Heard and not ready: rest, and come back with the need redrawn. (Cooling down reached
      // accounts would enrich the ready pool with needs and inflate yields over time.)
      accounts.endCadenceRest(s, month);
    }
  }

  /** The rep's current cadence is over (its account's fate is settled by the caller). */
  private void endCadence(int seat) {
    cadenceSegment[seat] = -1;
    ledger.add(r.month, MonthlyMetric.ACCOUNTS_PROSPECTED, 1);
  }

  /** The rep leaves mid-cadence: the account cools down, never reached by her. */
  void abandonCadence(int seat) {
    int s = cadenceSegment[seat];
    if (s >= 0) {
      cadenceSegment[seat] = -1;
      accounts.endCadenceCoolDown(s, cadenceNeed[seat], r.month);
    }
  }

  /**
   * Checks the books: every account of each segment is in exactly one state, and the engaged
   * ones are exactly those with a meeting in flight or an open outbound deal.
   */
  void checkBooks(MeetingBook book, DealFlow deals) {
    for (int s = 0; s < initialAccounts.length; s++) {
      int engaged = book.inFlight(s) + deals.holdingAccounts(s);
      int cadences = 0;
      for (int seat = 0; seat < cadenceSegment.length; seat++) {
        cadences += cadenceSegment[seat] == s ? 1 : 0;
      }
      if (accounts.total(s) != initialAccounts[s] || accounts.engaged(s) != engaged
          || accounts.inCadence(s) != cadences) {
        throw new IllegalStateException(
            "accounts not conserved in segment " + s + ": " + accounts.total(s) + " of "
                + initialAccounts[s] + ", " + accounts.engaged(s) + " engaged vs " + engaged
                + " meetings and deals, " + accounts.inCadence(s) + " in cadence vs " + cadences
                + " reps' cadences");
      }
    }
  }
}
