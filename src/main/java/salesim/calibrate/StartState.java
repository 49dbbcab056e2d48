package salesim.calibrate;

import java.util.List;
import salesim.model.base.Source;
import salesim.model.rep.Role;

/**
 * The company at the as-of date, in the shape of the scenario's {@code start:} key: the team in
 * seat order, the open deals, and (where the export has them) customers and ARR per segment.
 *
 * @param reps the team at as-of, in seat order (hire date)
 * @param deals open opportunities at as-of
 * @param accounts customers and resting accounts per segment; empty without accounts
 * @param arr ARR under contract per segment; empty without accounts
 */
public record StartState(List<Rep> reps, List<Deal> deals, List<Accounts> accounts, List<Arr> arr) {

  public StartState {
    reps = List.copyOf(reps);
    deals = List.copyOf(deals);
    accounts = List.copyOf(accounts);
    arr = List.copyOf(arr);
  }

  /** A rep: pseudonymous id, role, months on the team, and how ramped. */
  public record Rep(String id, Role role, double tenureMonths, double rampedShare) {}

  /**
   * An open deal; {@code owner} is null when its owner has left the team.
   *
   * @param daysInStage working days since it entered its stage
   */
  public record Deal(Source source, String segment, String stage, double daysInStage,
      double value, String owner) {}

  /** Customers and accounts resting after a lost deal, in one segment. */
  public record Accounts(String segment, long customers, long resting) {}

  /** ARR under contract in one segment, and how many customers hold it. */
  public record Arr(String segment, double arr, long customers) {}
}
