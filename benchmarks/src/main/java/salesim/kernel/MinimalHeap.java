package salesim.kernel;

/**
 * The in-run reference for the kernel: the smallest primitive binary heap a programmer would write
 * by hand for one benchmark, with none of the kernel's generality. Times and FIFO sequence numbers
 * in two parallel arrays, the payload (kind and target) in a third; no cancellation stamps, no
 * argument checks, no interface, no stop time. If {@link Simulation} over {@link
 * BinaryHeapEventQueue} keeps within 0.9× of this, the kernel's abstractions are nearly free.
 */
final class MinimalHeap {
  private double[] time = new double[64];
  private long[] seq = new long[64];
  private long[] payload = new long[64];
  private int size;
  private long nextSeq;

  /** Set by {@link #poll()}. */
  double polledTime;

  long polledPayload;

  int size() {
    return size;
  }

  void add(double t, long p) {
    if (size == time.length) {
      time = java.util.Arrays.copyOf(time, size * 2);
      seq = java.util.Arrays.copyOf(seq, size * 2);
      payload = java.util.Arrays.copyOf(payload, size * 2);
    }
    long s = nextSeq++;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      double pt = time[parent];
      if (pt < t || (pt == t && seq[parent] < s)) {
        break;
      }
      time[i] = pt;
      seq[i] = seq[parent];
      payload[i] = payload[parent];
      i = parent;
    }
    time[i] = t;
    seq[i] = s;
    payload[i] = p;
  }

  /** Removes the earliest event into {@link #polledTime} and {@link #polledPayload}. */
  void poll() {
    polledTime = time[0];
    polledPayload = payload[0];
    int n = --size;
    double t = time[n];
    long s = seq[n];
    long p = payload[n];
    int i = 0;
    int child;
    while ((child = 2 * i + 1) < n) {
      int right = child + 1;
      if (right < n
          && (time[right] < time[child] || (time[right] == time[child] && seq[right] < seq[child]))) {
        child = right;
      }
      double ct = time[child];
      if (t < ct || (t == ct && s < seq[child])) {
        break;
      }
      time[i] = ct;
      seq[i] = seq[child];
      payload[i] = payload[child];
      i = child;
    }
    time[i] = t;
    seq[i] = s;
    payload[i] = p;
  }
}
