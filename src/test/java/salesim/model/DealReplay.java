package salesim.model;

import java.util.HashMap;
import java.util.Map;
import salesim.model.base.Source;
import salesim.model.comp.CompPlan;

/**
 * Hears a replication's deals through {@link History} and pays them again from outside the model:
 * each won deal's commission is recomputed from the {@link CompPlan}, the deal's source and value,
 * and what its owner had booked and earned earlier in the same quota period (periods restart at
 * every multiple of {@code periodMonths} and with each new person). Bookings, wins and commission
 * replayed this way must equal the model's own totals.
 */
final class DealReplay implements History {

  private final CompPlan plan;
  private final double daysPerMonth;

  private record Deal(Source source, double value, double openedAt) {}

  private final Map<Long, Deal> open = new HashMap<>();
  private final Map<Long, Integer> owner = new HashMap<>();
  /** Booked and earned this period: person → {period, booked, earned}. */
  private final Map<Integer, double[]> period = new HashMap<>();

  double bookedInbound;
  double bookedOutbound;
  double commission;
  long won;
  long lost;
  /** Deals opened before the cutoff that closed: won, lost (for win-rate oracles). */
  final long[] closedOpenedBefore = new long[2];
  double cutoff = Double.POSITIVE_INFINITY;

  DealReplay(SalesParameters parameters) {
    this.plan = parameters.comp();
    this.daysPerMonth = parameters.calendar().daysPerMonth();
  }

  @Override
  public void opportunityOpened(
      long opportunity, double time, Source source, int segment, double value, int person,
      long lead) {
    open.put(opportunity, new Deal(source, value, time));
    owner.put(opportunity, person);
  }

  @Override
  public void ownerChanged(long opportunity, double time, int person) {
    owner.put(opportunity, person);
  }

  @Override
  public void opportunityClosed(long opportunity, double time, boolean isWon) {
    Deal deal = open.remove(opportunity);
    int person = owner.remove(opportunity);
    if (deal.openedAt() < cutoff) {
      closedOpenedBefore[isWon ? 0 : 1]++;
    }
    if (!isWon) {
      lost++;
      return;
    }
    won++;
    if (deal.source() == Source.INBOUND) {
      bookedInbound += deal.value();
    } else {
      bookedOutbound += deal.value();
    }
    int periodIndex = (int) Math.floor(time / daysPerMonth) / plan.quota().periodMonths();
    double[] state = period.computeIfAbsent(person, p -> new double[] {periodIndex, 0, 0});
    if (state[0] != periodIndex) {
      state[0] = periodIndex;
      state[1] = 0;
      state[2] = 0;
    }
    double pay = plan.commissionOn(deal.source(), deal.value(), state[1], state[2]);
    state[1] += deal.value();
    state[2] += pay;
    commission += pay;
  }
}
