package salesim.kernel;

import java.util.Arrays;

/**
 * The clock and the event loop: pop the earliest event, advance the clock, hand the event to the
 * model. Nothing else happens here, so the loop in {@link #run} reads at a glance.
 *
 * <p>Cancellation is lazy, by generation counters: each (kind, target) pair has a generation, every
 * event carries the generation current when it was scheduled, and {@link #cancel} bumps it, so
 * events scheduled before the cancel are dropped when they surface instead of being searched for.
 *
 * <p>Note: This class is not thread-safe; each replication owns its simulation.
 */
public final class Simulation {

  private final EventQueue queue;
  /** Generation per kind, then per target; grown on demand, never per event once warm. */
  private final int[][] generations = new int[EventQueue.MAX_KIND + 1][];

  private double now;
  private boolean stopped;
  private long fired;
  private long dropped;

  /**
   * A simulation on the default event queue: the binary heap, faster than the 4-ary heap at every
   * size measured (benchmarks/README.md, hold model, 16 to 1,048,576 pending).
   */
  public Simulation() {
    this(new BinaryHeapEventQueue());
  }

  /** A simulation on the given (empty) event queue. */
  public Simulation(EventQueue queue) {
    this.queue = queue;
  }

  /** The current simulation time. */
  public double now() {
    return now;
  }

  /** Schedules an event {@code delay} time units from now. */
  public void schedule(double delay, int kind, int target) {
    if (!(delay >= 0.0)) {
      throw new IllegalArgumentException("delay must be >= 0, got " + delay);
    }
    // now + delay >= now for any delay >= 0, so scheduleAt's check would be redundant here.
    queue.add(now + delay, kind, target, generation(kind, target));
  }

  /** Schedules an event at an absolute time, which must not lie in the past. */
  public void scheduleAt(double time, int kind, int target) {
    if (time < now) {
      throw new IllegalArgumentException("cannot schedule at " + time + ", the clock reads " + now);
    }
    queue.add(time, kind, target, generation(kind, target));
  }

  /** Cancels every pending event of this kind for this target; later schedules are unaffected. */
  public void cancel(int kind, int target) {
    int[] byTarget = generationsOf(kind, target);
    byTarget[target]++;
  }

  /**
   * Fires events in (time, insertion) order until the next one lies after {@code stopTime}, the
   * queue runs dry or the model calls {@link #stop()}. Events at exactly {@code stopTime} fire. On a
   * normal return the clock reads {@code stopTime} (if finite), so the model can close its books
   * there.
   */
  public void run(EventHandler handler, double stopTime) {
    stopped = false;
    // stop() is checked after each event rather than before each poll: one test fewer per event
    // on the hot path, and run() cleared the flag above, so the first poll is always wanted.
    while (queue.pollUntil(stopTime)) {
      int kind = queue.kind();
      int target = queue.target();
      if (queue.stamp() != generation(kind, target)) {
        dropped++;
        continue;
      }
      now = queue.time();
      fired++;
      handler.handle(kind, target);
      if (stopped) {
        break;
      }
    }
    if (!stopped && stopTime != Double.POSITIVE_INFINITY && stopTime > now) {
      now = stopTime;
    }
  }

  /** Makes {@link #run} return after the event being handled. */
  public void stop() {
    stopped = true;
  }

  /** Events handed to the model so far. */
  public long eventsFired() {
    return fired;
  }

  /** Cancelled events discarded when they surfaced. */
  public long eventsDropped() {
    return dropped;
  }

  /** Pending events, including cancelled ones not yet discarded. */
  public int pending() {
    return queue.size();
  }

  private int generation(int kind, int target) {
    int[] byTarget = generations[kind];
    return byTarget != null && target >= 0 && target < byTarget.length ? byTarget[target] : 0;
  }

  private int[] generationsOf(int kind, int target) {
    if (kind < 0 || kind > EventQueue.MAX_KIND || target < 0) {
      throw new IllegalArgumentException("no such event: kind " + kind + ", target " + target);
    }
    int[] byTarget = generations[kind];
    if (byTarget == null || target >= byTarget.length) {
      int length = Math.max(16, Integer.highestOneBit(Math.max(target, 1)) << 1);
      byTarget = byTarget == null ? new int[length] : Arrays.copyOf(byTarget, length);
      generations[kind] = byTarget;
    }
    return byTarget;
  }
}
