package salesim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.kernel.random.Purpose;
import salesim.kernel.random.RandomStream;
import salesim.kernel.random.RandomStreams;

/**
 * Which combinations of levers an explanation runs, and how each lever's share of the difference is
 * read off them (issue 16). A combination is a set of levers switched from the first plan (BASE) to
 * the second (OTHER); variant 0 is none of them (BASE) and variant 1 all of them (OTHER), then the
 * others by size.
 *
 * <ul>
 *   <li>{@link Method#FACTORIAL}: every combination (2^L). Each lever's share is its Shapley value,
 *       φ_i = Σ_S |S|!(L−|S|−1)!/L! · (v(S ∪ i) − v(S)): its marginal effect averaged over the
 *       orders in which the levers could be switched. The two-way interactions are the Shapley
 *       interaction index (Grabisch 1997), I_ij = Σ_S |S|!(L−|S|−2)!/(L−1)! · (v(S ∪ ij) − v(S ∪ i)
 *       − v(S ∪ j) + v(S)), S ⊆ N∖{i, j}: how much more (or less) i and j give together than apart,
 *       averaged the same way.
 *   <li>{@link Method#SHAPLEY}: for more levers, the combinations along a sample of orderings
 *       (Castro, Gómez and Tejada 2009). Orderings come in antithetic pairs, each with its reverse,
 *       so that for effects with at most pairwise interactions every pair gives the exact Shapley
 *       value; a pair is the unit whose spread estimates the error of sampling orderings. When the
 *       sample would hold every ordering, every ordering is used and the value is exact.
 * </ul>
 *
 * Shares add up to v(OTHER) − v(BASE) exactly under either method (efficiency of the Shapley value;
 * for orderings, each ordering's marginal effects telescope).
 *
 * <p>Immutable.
 */
public final class LeverDesign {

  /** How combinations are chosen. */
  public enum Method {
    /** Every combination: exact Shapley values and interactions. */
    FACTORIAL("factorial"),
    /** The combinations along sampled orderings: estimated Shapley values. */
    SHAPLEY("shapley_sampled");

    private final String key;

    Method(String key) {
      this.key = key;
    }

    /** The word summary.json uses. */
    public String key() {
      return key;
    }
  }

  /** The most levers a full factorial runs by default (2^5 = 32 combinations). */
  public static final int MAX_FACTORIAL_LEVERS = 5;

  /** The most levers a factorial may have at all (its weights stay exact in a long). */
  public static final int MAX_LEVERS_FACTORIAL_ANY = 16;

  /** The most levers any design may have (one bit each). */
  public static final int MAX_LEVERS = 62;

  /** The stream the orderings are drawn from: its id is kept apart from the model's. */
  enum Streams implements Purpose {
    LEVER_ORDERINGS(1001);

    private final int id;

    Streams(int id) {
      this.id = id;
    }

    @Override
    public int id() {
      return id;
    }
  }

  private final List<Lever> levers;
  private final Method method;
  private final List<int[]> orderings;
  private final boolean exhaustive;
  private final long[] subsets;
  private final Map<Long, Integer> index;
  private final LinearEstimate total;
  private final LinearEstimate[] shares;
  private final LinearEstimate[] interactions;
  private final int[][] pairs;
  private final LinearEstimate[][] units;

