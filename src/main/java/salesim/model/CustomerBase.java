package salesim.model;

import java.util.Arrays;
import java.util.List;

/**
 * The customers a warm start brings from before its warm-up, contract by contract: what the
 * company already had when the months reported begin. A comparison hands its baseline's base to
 * every other plan ({@link SalesModel#inheritCustomerBase}), so all plans start from the same
 * customers — the company as it stands — and differ only in what they do from then on. Were each
 * plan to build its own, a plan would be credited (or charged) with years of customers it never
 * won: at 480 leads a month a split team started with 10 % less ARR than the mixed team it is
 * compared with, and that, not the plans' months, drove the contribution gap.
 *
 * <p>Immutable.
 */
public final class CustomerBase {

  private final List<String> segments;
  private final int[] segment;
  private final double[] arr;
  private final int[] renewalOffset;

  CustomerBase(List<String> segments, int[] segment, double[] arr, int[] renewalOffset, int count) {
    this.segments = List.copyOf(segments);
    this.segment = Arrays.copyOf(segment, count);
    this.arr = Arrays.copyOf(arr, count);
    this.renewalOffset = Arrays.copyOf(renewalOffset, count);
  }

  /** Whether a plan with these segments (by name, in order) can take this base as its own. */
  boolean fits(List<String> names) {
    return segments.equals(names);
  }

  /** Contracts in the base. */
  public int contracts() {
    return arr.length;
  }

  /** The base's ARR, summed contract by contract. */
  public double arr() {
    double sum = 0.0;
    for (double a : arr) {
      sum += a;
    }
    return sum;
  }

  int segment(int i) {
    return segment[i];
  }

  double arr(int i) {
    return arr[i];
  }

  /** Months from the horizon's start to the contract's first renewal (0-11). */
  int renewalOffset(int i) {
    return renewalOffset[i];
  }
}
