package salesim.model.market;

import java.util.Arrays;

/**
 * Inbound leads of one replication, indexed by serial number, and the queue of those waiting for
 * a rep. The queue holds leads in arrival order, so the leads past their expiry are always a
 * prefix of it: expiry drops them from the front when the queue is next looked at, with no event
 * per lead in the simulation's future-event list.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class LeadQueue {

  /** Lead states. */
  public static final byte WAITING = 0;
  public static final byte ANSWERED = 1;
  public static final byte EXPIRED = 2;

  private final LeadOrder order;

  private double[] arrival = new double[256];
  private int[] segment = new int[256];
  private double[] quality = new double[256];
  private byte[] state = new byte[256];
  private int leads;

  /** The waiting queue: serials in arrival order, as a growable ring. */
  private int[] queue = new int[256];
  private int head;
  private int queued;
  private int waiting;

  /** A queue that hands out waiting leads in the given order. */
  public LeadQueue(LeadOrder order) {
    this.order = order;
  }

  /** Records a new lead and queues it; returns its serial. */
  public int arrive(double time, int segmentIndex, double leadQuality) {
    if (leads == arrival.length) {
      int size = leads * 2;
      arrival = Arrays.copyOf(arrival, size);
      segment = Arrays.copyOf(segment, size);
      quality = Arrays.copyOf(quality, size);
      state = Arrays.copyOf(state, size);
    }
    int serial = leads++;
    arrival[serial] = time;
    segment[serial] = segmentIndex;
    quality[serial] = leadQuality;
    state[serial] = WAITING;
    push(serial);
    waiting++;
    return serial;
  }

  /** Whether any lead is waiting. */
  public boolean hasWaiting() {
    return waiting > 0;
  }

  /** Leads waiting for a rep. */
  public int waiting() {
    return waiting;
  }

  /** The lead a rep would answer next, or -1; expired entries met on the way are discarded. */
  public int peek() {
    while (queued > 0) {
      int serial = order == LeadOrder.FIFO ? queue[head] : queue[(head + queued - 1) & mask()];
      if (state[serial] == WAITING) {
        return serial;
      }
      dropEnd();
    }
    return -1;
  }

  /** Takes the lead {@link #peek()} returned off the queue and marks it answered. */
  public void answer(int serial) {
    if (peek() != serial) {
      throw new IllegalStateException("lead " + serial + " is not next in the queue");
    }
    dropEnd();
    state[serial] = ANSWERED;
    waiting--;
  }

  /** Hears of each lead that expires. */
  @FunctionalInterface
  public interface ExpiryListener {
    /** Lead {@code serial}, which arrived at {@code arrival}, was never answered. */
    void expired(int serial, double arrival);
  }

  /**
   * Expires every waiting lead that arrived before {@code cutoff}, telling the listener of each
   * (in arrival order). Cheap when nothing is due: one comparison.
   */
  public void expireArrivedBefore(double cutoff, ExpiryListener listener) {
    while (queued > 0) {
      int serial = queue[head];
      if (state[serial] == WAITING) {
        if (arrival[serial] >= cutoff) {
          return;
        }
        state[serial] = EXPIRED;
        waiting--;
        listener.expired(serial, arrival[serial]);
      }
      head = (head + 1) & mask();
      queued--;
    }
  }

  /** When the lead arrived. */
  public double arrival(int serial) {
    return arrival[serial];
  }

  /** The lead's segment. */
  public int segment(int serial) {
    return segment[serial];
  }

  /** The lead's chance to qualify if answered at once. */
  public double quality(int serial) {
    return quality[serial];
  }

  /** Leads that have arrived so far. */
  public int arrived() {
    return leads;
  }

  /** The lead's state. */
  public byte state(int serial) {
    return state[serial];
  }

  private void push(int serial) {
    if (queued == queue.length) {
      int[] grown = new int[queue.length * 2];
      for (int i = 0; i < queued; i++) {
        grown[i] = queue[(head + i) & mask()];
      }
      queue = grown;
      head = 0;
    }
    queue[(head + queued) & mask()] = serial;
    queued++;
  }

  /** Removes the entry at the end the queue order serves from. */
  private void dropEnd() {
    if (order == LeadOrder.FIFO) {
      head = (head + 1) & mask();
    }
    queued--;
  }

  private int mask() {
    return queue.length - 1;
  }
}
