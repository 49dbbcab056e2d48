package salesim.kernel;

/**
 * A 4-ary min-heap of events: half the depth of a binary heap, and the four children of a node
 * sit in 96 adjacent bytes, so a sift-down touches fewer cache lines on large queues.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class QuaternaryHeapEventQueue extends HeapEventQueue {

  @Override
  void siftUp(int index, long timeBits, long sequenceKind, long targetStamp) {
    long[] h = heap;
    while (index > 0) {
      int parent = (index - 1) >>> 2;
      int p = parent * STRIDE;
      if (!before(timeBits, sequenceKind, h[p], h[p + 1])) {
        break;
      }
      move(parent, index);
      index = parent;
    }
    put(index, timeBits, sequenceKind, targetStamp);
  }

  @Override
  void siftDown(int index, long timeBits, long sequenceKind, long targetStamp) {
    long[] h = heap;
    int n = size;
    while (true) {
      int first = 4 * index + 1;
      if (first >= n) {
        break;
      }
      int best = first;
      int b = first * STRIDE;
      int end = Math.min(first + 4, n);
      for (int child = first + 1; child < end; child++) {
        int c = child * STRIDE;
        if (before(h[c], h[c + 1], h[b], h[b + 1])) {
          best = child;
          b = c;
        }
      }
      if (!before(h[b], h[b + 1], timeBits, sequenceKind)) {
        break;
      }
      move(best, index);
      index = best;
    }
    put(index, timeBits, sequenceKind, targetStamp);
  }
}