  private LeverDesign(
      List<Lever> levers, Method method, List<int[]> orderings, boolean exhaustive) {
    this.levers = List.copyOf(levers);
    this.method = method;
    this.orderings = orderings.stream().map(int[]::clone).toList();
    this.exhaustive = exhaustive;
    int l = levers.size();
    List<Long> masks = new ArrayList<>();
    long full = l == 0 ? 0 : (l == 64 ? -1L : (1L << l) - 1);
    if (method == Method.FACTORIAL) {
      for (long m = 0; m <= full; m++) {
        masks.add(m);
      }
    } else {
      masks.add(0L);
      for (int[] ordering : orderings) {
        long m = 0;
        for (int lever : ordering) {
          m |= 1L << lever;
          masks.add(m);
        }
      }
    }
    // BASE first, OTHER second, then by size and value: the order is the variants' order.
    List<Long> distinct = new ArrayList<>(new java.util.TreeSet<>(masks));
    distinct.sort(
        Comparator.comparingInt((Long m) -> m == 0 ? -2 : m == full ? -1 : Long.bitCount(m))
            .thenComparingLong(m -> m));
    this.subsets = distinct.stream().mapToLong(Long::longValue).toArray();
    this.index = new LinkedHashMap<>();
    for (int v = 0; v < subsets.length; v++) {
      index.put(subsets[v], v);
    }
    this.total = new LinearEstimate.Builder().add(variant(full), 1).add(variant(0), -1).over(1);
    this.shares = new LinearEstimate[l];
    if (method == Method.FACTORIAL) {
      long lFactorial = factorial(l);
      for (int i = 0; i < l; i++) {
        LinearEstimate.Builder b = new LinearEstimate.Builder();
        for (long s = 0; s <= full; s++) {
          if ((s & (1L << i)) == 0) {
            long c = factorial(Long.bitCount(s)) * factorial(l - Long.bitCount(s) - 1);
            b.add(variant(s | (1L << i)), c).add(variant(s), -c);
          }
        }
        shares[i] = b.over(lFactorial);
      }
      int count = l * (l - 1) / 2;
      this.pairs = new int[count][];
      this.interactions = new LinearEstimate[count];
      int k = 0;
      for (int i = 0; i < l; i++) {
        for (int j = i + 1; j < l; j++) {
          LinearEstimate.Builder b = new LinearEstimate.Builder();
          long both = (1L << i) | (1L << j);
          for (long s = 0; s <= full; s++) {
            if ((s & both) == 0) {
              long c = factorial(Long.bitCount(s)) * factorial(l - Long.bitCount(s) - 2);
              b.add(variant(s | both), c)
                  .add(variant(s | (1L << i)), -c)
                  .add(variant(s | (1L << j)), -c)
                  .add(variant(s), c);
            }
          }
          pairs[k] = new int[] {i, j};
          interactions[k++] = b.over(factorial(l - 1));
        }
      }
      this.units = new LinearEstimate[0][];
    } else {
      for (int i = 0; i < l; i++) {
        shares[i] = alongOrderings(orderings, i);
      }
      this.pairs = new int[0][];
      this.interactions = new LinearEstimate[0];
      if (exhaustive) {
        this.units = new LinearEstimate[0][];
      } else {
        int u = orderings.size() / 2;
        this.units = new LinearEstimate[u][l];
        for (int p = 0; p < u; p++) {
          List<int[]> pair = orderings.subList(2 * p, 2 * p + 2);
          for (int i = 0; i < l; i++) {
            units[p][i] = alongOrderings(pair, i);
          }
        }
      }
    }
  }

  /** Lever {@code i}'s marginal effects along the orderings, averaged over them. */
  private LinearEstimate alongOrderings(List<int[]> along, int i) {
    LinearEstimate.Builder b = new LinearEstimate.Builder();
    for (int[] ordering : along) {
      long before = 0;
      for (int lever : ordering) {
        if (lever == i) {
          b.add(variant(before | (1L << i)), 1).add(variant(before), -1);
          break;
        }
        before |= 1L << lever;
      }
    }
    return b.over(along.size());
  }

  /** Every combination of the levers. */
  public static LeverDesign factorial(List<Lever> levers) {
    if (levers.size() > MAX_LEVERS_FACTORIAL_ANY) {
      throw new IllegalArgumentException(
          "a full factorial of "
              + levers.size()
              + " levers would run 2^"
              + levers.size()
              + " combinations; at most "
              + MAX_LEVERS_FACTORIAL_ANY
              + " levers");
    }
    return new LeverDesign(levers, Method.FACTORIAL, List.of(), true);
  }

  /**
   * The combinations along {@code orderings} orderings (an even number, at least 4), drawn from
   * {@code seed} in antithetic pairs; every ordering if there are no more than that.
   */
  public static LeverDesign shapley(List<Lever> levers, int orderings, long seed) {
    int l = levers.size();
    if (l > MAX_LEVERS) {
      throw new IllegalArgumentException("at most " + MAX_LEVERS + " levers (got " + l + ")");
    }
    if (orderings < 4 || orderings % 2 != 0) {
      throw new IllegalArgumentException(
          "orderings come in pairs (each with its reverse): an even number, at least 4 (got "
              + orderings
              + ")");
    }
    if (l <= 12 && factorial(l) <= orderings) {
      return new LeverDesign(levers, Method.SHAPLEY, permutations(l), true);
    }
    RandomStream stream = RandomStreams.of(seed, 0).stream(Streams.LEVER_ORDERINGS);
    List<int[]> drawn = new ArrayList<>();
    while (drawn.size() < orderings) {
      int[] p = new int[l];
      for (int i = 0; i < l; i++) {
        p[i] = i;
      }
      for (int i = l - 1; i > 0; i--) {
        int j = stream.nextInt(i + 1);
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
      }
      int[] reverse = new int[l];
      for (int i = 0; i < l; i++) {
        reverse[i] = p[l - 1 - i];
      }
      boolean fresh = true;
      for (int[] q : drawn) {
        fresh &= !Arrays.equals(q, p) && !Arrays.equals(q, reverse);
      }
      if (fresh) {
        drawn.add(p);
        drawn.add(reverse);
      }
    }
    return new LeverDesign(levers, Method.SHAPLEY, drawn, false);
  }

