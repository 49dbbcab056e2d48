package salesim.kernel;

import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The classic hold model (Vaucher and Duval, "A comparison of simulation event list algorithms",
 * CACM 18(4), 1975): the queue is prefilled with {@code pending} events at Exp(1) times, and each
 * operation pops the earliest event and schedules one at its time plus Exp(1), so the size stays
 * put. Increments come from a precomputed table ({@link Increments}).
 *
 * <p>Variants: the two primitive heaps, a {@link PriorityQueue} of {@link ObjectEvent}s (the
 * popped object is rescheduled, so it allocates nothing), and SSJ 3.3.2's default event list
 * driven as its executive drives it: {@code Simulator.removeFirstEvent()} sets the clock, {@code
 * Event.schedule(delay)} reinserts the event object.
 *
 * <pre>
 * benchmarks/run HoldKernelBenchmark -prof gc -rf json -rff benchmarks/results/hold.json
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
// A million pending SSJ events are two million objects; a fixed heap keeps resizing out of the
// measurement.
@Fork(value = 5, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HoldKernelBenchmark {

  /** Hold operations per benchmark invocation; scores are per operation. */
  static final int OPS = 1 << 12;

  @Param({"16", "1024", "65536", "1048576"})
  int pending;

  @Param({
    "BINARY_HEAP", "QUATERNARY_HEAP", "HAND_HEAP", "PRIORITY_QUEUE", "SSJ_SPLAY_TREE", "SSJ_NEW_EVENTS"
  })
  Queue queue;

  private Hold hold;

  /** The event lists under test; one per fork, so the calls below stay monomorphic. */
  public enum Queue {
    BINARY_HEAP {
      @Override
      Hold create(double[] incs) {
        return new HeapHold(new BinaryHeapEventQueue(), incs);
      }
    },
    QUATERNARY_HEAP {
      @Override
      Hold create(double[] incs) {
        return new HeapHold(new QuaternaryHeapEventQueue(), incs);
      }
    },
    /** The reference: {@link MinimalHeap}, called directly. */
    HAND_HEAP {
      @Override
      Hold create(double[] incs) {
        return new HandHeapHold(incs);
      }
    },
    PRIORITY_QUEUE {
      @Override
      Hold create(double[] incs) {
        return new PriorityQueueHold(incs);
      }
    },
    SSJ_SPLAY_TREE {
      @Override
      Hold create(double[] incs) {
        return new SsjHold(incs, false);
      }
    },
    /** SSJ as models use it: each fired event's successor is a new event object. */
    SSJ_NEW_EVENTS {
      @Override
      Hold create(double[] incs) {
        return new SsjHold(incs, true);
      }
    };

    /** An empty hold model on this event list. */
    abstract Hold create(double[] incs);
  }

  @Setup
  public void setUp() {
    hold = queue.create(Increments.exponential(20261127L));
    hold.prefill(pending);
  }

  /** Performs {@link #OPS} hold operations; returns the last time popped, which JMH sinks. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public double hold() {
    return hold.hold(OPS);
  }

  /** One event list under the hold model. */
  abstract static class Hold {
    private final double[] incs;
    private int draw;

    Hold(double[] incs) {
      this.incs = incs;
    }

    /** The next Exp(1) increment. */
    final double increment() {
      return incs[draw++ & Increments.MASK];
    }

    /** Schedules {@code n} events at Exp(1) times. */
    abstract void prefill(int n);

    /** Pops and reschedules {@code ops} times; returns the last time popped. */
    abstract double hold(int ops);
  }

  /** A primitive heap, used through the {@link EventQueue} interface as the kernel uses it. */
  static final class HeapHold extends Hold {
    private final EventQueue queue;

    HeapHold(EventQueue queue, double[] incs) {
      super(incs);
      this.queue = queue;
    }

    @Override
    void prefill(int n) {
      for (int i = 0; i < n; i++) {
        queue.add(increment(), 0, i, 0);
      }
    }

    @Override
    double hold(int ops) {
      EventQueue q = queue;
      for (int i = 0; i < ops; i++) {
        q.pollUntil(Double.POSITIVE_INFINITY);
        q.add(q.time() + increment(), q.kind(), q.target(), q.stamp());
      }
      return q.time();
    }
  }

  /** The hand-written reference heap. */
  static final class HandHeapHold extends Hold {
    private final MinimalHeap heap = new MinimalHeap();

    HandHeapHold(double[] incs) {
      super(incs);
    }

    @Override
    void prefill(int n) {
      for (int i = 0; i < n; i++) {
        heap.add(increment(), i);
      }
    }

    @Override
    double hold(int ops) {
      MinimalHeap h = heap;
      for (int i = 0; i < ops; i++) {
        h.poll();
        h.add(h.polledTime + increment(), h.polledPayload);
      }
      return h.polledTime;
    }
  }

  /** A {@code PriorityQueue<ObjectEvent>}; the popped object goes back in with a new time. */
  static final class PriorityQueueHold extends Hold {
    private final PriorityQueue<ObjectEvent> queue = new PriorityQueue<>(ObjectEvent.ORDER);
    private long nextSequence;

    PriorityQueueHold(double[] incs) {
      super(incs);
    }

    @Override
    void prefill(int n) {
      for (int i = 0; i < n; i++) {
        ObjectEvent event = new ObjectEvent(0, i);
        event.time = increment();
        event.sequence = nextSequence++;
        queue.add(event);
      }
    }

    @Override
    double hold(int ops) {
      double now = 0.0;
      for (int i = 0; i < ops; i++) {
        ObjectEvent event = queue.poll();
        now = event.time;
        event.time = now + increment();
        event.sequence = nextSequence++;
        queue.add(event);
      }
      return now;
    }
  }

  /** SSJ's default event list, driven by its own executive step. */
  static final class SsjHold extends Hold {
    private final Executive simulator = new Executive();
    private final boolean fresh;

    SsjHold(double[] incs, boolean fresh) {
      super(incs);
      this.fresh = fresh;
      simulator.init();
    }

    @Override
    void prefill(int n) {
      // The clock reads 0, so each delay is the event's time.
      for (int i = 0; i < n; i++) {
        new Token(simulator).schedule(increment());
      }
    }

    @Override
    double hold(int ops) {
      Executive sim = simulator;
      for (int i = 0; i < ops; i++) {
        Event fired = sim.next();
        (fresh ? new Token(sim) : fired).schedule(increment());
      }
      return sim.time();
    }
  }

  /** Exposes {@code removeFirstEvent()}, the step {@code start()} takes before each actions(). */
  static final class Executive extends Simulator {
    /** Removes the earliest event and sets the clock to its time, exactly as SSJ's loop does. */
    Event next() {
      return removeFirstEvent();
    }
  }

  /** An SSJ event that does nothing when it fires; the hold model only moves it in time. */
  static final class Token extends Event {
    Token(Simulator simulator) {
      super(simulator);
    }

    @Override
    public void actions() {}
  }
}
