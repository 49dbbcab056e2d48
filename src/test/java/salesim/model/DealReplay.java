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
 * replayed this way must equal the model's own totals (over the reported horizon: a warm-started
 * run's warm-up deals close at negative times).
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
  /** Leads that arrived in a warm-up and were still waiting when the horizon began. */
  long leadsWaitingAtStart;

  private final java.util.Set<Long> waitingBeforeStart = new java.util.HashSet<>();

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
  public void leadArrived(long lead, double time, int segment) {
    if (time < 0) {
      waitingBeforeStart.add(lead);
    }
  }

  @Override
  public void leadAnswered(long lead, double time, int person, boolean qualified) {
    leadLeft(lead, time);
  }

  @Override
  public void leadExpired(long lead, double time) {
    leadLeft(lead, time);
  }

  private void leadLeft(long lead, double time) {
    if (waitingBeforeStart.remove(lead) && time >= 0) {
      leadsWaitingAtStart++;
    }
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
    // A warm-started run reports from time 0: the warm-up's deals (at negative times) pay
    // commission within their quota period but are not the horizon's bookings.
    boolean reported = time >= 0;
    if (!isWon) {
      if (reported) {
        lost++;
      }
      return;
    }
    // floorDiv: warm-up months are negative, and months -1 and 0 are in different periods.
    int periodIndex =
        Math.floorDiv((int) Math.floor(time / daysPerMonth), plan.quota().periodMonths());
    double[] state = period.computeIfAbsent(person, p -> new double[] {periodIndex, 0, 0});
    if (state[0] != periodIndex) {
      state[0] = periodIndex;
      state[1] = 0;
      state[2] = 0;
    }
    double pay = plan.commissionOn(deal.source(), deal.value(), state[1], state[2]);
    state[1] += deal.value();
    state[2] += pay;
    if (!reported) {
      return;
    }
    won++;
    if (deal.source() == Source.INBOUND) {
      bookedInbound += deal.value();
    } else {
      bookedOutbound += deal.value();
    }
    commission += pay;
  }
}
