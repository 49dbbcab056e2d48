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
 * Events per microsecond of one M/M/1 queue (λ = 0.9, μ = 1) on four kernels: the salesim {@link
 * Simulation} over each primitive heap, SSJ 3.3.2's executive with the event list {@code new
 * Simulator()} uses (a splay tree), and a {@link PriorityQueue} of {@link ObjectEvent}s.
 *
 * <p>Every kernel runs the same model: an arrival schedules the next arrival and, if the server
 * was idle, a departure; a departure schedules the next departure if anyone waits. Interarrival
 * and service times come from one shared table of Exp(1) variates ({@link Increments}), so all
 * kernels pay the same sampling cost. The SSJ and {@code PriorityQueue} models reschedule their
 * two event objects rather than allocating per event (legal in SSJ once an event has fired), so
 * the model allocates nothing on any kernel and {@code gc.alloc.rate.norm} is the kernel's own.
 *
 * <pre>
 * benchmarks/run Mm1KernelBenchmark -prof gc -rf json -rff benchmarks/results/mm1.json
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Mm1KernelBenchmark {

  /** Events fired per benchmark invocation; scores are per event. */
  static final int EVENTS = 1 << 12;

  static final int ARRIVAL = 0;
  static final int DEPARTURE = 1;
  static final double MEAN_INTERARRIVAL = 1.0 / 0.9;
  static final double MEAN_SERVICE = 1.0 / 1.0;

  @Param({
    "BINARY_HEAP", "QUATERNARY_HEAP", "HAND_HEAP", "PRIORITY_QUEUE", "SSJ_SPLAY_TREE", "SSJ_NEW_EVENTS"
  })
  Kernel kernel;

  private Mm1 model;

  /** The kernels under test; one per fork, so the calls below stay monomorphic. */
  public enum Kernel {
    BINARY_HEAP {
      @Override
      Mm1 create(double[] incs) {
        return new SalesimMm1(new BinaryHeapEventQueue(), incs);
      }
    },
    QUATERNARY_HEAP {
      @Override
      Mm1 create(double[] incs) {
        return new SalesimMm1(new QuaternaryHeapEventQueue(), incs);
      }
    },
    /** The reference: {@link MinimalHeap} and an inlined loop, no {@code Simulation}. */
    HAND_HEAP {
      @Override
      Mm1 create(double[] incs) {
        return new HandHeapMm1(incs);
      }
    },
    PRIORITY_QUEUE {
      @Override
      Mm1 create(double[] incs) {
        return new PriorityQueueMm1(incs);
      }
    },
    SSJ_SPLAY_TREE {
      @Override
      Mm1 create(double[] incs) {
        return new SsjMm1(incs, false);
      }
    },
    /** SSJ as its own examples write M/M/1 (QueueEv): a new event object per schedule. */
    SSJ_NEW_EVENTS {
      @Override
      Mm1 create(double[] incs) {
        return new SsjMm1(incs, true);
      }
    };

    /** An M/M/1 model on this kernel with its first arrival scheduled. */
    abstract Mm1 create(double[] incs);
  }

  @Setup
  public void setUp() {
    model = kernel.create(Increments.exponential(20261127L));
  }

  /** Fires {@link #EVENTS} events; returns the customers served so far, which JMH sinks. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long events() {
    return model.fire(EVENTS);
  }

  /** The model's state and sampling, shared so every kernel does the same work per event. */
  abstract static class Mm1 {
    private final double[] incs;
    private int draw;
    int inSystem;
    long served;

    Mm1(double[] incs) {
      this.incs = incs;
    }

    /** Fires the next {@code events} events; returns the customers served so far. */
    abstract long fire(int events);

    final double interarrival() {
      return incs[draw++ & Increments.MASK] * MEAN_INTERARRIVAL;
    }

    final double service() {
      return incs[draw++ & Increments.MASK] * MEAN_SERVICE;
    }
  }

  /** M/M/1 on the salesim kernel, written as a model is: one handler, one switch. */
  static final class SalesimMm1 extends Mm1 implements EventHandler {
    private final Simulation simulation;
    private int budget;

    SalesimMm1(EventQueue queue, double[] incs) {
      super(incs);
      simulation = new Simulation(queue);
      simulation.schedule(interarrival(), ARRIVAL, 0);
    }

    @Override
    long fire(int events) {
      budget = events;
      simulation.run(this, Double.POSITIVE_INFINITY);
      return served;
    }

    @Override
    public void handle(int kind, int target) {
      switch (kind) {
        case ARRIVAL:
          onArrival();
          break;
        case DEPARTURE:
          onDeparture();
          break;
        default:
          throw new IllegalStateException("unknown event kind " + kind);
      }
      if (--budget == 0) {
        simulation.stop();
      }
    }

    private void onArrival() {
      simulation.schedule(interarrival(), ARRIVAL, 0);
      if (++inSystem == 1) {
        simulation.schedule(service(), DEPARTURE, 0);
      }
    }

    private void onDeparture() {
      served++;
      if (--inSystem > 0) {
        simulation.schedule(service(), DEPARTURE, 0);
      }
    }
  }

  /**
   * M/M/1 on SSJ: an {@code Event} subclass per kind, run by {@link Simulator#start()}. With
   * {@code fresh}, each schedule creates a new event object, as SSJ's QueueEv example does;
   * without, the two event objects are rescheduled (SSJ's best case).
   */
  static final class SsjMm1 extends Mm1 {
    private final Simulator simulator = new Simulator();
    private final boolean fresh;
    private final Event arrival = new Arrival();
    private final Event departure = new Departure();
    private int budget;

    SsjMm1(double[] incs, boolean fresh) {
      super(incs);
      this.fresh = fresh;
      simulator.init();
      arrival.schedule(interarrival());
    }

    @Override
    long fire(int events) {
      budget = events;
      simulator.start();
      return served;
    }

    private void countDown() {
      if (--budget == 0) {
        simulator.stop();
      }
    }

    /** A customer arrives. */
    final class Arrival extends Event {
      Arrival() {
        super(simulator);
      }

      @Override
      public void actions() {
        (fresh ? new Arrival() : this).schedule(interarrival());
        if (++inSystem == 1) {
          (fresh ? new Departure() : departure).schedule(service());
        }
        countDown();
      }
    }

    /** A customer leaves the server. */
    final class Departure extends Event {
      Departure() {
        super(simulator);
      }

      @Override
      public void actions() {
        served++;
        if (--inSystem > 0) {
          (fresh ? new Departure() : this).schedule(service());
        }
        countDown();
      }
    }
  }

  /** M/M/1 on a {@code PriorityQueue<ObjectEvent>}, with the loop a textbook would write. */
  static final class PriorityQueueMm1 extends Mm1 {
    private final PriorityQueue<ObjectEvent> queue = new PriorityQueue<>(ObjectEvent.ORDER);
    private final ObjectEvent arrival = new ObjectEvent(ARRIVAL, 0);
    private final ObjectEvent departure = new ObjectEvent(DEPARTURE, 0);
    private double now;
    private long nextSequence;

    PriorityQueueMm1(double[] incs) {
      super(incs);
      schedule(arrival, interarrival());
    }

    @Override
    long fire(int events) {
      for (int i = 0; i < events; i++) {
        ObjectEvent event = queue.poll();
        now = event.time;
        switch (event.kind) {
          case ARRIVAL:
            onArrival();
            break;
          case DEPARTURE:
            onDeparture();
            break;
          default:
            throw new IllegalStateException("unknown event kind " + event.kind);
        }
      }
      return served;
    }

    private void onArrival() {
      schedule(arrival, interarrival());
      if (++inSystem == 1) {
        schedule(departure, service());
      }
    }

    private void onDeparture() {
      served++;
      if (--inSystem > 0) {
        schedule(departure, service());
      }
    }

    private void schedule(ObjectEvent event, double delay) {
      event.time = now + delay;
      event.sequence = nextSequence++;
      queue.add(event);
    }
  }

  /** M/M/1 on {@link MinimalHeap}: pop, switch, push, with nothing else in the loop. */
  static final class HandHeapMm1 extends Mm1 {
    private final MinimalHeap heap = new MinimalHeap();
    private double now;

    HandHeapMm1(double[] incs) {
      super(incs);
      heap.add(interarrival(), ARRIVAL);
    }

    @Override
    long fire(int events) {
      MinimalHeap h = heap;
      for (int i = 0; i < events; i++) {
        h.poll();
        now = h.polledTime;
        if (h.polledPayload == ARRIVAL) {
          h.add(now + interarrival(), ARRIVAL);
          if (++inSystem == 1) {
            h.add(now + service(), DEPARTURE);
          }
        } else {
          served++;
          if (--inSystem > 0) {
            h.add(now + service(), DEPARTURE);
          }
        }
      }
      return served;
    }
  }
}
