package salesim.kernel;

/**
 * A 4-ary min-heap of events: half the depth of a binary heap, and the four children of a node
 * have their times in 32 adjacent bytes, so a sift-down touches fewer cache lines on large queues.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class QuaternaryHeapEventQueue extends HeapEventQueue {

  @Override
  void siftUp(int index, long timeBits, long sequenceKind, long targetStamp) {
    while (index > 0) {
      int parent = (index - 1) >>> 2;
      if (!before(timeBits, sequenceKind, parent)) {
        break;
      }
      move(parent, index);
      index = parent;
    }
    put(index, timeBits, sequenceKind, targetStamp);
  }

  @Override
  void siftDown(int index, long timeBits, long sequenceKind, long targetStamp) {
    int n = size;
    while (true) {
      int first = 4 * index + 1;
      if (first >= n) {
        break;
      }
      int best = first;
      int end = Math.min(first + 4, n);
      for (int child = first + 1; child < end; child++) {
        if (before(child, best)) {
          best = child;
        }
      }
      if (before(timeBits, sequenceKind, best)) {
        break;
      }
      move(best, index);
      index = best;
    }
    put(index, timeBits, sequenceKind, targetStamp);
  }
}
