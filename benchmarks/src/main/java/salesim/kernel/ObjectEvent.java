package salesim.kernel;

import java.util.Comparator;

/**
 * An event as an object, the way a textbook simulator fills a {@link java.util.PriorityQueue}:
 * the reference the primitive heaps are measured against in the same run.
 *
 * <p>Note: This class is not thread-safe.
 */
final class ObjectEvent {

  /** Time, then insertion sequence: FIFO ties, the order the kernel's queues guarantee. */
  static final Comparator<ObjectEvent> ORDER =
      (a, b) -> {
        // Plain comparisons rather than Double.compare: times are finite and non-negative, and
        // the reference should be as fast as it honestly can be.
        if (a.time < b.time) {
          return -1;
        }
        if (a.time > b.time) {
          return 1;
        }
        return Long.compare(a.sequence, b.sequence);
      };

  double time;
  long sequence;
  final int kind;
  final int target;

  ObjectEvent(int kind, int target) {
    this.kind = kind;
    this.target = target;
  }
}
