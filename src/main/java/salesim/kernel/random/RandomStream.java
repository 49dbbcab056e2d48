package salesim.kernel.random;

/**
 * One stream of random numbers: the xoshiro256** generator (Blackman and Vigna, "Scrambled linear
 * pseudorandom number generators", ACM TOMS 47(4), 2021), seeded through SplitMix64, with the
 * samplers the model needs.
 *
 * <p>The project owns every bit: the generator is specified, and the samplers use inversion or a
 * cited algorithm with {@link StrictMath} (fdlibm semantics), so the same key gives the same
 * draws on every JDK. {@code java.util.Random}'s samplers changed inside the 17 line (JDK-8273056)
 * and {@code Math.log} may differ by an ulp between JVMs, so neither is used.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class RandomStream {

  private static final double DOUBLE_UNIT = 0x1.0p-53;
  /** Below this mean, Poisson draws multiply uniforms (Knuth); above, PTRS rejection. */
  private static final double POISSON_INVERSION_LIMIT = 10.0;
  /** Below this n·min(p, 1−p), binomial draws invert the CDF; above, Beta splitting. */
  private static final double BINOMIAL_INVERSION_LIMIT = 30.0;

  private long s0;
  private long s1;
  private long s2;
  private long s3;

  /** The second normal from the last polar pair, if {@link #hasSpareNormal}. */
  private double spareNormal;
  private boolean hasSpareNormal;

  /** A stream whose state is the SplitMix64 sequence started at {@code key}. */
  public RandomStream(long key) {
    setSeed(key);
  }

  /** A stream with the given raw xoshiro256** state, for checks against reference vectors. */
  static RandomStream ofState(long s0, long s1, long s2, long s3) {
    RandomStream stream = new RandomStream(0);
    stream.s0 = s0;
    stream.s1 = s1;
    stream.s2 = s2;
    stream.s3 = s3;
    return stream;
  }

  /** Restarts this stream at the SplitMix64 sequence started at {@code key}. */
  public void setSeed(long key) {
    s0 = SplitMix64.mix(key);
    s1 = SplitMix64.mix(key + SplitMix64.GOLDEN_GAMMA);
    s2 = SplitMix64.mix(key + 2 * SplitMix64.GOLDEN_GAMMA);
    s3 = SplitMix64.mix(key + 3 * SplitMix64.GOLDEN_GAMMA);
    if ((s0 | s1 | s2 | s3) == 0) {
      s0 = SplitMix64.GOLDEN_GAMMA; // the one state xoshiro cannot leave
    }
    hasSpareNormal = false;
  }

  /** The next 64 uniformly distributed bits. */
  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** A uniform double in [0, 1), from the top 53 bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * DOUBLE_UNIT;
  }

  /** A uniform double in (0, 1]; safe to take the logarithm of. */
  public double nextOpenDouble() {
    return ((nextLong() >>> 11) + 1) * DOUBLE_UNIT;
  }

  /** A uniform int in [0, bound), unbiased (Lemire, ACM TOMS 2019). */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0, got " + bound);
    }
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xFFFF_FFFFL;
    if (low < bound) {
      long threshold = (0x1_0000_0000L - bound) % bound;
      while (low < threshold) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xFFFF_FFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  /** True with probability {@code p}. */
  public boolean bernoulli(double p) {
    return nextDouble() < p;
  }

  /** A uniform double in [low, high). */
  public double uniform(double low, double high) {
    return low + (high - low) * nextDouble();
  }

  /** An exponential variate with the given mean, by inversion. */
  public double exponential(double mean) {
    return -mean * StrictMath.log(nextOpenDouble());
  }

  /** A standard normal variate by Marsaglia's polar method; pairs are cached. */
  public double standardNormal() {
    if (hasSpareNormal) {
      hasSpareNormal = false;
      return spareNormal;
    }
    double u;
    double v;
    double s;
    do {
      u = 2.0 * nextDouble() - 1.0;
      v = 2.0 * nextDouble() - 1.0;
      s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    double factor = StrictMath.sqrt(-2.0 * StrictMath.log(s) / s);
    spareNormal = v * factor;
    hasSpareNormal = true;
    return u * factor;
  }

  /** A normal variate. */
  public double normal(double mean, double sd) {
    return mean + sd * standardNormal();
  }

  /** A lognormal variate: exp of a normal with the given log-scale parameters. */
  public double lognormal(double mu, double sigma) {
    return StrictMath.exp(mu + sigma * standardNormal());
  }

  /**
   * A gamma variate with the given shape and scale (mean = shape × scale), by Marsaglia and Tsang,
   * "A simple method for generating gamma variables", ACM TOMS 26(3), 2000; shapes below 1 use
   * their boosting identity Gamma(a) = Gamma(a + 1) · U^(1/a).
   */
  public double gamma(double shape, double scale) {
    if (!(shape > 0.0) || !(scale > 0.0)) {
      throw new IllegalArgumentException("gamma needs shape, scale > 0, got " + shape + ", " + scale);
    }
    if (shape < 1.0) {
      double boost = StrictMath.pow(nextOpenDouble(), 1.0 / shape);
      return gamma(shape + 1.0, scale) * boost;
    }
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / StrictMath.sqrt(9.0 * d);
    while (true) {
      double x;
      double v;
      do {
        x = standardNormal();
        v = 1.0 + c * x;
      } while (v <= 0.0);
      v = v * v * v;
      double u = nextOpenDouble();
      double x2 = x * x;
      if (u < 1.0 - 0.0331 * x2 * x2) {
        return d * v * scale;
      }
      if (StrictMath.log(u) < 0.5 * x2 + d * (1.0 - v + StrictMath.log(v))) {
        return d * v * scale;
      }
    }
  }

  /** A beta variate, as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
  public double beta(double a, double b) {
    double x = gamma(a, 1.0);
    double y = gamma(b, 1.0);
    return x / (x + y);
  }

  /**
   * A Poisson variate: Knuth's product of uniforms below mean 10, else Hörmann's PTRS
   * (transformed rejection with squeeze, "The transformed rejection method for generating Poisson
   * random variables", Insurance: Mathematics and Economics 12, 1993), as in NumPy.
   */
  public long poisson(double mean) {
    if (!(mean >= 0.0) || mean == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("poisson mean must be finite and >= 0, got " + mean);
    }
    if (mean == 0.0) {
      return 0;
    }
    if (mean < POISSON_INVERSION_LIMIT) {
      double limit = StrictMath.exp(-mean);
      long count = 0;
      double product = nextDouble();
      while (product > limit) {
        count++;
        product *= nextDouble();
      }
      return count;
    }
    return poissonPtrs(mean);
  }

  private long poissonPtrs(double lambda) {
    double slam = StrictMath.sqrt(lambda);
    double logLambda = StrictMath.log(lambda);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2.0);
    while (true) {
      double u = nextDouble() - 0.5;
      double v = nextOpenDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) StrictMath.floor((2.0 * a / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      double lhs = StrictMath.log(v) + StrictMath.log(invAlpha) - StrictMath.log(a / (us * us) + b);
      double rhs = -lambda + k * logLambda - logGamma(k + 1.0);
      if (lhs <= rhs) {
        return k;
      }
    }
  }

  /**
   * A binomial variate. Small n·min(p, 1−p) inverts the CDF by recurrence; larger cases shrink n
   * by Beta splitting (Knuth, TAOCP vol. 2, 3.4.1): the a-th smallest of n uniforms is Beta(a,
   * n−a+1), and the count below p then splits into two smaller binomials, one of them known.
   * Exact, and O(log n) beta draws.
   */
  public long binomial(long n, double p) {
    if (n < 0 || !(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("binomial needs n >= 0 and p in [0, 1], got " + n + ", " + p);
    }
    long successes = 0;
    while (n > 0 && p > 0.0 && p < 1.0 && n * Math.min(p, 1.0 - p) >= BINOMIAL_INVERSION_LIMIT) {
      long a = 1 + n / 2;
      long b = n - a + 1;
      double x = beta(a, b);
      if (x >= p) {
        n = a - 1;
        p = p / x;
      } else {
        successes += a;
        n = b - 1;
        p = (p - x) / (1.0 - x);
      }
    }
    if (n == 0 || p == 0.0) {
      return successes;
    }
    if (p == 1.0) {
      return successes + n;
    }
    return successes + (p <= 0.5 ? binomialInversion(n, p) : n - binomialInversion(n, 1.0 - p));
  }

  /** Sequential search over the binomial CDF, p <= 0.5. */
  private long binomialInversion(long n, double p) {
    double q = 1.0 - p;
    double ratio = p / q;
    double a = (n + 1) * ratio;
    double prob = powerOf(q, n);
    double u = nextDouble();
    long x = 0;
    while (u > prob && x < n) {
      u -= prob;
      x++;
      prob *= a / x - ratio;
    }
    return x;
  }

  /**
   * {@code base^exponent} by repeated squaring: a handful of multiplications instead of a general
   * {@code pow} (the binomial inversion's first term, on every prospecting block), and exactly
   * reproducible because IEEE multiplication is.
   */
  static double powerOf(double base, long exponent) {
    double result = 1.0;
    double square = base;
    while (exponent > 0) {
      if ((exponent & 1) != 0) {
        result *= square;
      }
      square *= square;
      exponent >>= 1;
    }
    return result;
  }

  /**
   * log Γ(x) for x >= 1 by the Stirling series after shifting x to at least 7, as in NumPy's
   * {@code random_loggam}; accurate to about 1e-15 where PTRS needs it.
   */
  static double logGamma(double x) {
    if (x == 1.0 || x == 2.0) {
      return 0.0;
    }
    int shift = x < 7.0 ? (int) (7.0 - x) : 0;
    double x0 = x + shift;
    double x2 = 1.0 / (x0 * x0);
    double series = STIRLING[9];
    for (int k = 8; k >= 0; k--) {
      series = series * x2 + STIRLING[k];
    }
    double result =
        series / x0 + 0.5 * LOG_TWO_PI + (x0 - 0.5) * StrictMath.log(x0) - x0;
    for (int k = 1; k <= shift; k++) {
      x0 -= 1.0;
      result -= StrictMath.log(x0);
    }
    return result;
  }

  private static final double LOG_TWO_PI = 1.8378770664093453;
  private static final double[] STIRLING = {
    8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
    -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
    6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
    -1.39243221690590e+00
  };
}
