package salesim.kernel;

/**
 * A binary min-heap of events; {@code O(log n)} add and poll with no per-event allocation.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class BinaryHeapEventQueue extends HeapEventQueue {

  @Override
  void siftUp(int index, long timeBits, long sequenceKind, long targetStamp) {
    long[] h = heap;
    while (index > 0) {
      int parent = (index - 1) >>> 1;
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
    int half = size >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      int c = child * STRIDE;
      int right = child + 1;
      if (right < size) {
        int r = right * STRIDE;
        if (before(h[r], h[r + 1], h[c], h[c + 1])) {
          child = right;
          c = r;
        }
      }
      if (!before(h[c], h[c + 1], timeBits, sequenceKind)) {
        break;
      }
      move(child, index);
      index = child;
    }
    put(index, timeBits, sequenceKind, targetStamp);
  }
}
