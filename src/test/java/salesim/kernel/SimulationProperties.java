package salesim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random schedule / cancel / pop sequences against a list oracle: pops come in non-decreasing
 * (time, insertion) order, cancelled events never fire, and every other event fires exactly once.
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

  @Property(tries = 500)
  void popsAreOrdered_andCancelledEventsNeverFire(
      @ForAll("operations") List<Op> operations, @ForAll boolean quaternary) {
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

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> targets = Arbitraries.integers().between(0, 40);
    // Half-unit delays make equal times, hence FIFO ties, common.
    Arbitrary<Op> schedule =
        Combinators.combine(Arbitraries.integers().between(0, 8), kinds, targets)
            .as((delay, kind, target) -> new Op(Action.SCHEDULE, delay * 0.5, kind, target));
    Arbitrary<Op> cancel =
        Combinators.combine(kinds, targets)
            .as((kind, target) -> new Op(Action.CANCEL, 0, kind, target));
    Arbitrary<Op> pop = Arbitraries.just(new Op(Action.POP, 0, 0, 0));
    return Arbitraries.frequencyOf(Tuple.of(5, schedule), Tuple.of(2, cancel), Tuple.of(3, pop))
        .list()
        .ofMaxSize(300);
  }
}
