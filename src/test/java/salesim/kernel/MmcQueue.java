package salesim.kernel;

import salesim.kernel.random.Purpose;
import salesim.kernel.random.RandomStream;
import salesim.kernel.random.RandomStreams;
import salesim.kernel.stat.Tally;
import salesim.kernel.stat.TimeWeighted;

/**
 * An M/M/c queue built on the kernel's public API only: Poisson arrivals, exponential service, c
 * servers, FIFO. The tests compare it with Erlang C and Little's law; the benchmarks time it.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class MmcQueue implements EventHandler {

  static final int ARRIVAL = 0;
  static final int DEPARTURE = 1;

  /** The model's sources of randomness. */
  enum Stream implements Purpose {
    ARRIVALS(1),
    SERVICE(2);

    private final int id;

    Stream(int id) {
      this.id = id;
    }

    @Override
    public int id() {
      return id;
    }
  }

  private final Simulation simulation;
  private final double meanInterarrival;
  private final double meanService;
  private final int servers;
  private final RandomStream arrivals;
  private final RandomStream service;

  /** Arrival times of waiting customers, a ring buffer. */
  private double[] waiting = new double[1024];
  private int head;
  private int waitingCount;
  private int busy;

  /** Statistics are collected from this time on (a warm-up before it is discarded). */
  private double statsFrom;
  final Tally waits = new Tally();
  final Tally sojourns = new Tally();
  long delayed;
  long arrivalsCounted;
  final TimeWeighted inSystem = new TimeWeighted(0.0, 0.0);

  /** A queue on the given simulation, drawing from replication {@code streams}. */
  public MmcQueue(
      Simulation simulation, RandomStreams streams, double lambda, double mu, int servers) {
    this.simulation = simulation;
    this.meanInterarrival = 1.0 / lambda;
    this.meanService = 1.0 / mu;
    this.servers = servers;
    this.arrivals = streams.stream(Stream.ARRIVALS);
    this.service = streams.stream(Stream.SERVICE);
  }

  /** Runs to {@code horizon}, with statistics over {@code [warmUp, horizon]}. */
  public MmcQueue run(double warmUp, double horizon) {
    statsFrom = warmUp;
    simulation.schedule(arrivals.exponential(meanInterarrival), ARRIVAL, 0);
    simulation.run(this, warmUp);
    inSystem.reset(simulation.now(), busy + waitingCount);
    simulation.run(this, horizon);
    return this;
  }

  /** Runs until {@code events} events have fired; for benchmarks. */
  public void runEvents(long events) {
    if (simulation.pending() == 0) {
      simulation.schedule(arrivals.exponential(meanInterarrival), ARRIVAL, 0);
    }
    long target = simulation.eventsFired() + events;
    while (simulation.eventsFired() < target) {
      simulation.run(this, simulation.now() + 1_000.0);
    }
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
  }

  private void onArrival() {
    double now = simulation.now();
    simulation.schedule(arrivals.exponential(meanInterarrival), ARRIVAL, 0);
    inSystem.add(now, 1);
    boolean counted = now >= statsFrom;
    if (counted) {
      arrivalsCounted++;
    }
    if (busy < servers) {
      busy++;
      startService(now, now);
    } else {
      if (counted) {
        delayed++;
      }
      enqueue(now);
    }
  }

  private void onDeparture() {
    double now = simulation.now();
    inSystem.add(now, -1);
    if (waitingCount > 0) {
      double arrived = waiting[head];
      head = (head + 1) & (waiting.length - 1);
      waitingCount--;
      startService(arrived, now);
    } else {
      busy--;
    }
  }

  private void startService(double arrived, double now) {
    double serviceTime = service.exponential(meanService);
    if (arrived >= statsFrom) {
      waits.add(now - arrived);
      sojourns.add(now - arrived + serviceTime);
    }
    simulation.schedule(serviceTime, DEPARTURE, 0);
  }

  private void enqueue(double arrived) {
    if (waitingCount == waiting.length) {
      double[] grown = new double[waiting.length * 2];
      for (int i = 0; i < waitingCount; i++) {
        grown[i] = waiting[(head + i) & (waiting.length - 1)];
      }
      waiting = grown;
      head = 0;
    }
    waiting[(head + waitingCount++) & (waiting.length - 1)] = arrived;
  }

  /** Erlang C: the probability an arrival waits in an M/M/c queue with offered load a = λ/μ. */
  static double erlangC(int c, double a) {
    double rho = a / c;
    double term = 1.0;
    double sum = 1.0;
    for (int k = 1; k < c; k++) {
      term *= a / k;
      sum += term;
    }
    double top = term * a / c / (1.0 - rho);
    return top / (sum + top);
  }
}
