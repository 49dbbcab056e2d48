package salesim.model;

import java.util.Arrays;
import java.util.List;
import salesim.model.market.AccountPool;
import salesim.model.market.Billing;
import salesim.model.market.Segment;

/**
 * The customer base: every won deal starts a subscription whose annual recurring revenue (ARR) is
 * the deal's value. Monthly-billed customers may leave any month (the segment's annual churn as a
 * monthly hazard) and grow a little each month; annually billed ones renew or leave at each
 * anniversary and grow at renewal. The flows (new, churned, expansion ARR) are booked per month;
 * the ARR level follows from them exactly: ARR of month t is ARR of t − 1 plus t's new, less its
 * churn, plus its expansion (and, at the horizon's start, the base a warm or given start brings).
 *
 * <p>A customer whose deal took an account of the market gives it back when she leaves (it
 * rests, its need redrawn); the base a start brings stands for accounts outside the prospecting
 * universe.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Subscriptions {

  private final Replication r;
  private final Ledger ledger;
  private final AccountPool accounts;
  private final List<Segment> segments;
  /** The segments by name, in order: what an inherited base must match. */
  private final List<String> segmentNames;
  /** Monthly churn chance and monthly growth factor of a segment's monthly-billed customers. */
  private final double[] monthlyChurn;
  private final double[] monthlyGrowth;

  private int capacity = 256;
  private boolean[] live = new boolean[capacity];
  private int[] segment = new int[capacity];
  private double[] arr = new double[capacity];
  private int[] renewal = new int[capacity];
  private boolean[] holdsAccount = new boolean[capacity];
  private int[] serial = new int[capacity];
  private int[] free = new int[capacity];
  private int freeCount;
  private int highWater;
  private int nextSerial;
  /** Contracts started by a won deal, brought in by a warm or given start, and ended by churn. */
  private long contractsWon;
  private long contractsBroughtIn;
  private long contractsEnded;

  /** Deal values won per segment over the last twelve months of a warm-up, for its base. */
  private final double[][] recentWins;
  private final int[] recentCount;

  /** The base another plan brought, to start from instead of drawing one (null: draw it). */
  private CustomerBase inherited;
  /** The base this run started with, contract by contract (null until seeded). */
  private CustomerBase seeded;

  Subscriptions(Replication replication, Ledger ledger, AccountPool accounts) {
    this.r = replication;
    this.ledger = ledger;
    this.accounts = accounts;
    this.segments = replication.p.segments();
    int n = segments.size();
    this.monthlyChurn = new double[n];
    this.monthlyGrowth = new double[n];
    for (int s = 0; s < n; s++) {
      Segment seg = segments.get(s);
      monthlyChurn[s] = 1.0 - StrictMath.pow(1.0 - seg.grossChurnPerYear(), 1.0 / 12.0);
      monthlyGrowth[s] = StrictMath.pow(1.0 + seg.expansionPerYear(), 1.0 / 12.0);
    }
    this.segmentNames = segments.stream().map(Segment::name).toList();
    this.recentWins = new double[n][16];
    this.recentCount = new int[n];
  }

  /** A deal was won: its customer starts paying its value a year. */
  void won(int s, double value, boolean holds) {
    int slot = start(s, value, r.month + 12, holds);
    contractsWon++;
    ledger.add(r.month, MonthlyMetric.NEW_ARR, value);
    bill(slot);
    if (r.offset > 0 && r.month >= r.offset - 12 && r.month < r.offset) {
      remember(s, value);
    }
  }

  private int start(int s, double value, int renewalMonth, boolean holds) {
    int slot;
    if (freeCount > 0) {
      slot = free[--freeCount];
    } else {
      if (highWater == capacity) {
        grow();
      }
      slot = highWater++;
    }
    live[slot] = true;
    segment[slot] = s;
    arr[slot] = value;
    renewal[slot] = renewalMonth;
    holdsAccount[slot] = holds;
    serial[slot] = nextSerial++;
    return slot;
  }

  /** A new contract or a renewal is billed: a year ahead, or the first month. */
  private void bill(int slot) {
    Billing billing = segments.get(segment[slot]).billing();
    ledger.add(r.month, MonthlyMetric.BILLINGS, billing == Billing.ANNUAL ? arr[slot] : arr[slot] / 12);
  }

  /** At a month start: monthly customers may leave or grow; annual ones due renew or leave. */
  void monthStart(int m) {
    for (int slot = 0; slot < highWater; slot++) {
      if (!live[slot]) {
        continue;
      }
      int s = segment[slot];
      boolean monthly = segments.get(s).billing() == Billing.MONTHLY;
      if (!monthly && renewal[slot] != m) {
        continue;
      }
      r.streams.reset(r.keyed, StreamPurpose.CUSTOMERS, serial[slot], m);
      double churn = monthly ? monthlyChurn[s] : segments.get(s).grossChurnPerYear();
      if (r.keyed.nextDouble() < churn) {
        leave(slot, m);
        continue;
      }
      double grown = arr[slot] * (monthly ? monthlyGrowth[s] : 1.0 + segments.get(s).expansionPerYear());
      ledger.add(m, MonthlyMetric.EXPANSION_ARR, grown - arr[slot]);
      arr[slot] = grown;
      if (monthly) {
        ledger.add(m, MonthlyMetric.BILLINGS, arr[slot] / 12);
      } else {
        renewal[slot] += 12;
        bill(slot);
      }
    }
  }

  private void leave(int slot, int m) {
    ledger.add(m, MonthlyMetric.CHURNED_ARR, arr[slot]);
    if (holdsAccount[slot]) {
      accounts.customerLeft(segment[slot], m);
    }
    live[slot] = false;
    free[freeCount++] = slot;
    contractsEnded++;
  }

  private void remember(int s, double value) {
    if (recentCount[s] == recentWins[s].length) {
      recentWins[s] = Arrays.copyOf(recentWins[s], recentCount[s] * 2);
    }
    recentWins[s][recentCount[s]++] = value;
  }

  /** Starts from another plan's base instead of drawing one, when its segments are these. */
  void inherit(CustomerBase base) {
    this.inherited = base;
  }

  /** The base this run started with (null without a warm start). */
  CustomerBase seeded() {
    return seeded;
  }

  /**
   * At the horizon's start after a warm-up: the customers won before the warm-up, back to the
   * company's age — from each year further back, as many as the warm-up's last year won, times the
   * share still customers ((1 − churn)^years), at values drawn from those wins and grown by
   * expansion, renewing in any month; or, when this run inherits a comparison's baseline's base,
   * exactly those contracts. A base contract's draws (churn, growth) are keyed by its place in the
   * base, not by the deals won before it, so the same customers leave in every plan. Returns their
   * ARR, booked as the base the start brings.
   */
  double seedFromWarmUp(int m) {
    CustomerBase base =
        inherited != null && inherited.fits(segmentNames) ? inherited : drawBase(segmentNames);
    double total = 0.0;
    for (int i = 0; i < base.contracts(); i++) {
      int slot = start(base.segment(i), base.arr(i), m + base.renewalOffset(i), false);
      serial[slot] = -1 - i;
      total += base.arr(i);
    }
    contractsBroughtIn += base.contracts();
    seeded = base;
    ledger.add(m, MonthlyMetric.ARR_BROUGHT_IN, total);
    return total;
  }

  private CustomerBase drawBase(List<String> names) {
    int years = Math.max(1, r.offset / 12);
    int count = 0;
    int[] seg = new int[64];
    double[] value = new double[64];
    int[] offset = new int[64];
    for (int s = 0; s < segments.size(); s++) {
      int n = recentCount[s];
      if (n == 0) {
        continue;
      }
      Segment sg = segments.get(s);
      double keep = 1.0 - sg.grossChurnPerYear();
      for (int age = years; age < r.calendar.companyAgeYears(); age++) {
        double expected = n * StrictMath.pow(keep, age);
        if (expected < 1e-3) {
          break;
        }
        r.streams.reset(r.keyed, StreamPurpose.CUSTOMER_BASE, s, age);
        long drawn = r.keyed.poisson(expected);
        double growth = StrictMath.pow(1.0 + sg.expansionPerYear(), age);
        for (long i = 0; i < drawn; i++) {
          if (count == value.length) {
            seg = Arrays.copyOf(seg, count * 2);
            value = Arrays.copyOf(value, count * 2);
            offset = Arrays.copyOf(offset, count * 2);
          }
          seg[count] = s;
          value[count] = recentWins[s][r.keyed.nextInt(n)] * growth;
          offset[count] = r.keyed.nextInt(12);
          count++;
        }
      }
    }
    return new CustomerBase(names, seg, value, offset, count);
  }

  /** A given start's recurring revenue: {@code customers} contracts sharing {@code total}. */
  void seedGiven(int s, double total, int customers, int m) {
    int count = customers > 0 ? customers : (int) Math.max(1, Math.round(total / segments.get(s).dealValueMean()));
    for (int i = 0; i < count; i++) {
      start(s, total / count, m + i % 12, false);
    }
    contractsBroughtIn += count;
    ledger.add(m, MonthlyMetric.ARR_BROUGHT_IN, total);
  }

  /**
   * Checks the books at the horizon, after the month's levels are derived: the ARR level the
   * ledger's flows give (the base brought in, plus new, less churned, plus expansion, month by
   * month; no flow shrinks a contract that stays) equals the ARR under contract, summed contract
   * by contract; one contract started for each deal the ledger won; and the contracts won and
   * brought in, less those ended, are the live ones, each slot live or free, once.
   */
  void checkBooks() {
    double level = ledger.get(r.months - 1, MonthlyMetric.ARR);
    double arrLive = liveArr();
    if (Math.abs(level - arrLive) > 1e-9 * Math.max(1.0, arrLive)) {
      throw new IllegalStateException(
          "ARR not conserved: the flows give " + level + ", the customers hold " + arrLive);
    }
    long dealsWon =
        (long) (ledger.total(MonthlyMetric.DEALS_WON_INBOUND)
            + ledger.total(MonthlyMetric.DEALS_WON_OUTBOUND));
    int contracts = 0;
    for (int slot = 0; slot < highWater; slot++) {
      contracts += live[slot] ? 1 : 0;
    }
    if (contractsWon != dealsWon
        || contractsWon + contractsBroughtIn - contractsEnded != contracts
        || contracts + freeCount != highWater) {
      throw new IllegalStateException(
          "contracts not conserved: " + dealsWon + " deals won, " + contractsWon
              + " contracts won, " + contractsBroughtIn + " brought in, " + contractsEnded
              + " ended, " + contracts + " live; " + freeCount + " slots free of " + highWater);
    }
  }

  /** The ARR under contract now, summed customer by customer (the books' check). */
  private double liveArr() {
    double sum = 0.0;
    for (int slot = 0; slot < highWater; slot++) {
      if (live[slot]) {
        sum += arr[slot];
      }
    }
    return sum;
  }

  /**
   * The base's value at the horizon: each customer's margin over the next {@code
   * customerValueYears}, kept by (1 − churn) and grown by expansion a year, discounted at the
   * year's middle.
   */
  double value() {
    var f = r.p.finance();
    double[] factor = new double[segments.size()];
    for (int s = 0; s < factor.length; s++) {
      Segment seg = segments.get(s);
      double kept = 1.0;
      for (int y = 0; y < f.customerValueYears(); y++) {
        factor[s] += kept / StrictMath.pow(1.0 + f.discountRatePerYear(), y + 0.5);
        kept *= (1.0 - seg.grossChurnPerYear()) * (1.0 + seg.expansionPerYear());
      }
    }
    double value = 0.0;
    for (int slot = 0; slot < highWater; slot++) {
      if (live[slot]) {
        value += arr[slot] * f.grossMargin() * factor[segment[slot]];
      }
    }
    return value;
  }

  private void grow() {
    capacity *= 2;
    live = Arrays.copyOf(live, capacity);
    segment = Arrays.copyOf(segment, capacity);
    arr = Arrays.copyOf(arr, capacity);
    renewal = Arrays.copyOf(renewal, capacity);
    holdsAccount = Arrays.copyOf(holdsAccount, capacity);
    serial = Arrays.copyOf(serial, capacity);
    free = Arrays.copyOf(free, capacity);
  }
}
