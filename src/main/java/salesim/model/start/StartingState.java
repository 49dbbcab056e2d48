package salesim.model.start;

import java.util.List;
import salesim.model.base.Check;

/**
 * A company as it stands when the run starts (DESIGN.md §2, Starting state and calibration): its
 * reps, its open deals, its accounts already customers or resting, and the recurring revenue under
 * contract. Empty lists mean none given: the run then starts warm (its plan simulated first) or
 * empty, as the calendar says. The calibration from a CRM export fills it.
 *
 * @param reps the team, in seat order; when given, its length is the team's size
 * @param deals open opportunities
 * @param accounts per segment, accounts already customers or resting after a "no"
 * @param arr per segment, recurring revenue under contract
 */
public record StartingState(
    List<StartRep> reps, List<StartDeal> deals, List<StartAccounts> accounts, List<StartArr> arr) {

  public StartingState {
    reps = Check.list("reps", reps, 0);
    deals = Check.list("deals", deals, 0);
    accounts = Check.list("accounts", accounts, 0);
    arr = Check.list("arr", arr, 0);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < reps.size(); i++) {
      if (!ids.add(reps.get(i).id())) {
        throw new IllegalArgumentException(
            "reps[" + i + "].id: " + reps.get(i).id() + " is listed twice");
      }
    }
    for (int i = 0; i < deals.size(); i++) {
      String owner = deals.get(i).owner();
      if (deals.get(i).owned() && !ids.contains(owner)) {
        throw new IllegalArgumentException(
            "deals[" + i + "].owner: " + owner + " is not one of start.reps' ids");
      }
    }
  }

  /** Whether the scenario gives a starting state at all. */
  public boolean given() {
    return !reps.isEmpty() || !deals.isEmpty() || !accounts.isEmpty() || !arr.isEmpty();
  }

  /** The seat of the rep with this id (her position in {@link #reps}), or -1. */
  public int seatOf(String id) {
    for (int seat = 0; seat < reps.size(); seat++) {
      if (reps.get(seat).id().equals(id)) {
        return seat;
      }
    }
    return -1;
  }
}