  /**
   * The design issue 16 asks for: the full factorial up to {@link #MAX_FACTORIAL_LEVERS} levers,
   * sampled orderings beyond — unless the orderings would need as many combinations as the
   * factorial, which then runs instead (exact, and no dearer).
   */
  public static LeverDesign auto(List<Lever> levers, int orderings, long seed) {
    if (levers.size() <= MAX_FACTORIAL_LEVERS) {
      return factorial(levers);
    }
    LeverDesign sampled = shapley(levers, orderings, seed);
    // Sampling pays only when it runs fewer combinations than there are: with 6 or 7 levers and
    // 20 orderings it would not, and the factorial is exact.
    return levers.size() <= MAX_LEVERS_FACTORIAL_ANY && sampled.variants() >= (1L << levers.size())
        ? factorial(levers)
        : sampled;
  }

  /** Every ordering of {@code l} levers, in lexicographic order. */
  private static List<int[]> permutations(int l) {
    List<int[]> out = new ArrayList<>();
    permute(new int[l], new boolean[l], 0, out);
    return out;
  }

  private static void permute(int[] current, boolean[] used, int depth, List<int[]> out) {
    if (depth == current.length) {
      out.add(current.clone());
      return;
    }
    for (int i = 0; i < current.length; i++) {
      if (!used[i]) {
        used[i] = true;
        current[depth] = i;
        permute(current, used, depth + 1, out);
        used[i] = false;
      }
    }
  }

  private static long factorial(int n) {
    long f = 1;
    for (int i = 2; i <= n; i++) {
      f = Math.multiplyExact(f, i);
    }
    return f;
  }

  /** The levers, in order. */
  public List<Lever> levers() {
    return levers;
  }

  /** How the combinations were chosen. */
  public Method method() {
    return method;
  }

  /**
   * The orderings a sampled design follows (empty for a factorial), each a list of lever indices.
   */
  public List<int[]> orderings() {
    return orderings.stream().map(int[]::clone).toList();
  }

  /** Whether every ordering (or every combination) is used: the shares carry no sampling error. */
  public boolean exhaustive() {
    return exhaustive;
  }

  /** The number of variants (combinations) to run. */
  public int variants() {
    return subsets.length;
  }

  /** The levers switched in variant {@code v}, as a bit set over lever indices. */
  public long subset(int v) {
    return subsets[v];
  }

  /** The indices of the levers switched in variant {@code v}, ascending. */
  public List<Integer> leversOf(int v) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < levers.size(); i++) {
      if ((subsets[v] & (1L << i)) != 0) {
        out.add(i);
      }
    }
    return out;
  }

  /** The variant that switches exactly the levers of {@code mask}. */
  int variant(long mask) {
    Integer v = index.get(mask);
    if (v == null) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "the design does not run the combination %x", mask));
    }
    return v;
  }

  /** v(OTHER) − v(BASE). */
  LinearEstimate total() {
    return total;
  }

  /** Lever {@code i}'s share. */
  LinearEstimate share(int i) {
    return shares[i];
  }

  /** The pairs of levers with an interaction estimate (factorial designs only), as index pairs. */
  public List<int[]> pairs() {
    return Arrays.stream(pairs).map(int[]::clone).toList();
  }

  /** The interaction of pair {@code k} of {@link #pairs()}. */
  LinearEstimate interaction(int k) {
    return interactions[k];
  }

  /** The antithetic pairs of orderings of a sampled design (0 when exhaustive or a factorial). */
  int units() {
    return units.length;
  }

  /** Lever {@code i}'s share along unit {@code u}'s two orderings alone. */
  LinearEstimate unitShare(int u, int i) {
    return units[u][i];
  }
}
