package salesim.kernel;

import salesim.kernel.random.RandomStream;

/**
 * Precomputed Exp(1) variates, read as {@code incs[i++ & MASK]}: every kernel in a benchmark pays
 * the same, small sampling cost, so the scores compare event lists and not logarithms.
 */
final class Increments {

  /** Table length, a power of two; 8 MB of doubles, read sequentially. */
  static final int SIZE = 1 << 20;
  /** Index mask for {@link #SIZE}. */
  static final int MASK = SIZE - 1;

  private Increments() {}

  /** {@link #SIZE} exponential variates with mean 1, from the project's own generator. */
  static double[] exponential(long seed) {
    RandomStream stream = new RandomStream(seed);
    double[] incs = new double[SIZE];
    for (int i = 0; i < SIZE; i++) {
      incs[i] = stream.exponential(1.0);
    }
    return incs;
  }
}
