package salesim.model;

import java.util.List;
import salesim.kernel.random.Categorical;
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
  private final Categorical segments;
  /** The share of prospecting effort each segment gets. */
  private final double[] weights;
  private final int[] initialAccounts;
  private final RandomStream[] prospectStream;
  /** Hours of the block each seat is in. */
  private final double[] pendingHours;

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
    this.segments = Categorical.of(shares);
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

  /** The rep starts a block of this many hours. */
  void startBlock(int seat, double hours) {
    pendingHours[seat] = hours;
  }

  /** Runs the cold funnel for the block just finished against the account universe. */
  void completeBlock(int seat) {
    var o = r.p.outbound();
    var economics = r.economics;
    RandomStream rs = prospectStream[seat];
    double hours = pendingHours[seat];
    int s = segments.sample(rs);
    long dials = rs.poisson(o.dialsPerHour() * hours * roster.outboundProductivity(seat));
    // Each account takes a cadence of touches; carry the fraction by stochastic rounding.
    double exact = dials / o.touchesPerAccount();
    long touched = (long) exact + (rs.nextDouble() < exact - Math.floor(exact) ? 1 : 0);
    int ready = accounts.ready(s);
    if (touched > ready) {
      // The list ran dry: the rep spends the rest of the block looking for someone to call.
      dials = touched == 0 ? 0 : dials * ready / touched;
      touched = ready;
    }
    long connects = rs.binomial(dials, Math.min(1.0, o.connectRate() * economics.connectRate));
    long conversations = Math.min(rs.binomial(connects, o.conversationRate()), touched);
    int readyNeed = accounts.readyWithNeed(s);
    long withNeed = Math.min(rs.binomial(conversations, accounts.needShare(s)), readyNeed);
    long withoutNeed = Math.min(conversations - withNeed, ready - readyNeed);
    conversations = withNeed + withoutNeed;
    long booked =
        rs.binomial(withNeed, Math.min(1.0, o.meetingRateGivenNeed() * economics.meetingRate));
    // Accounts touched without a conversation: split by the need share of what is left.
    long silent = touched - conversations;
    int needLeft = readyNeed - (int) withNeed;
    int readyLeft = ready - (int) conversations;
    long silentNeed =
        readyLeft == 0 ? 0 : Math.min(rs.binomial(silent, (double) needLeft / readyLeft), needLeft);
    long silentNoNeed = Math.min(silent - silentNeed, readyLeft - needLeft);

    int month = r.month;
    accounts.take(s, (int) (withNeed + silentNeed), (int) (withoutNeed + silentNoNeed));
    accounts.engage(s, (int) booked);
    // Reached and not ready: rest, and come back with the need redrawn. Never reached: cool
    // down with the need unchanged. (Cooling down reached accounts would enrich the ready pool
    // with needs and inflate yields over time.)
    accounts.coolDown(s, (int) silentNeed, (int) silentNoNeed, month);
    accounts.rest(s, (int) (withNeed - booked + withoutNeed), month);

    beliefs.prospected(seat, hours);
    ledger.add(month, MonthlyMetric.MEETINGS_BOOKED, booked);
    ledger.add(month, MonthlyMetric.DIALS, dials);
    ledger.add(month, MonthlyMetric.CONNECTS, connects);
    ledger.add(month, MonthlyMetric.CONVERSATIONS, conversations);
    r.history.prospected(
        roster.person(seat), r.now() - hours * r.hour, hours, s, dials, connects, conversations,
        booked);
    meetings.booked(seat, s, booked);
  }

  /**
   * Checks the books: every account of each segment is in exactly one state, and the engaged
   * ones are exactly those with a meeting in flight or an open outbound deal.
   */
  void checkBooks(MeetingBook book, DealFlow deals) {
    for (int s = 0; s < initialAccounts.length; s++) {
      int engaged = book.inFlight(s) + deals.openOutbound(s);
      if (accounts.total(s) != initialAccounts[s] || accounts.engaged(s) != engaged) {
        throw new IllegalStateException(
            "accounts not conserved in segment " + s + ": " + accounts.total(s) + " of "
                + initialAccounts[s] + ", " + accounts.engaged(s) + " engaged vs " + engaged
                + " meetings and deals");
      }
    }
  }
}
