package salesim.kernel;

/**
 * A binary min-heap of events; {@code O(log n)} add and poll with no per-event allocation.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class BinaryHeapEventQueue extends HeapEventQueue {

  @Override
  void siftUp(int index, long timeBits, long sequenceKind, long targetStamp) {
    while (index > 0) {
      int parent = (index - 1) >>> 1;
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
    int half = n >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      int right = child + 1;
      if (right < n && before(right, child)) {
        child = right;
      }
      if (before(timeBits, sequenceKind, child)) {
        break;
      }
      move(child, index);
      index = child;
    }
    put(index, timeBits, sequenceKind, targetStamp);
  }
}
