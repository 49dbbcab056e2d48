package salesim.model.funnel;

import java.util.Arrays;
import salesim.model.base.Source;

/**
 * Open opportunities in a slot pool: parallel arrays indexed by slot, an {@code int} free list,
 * and per-owner slot lists with O(1) removal. No object per deal, so creating and closing deals
 * allocates nothing once the arrays have grown to the replication's peak.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class OpportunityBook {

  private int capacity = 64;
  private boolean[] open = new boolean[capacity];
  private Source[] source = new Source[capacity];
  private int[] segment = new int[capacity];
  private double[] value = new double[capacity];
  private int[] stage = new int[capacity];
  private int[] owner = new int[capacity];
  private double[] effortOwed = new double[capacity];
  private double[] winFactor = new double[capacity];
  private int[] stalls = new int[capacity];
  private int[] serial = new int[capacity];
  private double[] stageEnd = new double[capacity];
  private double[] openedAt = new double[capacity];
  private int[] ownerPosition = new int[capacity];
  private double[] expected = new double[capacity];
  private boolean[] holdsAccount = new boolean[capacity];

  private int[] free = new int[capacity];
  private int freeCount;
  private int highWater;
  private int openCount;

  private int[][] byOwner;
  private int[] ownedCount;
  /** Per seat, the deals with rep effort due: what the rep's choice scans, usually a few. */
  private int[][] dueByOwner;
  private int[] dueCount;
  /** A deal's position in its owner's due list, or -1. */
  private int[] duePosition = new int[capacity];

  /** A book for deals owned by {@code owners} reps (seats). */
  public OpportunityBook(int owners) {
    byOwner = new int[owners][8];
    ownedCount = new int[owners];
    dueByOwner = new int[owners][8];
    dueCount = new int[owners];
  }

  /** Opens a deal at stage 0 and returns its slot. */
  public int open(
      Source dealSource,
      int segmentIndex,
      double dealValue,
      int ownerSeat,
      int dealSerial,
      double time) {
    int slot;
    if (freeCount > 0) {
      slot = free[--freeCount];
    } else {
      if (highWater == capacity) {
        grow();
      }
      slot = highWater++;
    }
    open[slot] = true;
    source[slot] = dealSource;
    segment[slot] = segmentIndex;
    value[slot] = dealValue;
    stage[slot] = 0;
    effortOwed[slot] = 0.0;
    winFactor[slot] = 1.0;
    stalls[slot] = 0;
    serial[slot] = dealSerial;
    stageEnd[slot] = 0.0;
    openedAt[slot] = time;
    owner[slot] = -1;
    duePosition[slot] = -1;
    expected[slot] = 0.0;
    holdsAccount[slot] = false;
    assign(slot, ownerSeat);
    openCount++;
    return slot;
  }

  /** Closes a deal (won or lost) and frees its slot. */
  public void close(int slot) {
    setEffortOwed(slot, 0.0);
    unassign(slot);
    open[slot] = false;
    free[freeCount++] = slot;
    openCount--;
  }

  /** Moves a deal to another owner. */
  public void reassign(int slot, int ownerSeat) {
    double owed = effortOwed[slot];
    setEffortOwed(slot, 0.0);
    unassign(slot);
    assign(slot, ownerSeat);
    setEffortOwed(slot, owed);
  }

  private void assign(int slot, int ownerSeat) {
    int[] list = byOwner[ownerSeat];
    int n = ownedCount[ownerSeat];
    if (n == list.length) {
      list = Arrays.copyOf(list, n * 2);
      byOwner[ownerSeat] = list;
    }
    list[n] = slot;
    ownerPosition[slot] = n;
    ownedCount[ownerSeat] = n + 1;
    owner[slot] = ownerSeat;
  }

  private void unassign(int slot) {
    int seat = owner[slot];
    int[] list = byOwner[seat];
    int last = --ownedCount[seat];
    int position = ownerPosition[slot];
    int moved = list[last];
    list[position] = moved;
    ownerPosition[moved] = position;
    owner[slot] = -1;
  }

  private void grow() {
    capacity *= 2;
    open = Arrays.copyOf(open, capacity);
    source = Arrays.copyOf(source, capacity);
    segment = Arrays.copyOf(segment, capacity);
    value = Arrays.copyOf(value, capacity);
    stage = Arrays.copyOf(stage, capacity);
    owner = Arrays.copyOf(owner, capacity);
    effortOwed = Arrays.copyOf(effortOwed, capacity);
    winFactor = Arrays.copyOf(winFactor, capacity);
    stalls = Arrays.copyOf(stalls, capacity);
    serial = Arrays.copyOf(serial, capacity);
    stageEnd = Arrays.copyOf(stageEnd, capacity);
    openedAt = Arrays.copyOf(openedAt, capacity);
    ownerPosition = Arrays.copyOf(ownerPosition, capacity);
    duePosition = Arrays.copyOf(duePosition, capacity);
    expected = Arrays.copyOf(expected, capacity);
    holdsAccount = Arrays.copyOf(holdsAccount, capacity);
    free = Arrays.copyOf(free, capacity);
  }

  /** Slots ever used: iterate {@code 0..highWater()} and test {@link #isOpen}. */
  public int highWater() {
    return highWater;
  }

  /** Open deals. */
  public int openCount() {
    return openCount;
  }

  /** Whether the slot holds an open deal. */
  public boolean isOpen(int slot) {
    return open[slot];
  }

  /** Deals a seat owns. */
  public int ownedCount(int seat) {
    return ownedCount[seat];
  }

  /** The i-th deal a seat owns (order changes as deals close). */
  public int owned(int seat, int i) {
    return byOwner[seat][i];
  }

  public Source source(int slot) {
    return source[slot];
  }

  public int segment(int slot) {
    return segment[slot];
  }

  public double value(int slot) {
    return value[slot];
  }

  public int stage(int slot) {
    return stage[slot];
  }

  public void setStage(int slot, int newStage) {
    stage[slot] = newStage;
  }

  public int owner(int slot) {
    return owner[slot];
  }

  public double effortOwed(int slot) {
    return effortOwed[slot];
  }

  /** Sets the effort due, keeping the owner's list of deals with effort due in step. */
  public void setEffortOwed(int slot, double hours) {
    effortOwed[slot] = hours;
    boolean due = hours > 0.0;
    if (due && duePosition[slot] < 0) {
      int seat = owner[slot];
      int[] list = dueByOwner[seat];
      int n = dueCount[seat];
      if (n == list.length) {
        list = Arrays.copyOf(list, n * 2);
        dueByOwner[seat] = list;
      }
      list[n] = slot;
      duePosition[slot] = n;
      dueCount[seat] = n + 1;
    } else if (!due && duePosition[slot] >= 0) {
      int seat = owner[slot];
      int[] list = dueByOwner[seat];
      int last = --dueCount[seat];
      int position = duePosition[slot];
      int moved = list[last];
      list[position] = moved;
      duePosition[moved] = position;
      duePosition[slot] = -1;
    }
  }

  /** Deals of a seat with effort due. */
  public int dueCount(int seat) {
    return dueCount[seat];
  }

  /** The i-th deal of a seat with effort due (order changes as effort is done). */
  public int due(int seat, int i) {
    return dueByOwner[seat][i];
  }

  /** The deal's remaining win chance relative to an untouched deal (falls with each stall). */
  public double winFactor(int slot) {
    return winFactor[slot];
  }

  public void setWinFactor(int slot, double factor) {
    winFactor[slot] = factor;
  }

  public int stalls(int slot) {
    return stalls[slot];
  }

  public void setStalls(int slot, int count) {
    stalls[slot] = count;
  }

  /** The deal's serial number, which keys its random draws. */
  public int serial(int slot) {
    return serial[slot];
  }

  /** When the deal was opened. */
  public double openedAt(int slot) {
    return openedAt[slot];
  }

  public double stageEnd(int slot) {
    return stageEnd[slot];
  }

  public void setStageEnd(int slot, double time) {
    stageEnd[slot] = time;
  }

  /** The deal's expected value now (its win chance from here × value), as last set. */
  public double expected(int slot) {
    return expected[slot];
  }

  public void setExpected(int slot, double value) {
    expected[slot] = value;
  }

  /** Whether the deal holds one of the market's accounts (engaged until it closes). */
  public boolean holdsAccount(int slot) {
    return holdsAccount[slot];
  }

  public void setHoldsAccount(int slot, boolean holds) {
    holdsAccount[slot] = holds;
  }
}
