package salesim.model.market;

import java.util.List;
import salesim.kernel.random.RandomStream;

/**
 * The finite outbound universe, per segment, as counts of accounts by state: ready to prospect
 * (with or without a latent need), resting, or engaged (a meeting or deal in progress; customers
 * leave the universe). Resting accounts come back at a month start; those that said no come back
 * with their need redrawn, since needs emerge over time.
 *
 * <p>Counting instead of tracking each account keeps a prospecting block O(1) while heavy
 * prospecting still saturates the universe: the ready pool shrinks, the share of ready accounts
 * with a need falls as needs are harvested, and reps find fewer conversations per hour.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class AccountPool {

  private final int segments;
  private final double[] latentNeedShare;
  private final int cooldownMonths;
  private final int restMonths;

  private final int[] readyNeed;
  private final int[] readyNoNeed;
  private final int[] engaged;
  private final int[] customers;
  /** Accounts a rep is working through a cadence of touches right now. */
  private final int[] inCadence;
  /** Accounts returning at a month start, by (month mod ring) × segment: need kept, or redrawn. */
  private final int[][] returningNeed;
  private final int[][] returningNoNeed;
  private final int[][] returningRedraw;
  private final int ring;

  /** A universe where every account starts ready, with its need drawn at the segment's share. */
  public AccountPool(List<Segment> segments, ColdOutreach outreach, RandomStream stream) {
    this.segments = segments.size();
    this.latentNeedShare = new double[this.segments];
    this.readyNeed = new int[this.segments];
    this.readyNoNeed = new int[this.segments];
    this.engaged = new int[this.segments];
    this.customers = new int[this.segments];
    this.inCadence = new int[this.segments];
    // Whole months; at least one, so an account is never touched twice in the same month.
    this.cooldownMonths = Math.max(1, (int) Math.round(outreach.cooldownMonths()));
    this.restMonths = Math.max(1, (int) Math.round(outreach.restMonths()));
    this.ring = Math.max(cooldownMonths, restMonths) + 1;
    this.returningNeed = new int[ring][this.segments];
    this.returningNoNeed = new int[ring][this.segments];
    this.returningRedraw = new int[ring][this.segments];
    for (int s = 0; s < this.segments; s++) {
      Segment segment = segments.get(s);
      latentNeedShare[s] = segment.latentNeedShare();
      int withNeed = (int) stream.binomial(segment.accounts(), segment.latentNeedShare());
      readyNeed[s] = withNeed;
      readyNoNeed[s] = segment.accounts() - withNeed;
    }
  }

  /** Accounts ready to prospect in a segment. */
  public int ready(int segment) {
    return readyNeed[segment] + readyNoNeed[segment];
  }

  /** Ready accounts with a latent need in a segment. */
  public int readyWithNeed(int segment) {
    return readyNeed[segment];
  }

  /** Ready accounts over all segments. */
  public int readyTotal() {
    int total = 0;
    for (int s = 0; s < segments; s++) {
      total += ready(s);
    }
    return total;
  }

  /** Share of the segment's ready accounts that have a need (0 if none are ready). */
  public double needShare(int segment) {
    int ready = ready(segment);
    return ready == 0 ? 0.0 : (double) readyNeed[segment] / ready;
  }

  /**
   * Takes one ready account of the segment into a rep's cadence, one with a need if {@code u}
   * (uniform in [0, 1)) falls below the ready accounts' need share; returns whether it has one.
   * The caller has checked that the segment has a ready account.
   */
  public boolean startCadence(int segment, double u) {
    int ready = ready(segment);
    if (ready == 0) {
      throw new IllegalStateException("no ready account in segment " + segment);
    }
    boolean need = u * ready < readyNeed[segment];
    if (need) {
      readyNeed[segment]--;
    } else {
      readyNoNeed[segment]--;
    }
    inCadence[segment]++;
    return need;
  }

  /** A cadence ended without a conversation (never reached, or no time): the account cools down. */
  public void endCadenceCoolDown(int segment, boolean need, int month) {
    inCadence[segment]--;
    coolDown(segment, need ? 1 : 0, need ? 0 : 1, month);
  }

  /** A cadence ended in a conversation and no meeting: the account rests, need redrawn. */
  public void endCadenceRest(int segment, int month) {
    inCadence[segment]--;
    rest(segment, 1, month);
  }

  /** A cadence ended in a meeting booked: the account is engaged. */
  public void endCadenceEngaged(int segment) {
    inCadence[segment]--;
    engaged[segment]++;
  }

  /**
   * An inbound lead's deal opened: its account leaves the prospecting lists (one with a need if
   * any is ready). Returns false if no account of the segment is ready to take, in which case
   * the deal holds none.
   */
  public boolean engageForInbound(int segment) {
    if (readyNeed[segment] > 0) {
      readyNeed[segment]--;
    } else if (readyNoNeed[segment] > 0) {
      readyNoNeed[segment]--;
    } else {
      return false;
    }
    engaged[segment]++;
    return true;
  }

  /** Accounts that may still send an inbound lead: neither customers nor in an open deal. */
  public int eligibleForLeads(int segment) {
    return total(segment) - customers[segment] - engaged[segment];
  }

  /** Accounts in reps' cadences in a segment. */
  public int inCadence(int segment) {
    return inCadence[segment];
  }

  /** Accounts set aside until a later month with their need unchanged (never reached). */
  private void coolDown(int segment, int withNeed, int withoutNeed, int month) {
    int slot = (month + cooldownMonths) % ring;
    returningNeed[slot][segment] += withNeed;
    returningNoNeed[slot][segment] += withoutNeed;
  }

  /** Accounts that said no (or lost a deal) rest, and return with their need redrawn. */
  private void rest(int segment, int count, int month) {
    returningRedraw[(month + restMonths) % ring][segment] += count;
  }

  /** An engaged account's meeting fell through unheld: it cools down and keeps its need. */
  public void disengageCoolDown(int segment, int month) {
    engaged[segment]--;
    coolDown(segment, 1, 0, month);
  }

  /** An engaged account's deal was lost: it rests, then returns with its need redrawn. */
  public void disengageRest(int segment, int month) {
    engaged[segment]--;
    rest(segment, 1, month);
  }

  /** An engaged account bought: it is a customer and leaves the prospecting universe. */
  public void win(int segment) {
    engaged[segment]--;
    customers[segment]++;
  }

  /** A customer left: her account rests, then comes back with its need redrawn. */
  public void customerLeft(int segment, int month) {
    customers[segment]--;
    rest(segment, 1, month);
  }

  /**
   * A given start: {@code customerCount} ready accounts are customers already, and {@code resting}
   * rest after a "no", coming back over the rest period with their needs redrawn; each taken from
   * the ready ones in proportion to need (as many as there are).
   */
  public void startWith(int segment, int customerCount, int resting, int month, RandomStream stream) {
    int take = Math.min(customerCount, ready(segment));
    int needTaken = (int) stream.binomial(take, needShare(segment));
    readyNeed[segment] -= needTaken;
    readyNoNeed[segment] -= take - needTaken;
    customers[segment] += take;
    int rest = Math.min(resting, ready(segment));
    int restNeed = (int) stream.binomial(rest, needShare(segment));
    readyNeed[segment] -= restNeed;
    readyNoNeed[segment] -= rest - restNeed;
    for (int i = 0; i < rest; i++) {
      // Spread over the rest period, as if the "no"s came month by month.
      returningRedraw[(month + 1 + i % restMonths) % ring][segment]++;
    }
  }

  /** Brings back the accounts due at this month's start. */
  public void monthStart(int month, RandomStream stream) {
    int slot = month % ring;
    for (int s = 0; s < segments; s++) {
      readyNeed[s] += returningNeed[slot][s];
      readyNoNeed[s] += returningNoNeed[slot][s];
      returningNeed[slot][s] = 0;
      returningNoNeed[slot][s] = 0;
      int redraw = returningRedraw[slot][s];
      if (redraw > 0) {
        int withNeed = (int) stream.binomial(redraw, latentNeedShare[s]);
        readyNeed[s] += withNeed;
        readyNoNeed[s] += redraw - withNeed;
        returningRedraw[slot][s] = 0;
      }
    }
  }

  /** Every account in a segment, whatever its state: a conservation check. */
  public int total(int segment) {
    int total =
        readyNeed[segment] + readyNoNeed[segment] + engaged[segment] + customers[segment]
            + inCadence[segment];
    for (int i = 0; i < ring; i++) {
      total += returningNeed[i][segment] + returningNoNeed[i][segment] + returningRedraw[i][segment];
    }
    return total;
  }

  /** Engaged accounts in a segment. */
  public int engaged(int segment) {
    return engaged[segment];
  }
}
