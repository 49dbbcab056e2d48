package salesim.crm;

import java.util.List;
import salesim.model.SalesParameters;
import salesim.model.market.Segment;

/**
 * Which segment an account is in, by its number of employees: the scenario's segments in order,
 * each from a lower bound. The default bands follow the reference scenario's segments: SMB below
 * 100 employees, mid-market from 100, enterprise from 1,000 (the usual definitions): segment i
 * of any scenario starts at 10^(i + 1) employees, by position, never by name.
 *
 * @param names the segments' names, in the scenario's order
 * @param minEmployees the smallest head count of each segment (the first is 0)
 */
public record Segmentation(List<String> names, List<Double> minEmployees) {

  public Segmentation {
    names = List.copyOf(names);
    minEmployees = List.copyOf(minEmployees);
    if (names.size() != minEmployees.size() || names.isEmpty()) {
      throw new IllegalArgumentException("one lower bound per segment");
    }
  }

  /** The bands for a scenario's segments. */
  public static Segmentation of(SalesParameters p) {
    List<String> names = p.segments().stream().map(Segment::name).toList();
    Double[] bounds = new Double[names.size()];
    for (int i = 0; i < bounds.length; i++) {
      bounds[i] = i == 0 ? 0.0 : Math.pow(10, i + 1);
    }
    return new Segmentation(names, List.of(bounds));
  }

  /** The segment of an account with this many employees. */
  public int segment(double employees) {
    int s = 0;
    for (int i = 1; i < minEmployees.size(); i++) {
      if (employees >= minEmployees.get(i)) {
        s = i;
      }
    }
    return s;
  }

  /** A head count inside a segment's band (for synthetic accounts). */
  public Double employees(int segment) {
    double low = minEmployees.get(segment);
    return segment + 1 < minEmployees.size()
        ? Math.max(1.0, Math.floor((low + minEmployees.get(segment + 1)) / 2))
        : Math.max(1.0, low * 5);
  }
}
