package salesim.model.market;

import java.util.Arrays;

/**
 * The inbound leads waiting for a rep, in a slot pool: a lead occupies a slot from arrival until
 * it is answered or expires, then the slot is reused, so memory follows the longest queue, not
 * the number of leads over the horizon. Each lead keeps the serial number its caller gave it, which
 * keys its random draws.
 *
 * <p>The queue holds leads in arrival order, so the leads past their expiry are always a prefix
 * of it: expiry drops them from the front when the queue is next looked at, with no event per
 * lead in the simulation's future-event list. Answers come from the front (FIFO) or the back
 * (LIFO), so no dead entry ever sits inside the queue.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class LeadQueue {

  private final LeadOrder order;

  // Per slot.
  private double[] arrival = new double[64];
  private int[] segment = new int[64];
  private double[] quality = new double[64];
  private int[] serial = new int[64];
  private int[] free = new int[64];
  private int freeCount;
  private int slots;

  /** Waiting slots in arrival order, as a growable ring. */
  private int[] queue = new int[64];
  private int head;
  private int queued;

  private int arrived;

  /** A queue that hands out waiting leads in the given order. */
  public LeadQueue(LeadOrder order) {
    this.order = order;
  }

  /**
   * Records a new lead and queues it; returns its slot. {@code leadSerial} keys the lead's random
   * draws: the caller numbers every would-be lead, so the numbering does not depend on which
   * arrive.
   */
  public int arrive(double time, int segmentIndex, double leadQuality, int leadSerial) {
    int slot;
    if (freeCount > 0) {
      slot = free[--freeCount];
    } else {
      if (slots == arrival.length) {
        int size = slots * 2;
        arrival = Arrays.copyOf(arrival, size);
        segment = Arrays.copyOf(segment, size);
        quality = Arrays.copyOf(quality, size);
        serial = Arrays.copyOf(serial, size);
        free = Arrays.copyOf(free, size);
      }
      slot = slots++;
    }
    arrival[slot] = time;
    segment[slot] = segmentIndex;
    quality[slot] = leadQuality;
    serial[slot] = leadSerial;
    arrived++;
    push(slot);
    return slot;
  }

  /** Whether any lead is waiting. */
  public boolean hasWaiting() {
    return queued > 0;
  }

  /** Leads waiting for a rep. */
  public int waiting() {
    return queued;
  }

  /** The slot of the lead a rep would answer next, or -1. */
  public int peek() {
    if (queued == 0) {
      return -1;
    }
    return order == LeadOrder.FIFO ? queue[head] : queue[(head + queued - 1) & mask()];
  }

  /**
   * Takes the lead {@link #peek()} returned off the queue and frees its slot: read what you need
   * of it first.
   */
  public void answer(int slot) {
    if (peek() != slot) {
      throw new IllegalStateException("lead in slot " + slot + " is not next in the queue");
    }
    if (order == LeadOrder.FIFO) {
      head = (head + 1) & mask();
    }
    queued--;
    free[freeCount++] = slot;
  }

  /** Hears of each lead that expires. */
  @FunctionalInterface
  public interface ExpiryListener {
    /** The lead with this serial number, which arrived at {@code arrival}, was never answered. */
    void expired(int serial, double arrival);
  }

  /**
   * Expires every waiting lead that arrived before {@code cutoff}, telling the listener of each
   * (in arrival order). Cheap when nothing is due: one comparison.
   */
  public void expireArrivedBefore(double cutoff, ExpiryListener listener) {
    while (queued > 0) {
      int slot = queue[head];
      if (arrival[slot] >= cutoff) {
        return;
      }
      head = (head + 1) & mask();
      queued--;
      free[freeCount++] = slot;
      listener.expired(serial[slot], arrival[slot]);
    }
  }

  /** The hours (in working days) the waiting leads have waited so far, summed. */
  public double totalWait(double now) {
    double sum = 0.0;
    for (int i = 0; i < queued; i++) {
      sum += now - arrival[queue[(head + i) & mask()]];
    }
    return sum;
  }

  /** When the lead in a slot arrived. */
  public double arrival(int slot) {
    return arrival[slot];
  }

  /** The segment of the lead in a slot. */
  public int segment(int slot) {
    return segment[slot];
  }

  /** The chance the lead in a slot qualifies if answered at once. */
  public double quality(int slot) {
    return quality[slot];
  }

  /** The serial number the caller gave the lead in a slot. */
  public int serial(int slot) {
    return serial[slot];
  }

  /** Leads that have arrived so far. */
  public int arrived() {
    return arrived;
  }

  private void push(int slot) {
    if (queued == queue.length) {
      int[] grown = new int[queue.length * 2];
      for (int i = 0; i < queued; i++) {
        grown[i] = queue[(head + i) & mask()];
      }
      queue = grown;
      head = 0;
    }
    queue[(head + queued) & mask()] = slot;
    queued++;
  }

  private int mask() {
    return queue.length - 1;
  }
}
