package salesim.kernel;

/**
 * A future-event list over primitives: each event is a time, a kind, a target and a stamp, and
 * events at equal times leave in the order they were added (FIFO ties, as in SSJ).
 *
 * <p>Polling writes the removed event into the queue's cursor ({@link #time()}, {@link #kind()},
 * ...) instead of returning an object, so a steady-state event loop allocates nothing.
 *
 * <p>Note: implementations are not thread-safe; each replication owns its queue.
 */
public interface EventQueue {

  /** The largest event kind an event may carry (kinds are packed into 8 bits). */
  int MAX_KIND = 255;

  /**
   * Adds an event.
   *
   * @param time when it fires, in simulation time units; finite and non-negative
   * @param kind what happens, 0..{@link #MAX_KIND}
   * @param target which entity it concerns (an index the model chooses)
   * @param stamp an opaque value returned with the event, used for lazy cancellation
   */
  void add(double time, int kind, int target, int stamp);

  /**
   * Removes the earliest event if its time is at most {@code until} and makes it readable through
   * the cursor methods.
   *
   * @return false, leaving the queue unchanged, if the queue is empty or its earliest event is later
   */
  boolean pollUntil(double until);

  /** The time of the earliest pending event, or positive infinity if there is none. */
  double peekTime();

  /** The number of pending events. */
  int size();

  /** Whether no event is pending. */
  default boolean isEmpty() {
    return size() == 0;
  }

  /** Removes every pending event and restarts the tie-breaking sequence. */
  void clear();

  /** The time of the event last polled. */
  double time();

  /** The kind of the event last polled. */
  int kind();

  /** The target of the event last polled. */
  int target();

  /** The stamp of the event last polled. */
  int stamp();

  /** The insertion sequence number of the event last polled (0 for the first event added). */
  long sequence();
}
