package salesim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.kernel.random.RandomStream;
import salesim.kernel.random.Tries;

/**
 * Random schedule / cancel / pop sequences against a list oracle: pops come in non-decreasing
 * (time, insertion) order, cancelled events never fire, and every other event fires exactly once.
 * 500 tries of up to 300 operations, on either heap ({@link Tries}: a failure prints the seed and
 * try that replay it).
 */
final class SimulationProperties {

  enum Action {
    SCHEDULE,
    CANCEL,
    POP
  }

  record Op(Action action, double delay, int kind, int target) {}

  /** One scheduled event as the oracle sees it. */
  static final class Pending {
    final double time;
    final long order;
    final int kind;
    final int target;
    boolean cancelled;

    Pending(double time, long order, int kind, int target) {
      this.time = time;
      this.order = order;
      this.kind = kind;
      this.target = target;
    }
  }

  private static final int TRIES = 500;
  private static final long SEED = 20261201L;

  @Test
  void popsAreOrdered_andCancelledEventsNeverFire() {
    Tries.check(
        "SimulationProperties",
        SEED,
        TRIES,
        random -> popsAreOrdered_andCancelledEventsNeverFire(operations(random), random.bernoulli(0.5)));
  }

  private static void popsAreOrdered_andCancelledEventsNeverFire(
      List<Op> operations, boolean quaternary) {
    Simulation simulation =
        new Simulation(quaternary ? new QuaternaryHeapEventQueue() : new BinaryHeapEventQueue());
    List<Pending> pending = new ArrayList<>();
    long order = 0;
    List<int[]> fired = new ArrayList<>();
    EventHandler popOne =
        (kind, target) -> {
          fired.add(new int[] {kind, target});
          simulation.stop();
        };
    double lastTime = 0;
    for (Op op : operations) {
      switch (op.action()) {
        case SCHEDULE -> {
          simulation.schedule(op.delay(), op.kind(), op.target());
          pending.add(new Pending(simulation.now() + op.delay(), order++, op.kind(), op.target()));
        }
        case CANCEL -> {
          simulation.cancel(op.kind(), op.target());
          for (Pending p : pending) {
            if (p.kind == op.kind() && p.target == op.target()) {
              p.cancelled = true;
            }
          }
        }
        case POP -> {
          Pending expected = firstLive(pending);
          int before = fired.size();
          simulation.run(popOne, Double.POSITIVE_INFINITY);
          if (expected == null) {
            assertThat(fired).hasSize(before);
            assertThat(simulation.pending()).isZero();
            pending.clear();
          } else {
            assertThat(fired).hasSize(before + 1);
            int[] got = fired.get(before);
            assertThat(got).containsExactly(expected.kind, expected.target);
            assertThat(simulation.now()).isEqualTo(expected.time).isGreaterThanOrEqualTo(lastTime);
            lastTime = simulation.now();
            // The oracle drops the popped event and every cancelled event before it.
            pending.removeIf(
                p -> p == expected || (p.cancelled && earlier(p, expected)));
          }
        }
      }
    }
    // Drain: exactly the live events remain, in order.
    List<Pending> live = new ArrayList<>();
    for (Pending p : pending) {
      if (!p.cancelled) {
        live.add(p);
      }
    }
    live.sort(Comparator.comparingDouble((Pending p) -> p.time).thenComparingLong(p -> p.order));
    List<int[]> rest = new ArrayList<>();
    simulation.run((kind, target) -> rest.add(new int[] {kind, target}), Double.POSITIVE_INFINITY);
    assertThat(rest).hasSize(live.size());
    for (int i = 0; i < live.size(); i++) {
      assertThat(rest.get(i)).containsExactly(live.get(i).kind, live.get(i).target);
    }
    assertThat(simulation.pending()).isZero();
  }

  private static Pending firstLive(List<Pending> pending) {
    Pending best = null;
    for (Pending p : pending) {
      if (!p.cancelled && (best == null || earlier(p, best))) {
        best = p;
      }
    }
    return best;
  }

  private static boolean earlier(Pending a, Pending b) {
    return a.time < b.time || (a.time == b.time && a.order < b.order);
  }

  /**
   * Up to 300 operations, schedule : cancel : pop as 5 : 2 : 3; kinds 0-3, targets 0-40, and
   * half-unit delays up to 4, so equal times, hence FIFO ties, are common.
   */
  static List<Op> operations(RandomStream random) {
    int size = random.nextInt(301);
    List<Op> operations = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int pick = random.nextInt(10);
      if (pick < 5) {
        operations.add(
            new Op(Action.SCHEDULE, Tries.between(random, 0, 8) * 0.5, Tries.between(random, 0, 3),
                Tries.between(random, 0, 40)));
      } else if (pick < 7) {
        operations.add(
            new Op(Action.CANCEL, 0, Tries.between(random, 0, 3), Tries.between(random, 0, 40)));
      } else {
        operations.add(new Op(Action.POP, 0, 0, 0));
      }
    }
    return operations;
  }
}
