package salesim.kernel;

import java.util.Arrays;

/**
 * The shared body of the array-backed heaps: each event is three {@code long}s side by side in
 * one array, so a comparison touches one cache line instead of three parallel arrays.
 *
 * <p>Slot layout, at {@code 3 * i}: the time's raw bits (for non-negative doubles the bit
 * patterns order as the values do, so times compare as longs), then {@code sequence << 8 | kind}
 * (the sequence is unique, so it alone breaks ties), then {@code target << 32 | stamp}.
 *
 * <p>Note: This class is not thread-safe.
 */
abstract class HeapEventQueue implements EventQueue {

  static final int STRIDE = 3;
  private static final int INITIAL_CAPACITY = 64;

  /** The heap, {@link #STRIDE} longs per event, root at 0. */
  long[] heap = new long[INITIAL_CAPACITY * STRIDE];
  /** Pending events. */
  int size;
  /** The next insertion sequence number. */
  private long nextSequence;

  private double polledTime;
  private long polledSequenceKind;
  private long polledTargetStamp;

  @Override
  public final void add(double time, int kind, int target, int stamp) {
    // `time >= 0` is false for NaN as well as for negative times.
    if (!(time >= 0.0) || time == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("event time must be finite and >= 0, got " + time);
    }
    if (kind < 0 || kind > MAX_KIND) {
      throw new IllegalArgumentException("event kind must be in 0.." + MAX_KIND + ", got " + kind);
    }
    if (size * STRIDE == heap.length) {
      heap = Arrays.copyOf(heap, heap.length * 2);
    }
    // Adding 0.0 turns -0.0 into +0.0, whose bits sort first.
    long timeBits = Double.doubleToRawLongBits(time + 0.0);
    long sequenceKind = (nextSequence++ << 8) | kind;
    long targetStamp = ((long) target << 32) | (stamp & 0xFFFF_FFFFL);
    siftUp(size++, timeBits, sequenceKind, targetStamp);
  }

  @Override
  public final boolean pollUntil(double until) {
    if (size == 0) {
      return false;
    }
    long[] h = heap;
    double first = Double.longBitsToDouble(h[0]);
    if (first > until) {
      return false;
    }
    polledTime = first;
    polledSequenceKind = h[1];
    polledTargetStamp = h[2];
    int last = --size * STRIDE;
    if (size > 0) {
      siftDown(0, h[last], h[last + 1], h[last + 2]);
    }
    return true;
  }

  @Override
  public final double peekTime() {
    return size == 0 ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(heap[0]);
  }

  @Override
  public final int size() {
    return size;
  }

  @Override
  public final void clear() {
    size = 0;
    nextSequence = 0;
  }

  @Override
  public final double time() {
    return polledTime;
  }

  @Override
  public final int kind() {
    return (int) (polledSequenceKind & 0xFF);
  }

  @Override
  public final int target() {
    return (int) (polledTargetStamp >> 32);
  }

  @Override
  public final int stamp() {
    return (int) polledTargetStamp;
  }

  @Override
  public final long sequence() {
    return polledSequenceKind >>> 8;
  }

  /** Places the event at the hole {@code index} or above it, moving larger parents down. */
  abstract void siftUp(int index, long timeBits, long sequenceKind, long targetStamp);

  /** Places the event at the hole {@code index} or below it, moving smaller children up. */
  abstract void siftDown(int index, long timeBits, long sequenceKind, long targetStamp);

  /** Whether event (t1, s1) fires before event (t2, s2). */
  static boolean before(long t1, long s1, long t2, long s2) {
    return t1 < t2 || (t1 == t2 && s1 < s2);
  }

  /** Writes an event into slot {@code index}. */
  final void put(int index, long timeBits, long sequenceKind, long targetStamp) {
    int at = index * STRIDE;
    heap[at] = timeBits;
    heap[at + 1] = sequenceKind;
    heap[at + 2] = targetStamp;
  }

  /** Copies slot {@code from} into slot {@code to}. */
  final void move(int from, int to) {
    System.arraycopy(heap, from * STRIDE, heap, to * STRIDE, STRIDE);
  }
}
