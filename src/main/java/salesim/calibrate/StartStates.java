package salesim.calibrate;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import salesim.crm.Opportunity;
import salesim.crm.StageChange;
import salesim.crm.StageDefinition;
import salesim.crm.User;
import salesim.model.base.Source;
import salesim.model.funnel.Stage;
import salesim.model.market.Segment;
import salesim.model.rep.Role;

/**
 * The company at the as-of date: the reps on the team in seat order (hire date) with their tenure
 * and how far they are ramped; every open deal with its source, segment, stage (one of the
 * calibrated path's stages), working days in that stage, value and owner; and, where accounts
 * have head counts, customers, resting accounts and ARR per segment.
 *
 * <p>Stateless; thread-safe.
 */
final class StartStates {

  private StartStates() {}

  static StartState of(Data d, TeamFit.Team team, List<Segment> segments, List<Stage> inbound,
      List<Stage> outbound, Map<String, Double> ramps) {
    List<StartState.Rep> reps = new ArrayList<>();
    Set<String> onTeam = new HashSet<>();
    double rampStart = d.base.team().rampStart();
    for (User u : team.reps()) {
      Role role = team.roles().get(u.id());
      double tenure = d.badUsers.contains(u.id()) ? d.base.team().initialTenureMonths()
          : ChronoUnit.DAYS.between(u.created().date(), d.options.asOf().plusDays(1)) / 30.4375;
      double ramp = role == Role.INBOUND ? ramps.get("inbound") : role == Role.OUTBOUND
          ? ramps.get("outbound") : (ramps.get("inbound") + ramps.get("outbound")) / 2;
      double share = ramp <= 0 ? 1 : Math.min(1, rampStart + (1 - rampStart) * tenure / ramp);
      reps.add(new StartState.Rep(u.id(), role, PipelineFit.round(tenure, 1),
          PipelineFit.round(share, 3)));
      onTeam.add(u.id());
    }
    Map<String, List<StageChange>> changes = d.h.changesByOpportunity();
    List<StartState.Deal> deals = new ArrayList<>();
    long noValue = 0;
    long unowned = 0;
    for (Opportunity o : d.opportunities.values()) {
      if (o.closed()) {
        continue;
      }
      Source source = d.source.get(o.id());
      List<Stage> path = source == Source.INBOUND ? inbound : outbound;
      String stage = o.stage();
      double since = d.days(o.created());
      for (StageChange c : changes.getOrDefault(o.id(), List.of())) {
        StageDefinition def = d.h.stage(c.stage());
        if (def != null && !def.closed()) {
          if (!c.stage().equals(stage) || since < d.days(c.at())) {
            since = d.days(c.at());
          }
          stage = c.stage();
        }
      }
      String onPath = onPath(d, stage, path);
      if (!onPath.equals(stage)) {
        since = d.days(o.created());
      }
      int segment = d.segmentOf(o.id());
      boolean hasValue = o.amount() != null && o.amount() > 0 && !d.noValue.contains(o.id());
      if (segment < 0) {
        segment = nearest(segments, hasValue ? o.amount() : Double.NaN);
      }
      double value = hasValue ? o.amount() : segments.get(segment).dealValueMean();
      if (!hasValue) {
        noValue++;
      }
      String owner = o.ownerId() != null && onTeam.contains(o.ownerId()) ? o.ownerId() : null;
      if (owner == null) {
        unowned++;
      }
      deals.add(new StartState.Deal(source, segments.get(segment).name(), onPath,
          PipelineFit.round(Math.max(0, d.asOfDays - since), 1), PipelineFit.round(value, 2),
          owner));
    }
    if (noValue > 0) {
      d.extraProblems.add(new Problem("open_deal_without_amount", "open deals without a usable"
          + " amount", noValue, "given their segment's mean value in the starting state"));
    }
    if (unowned > 0) {
      d.extraProblems.add(new Problem("open_deal_owner_gone", "open deals whose owner is not on"
          + " the team at the as-of date", unowned, "owner: null in the starting state"));
    }
    List<StartState.Accounts> accounts = new ArrayList<>();
    List<StartState.Arr> arr = new ArrayList<>();
    if (d.hasSegments()) {
      accounts(d, segments, accounts, arr);
    }
    return new StartState(reps, deals, accounts, arr);
  }

  /** A stage of the path: the deal's own, else the last path stage ordered before it. */
  private static String onPath(Data d, String stage, List<Stage> path) {
    for (Stage s : path) {
      if (s.name().equals(stage)) {
        return stage;
      }
    }
    StageDefinition def = d.h.stage(stage);
    String best = path.get(0).name();
    if (def != null) {
      for (Stage s : path) {
        StageDefinition sd = d.h.stage(s.name());
        if (sd != null && sd.order() <= def.order()) {
          best = s.name();
        }
      }
    }
    return best;
  }

  /** The segment whose mean value is nearest on a log scale; the first without a value. */
  private static int nearest(List<Segment> segments, double value) {
    if (!(value > 0)) {
      return 0;
    }
    int best = 0;
    for (int i = 1; i < segments.size(); i++) {
      if (Math.abs(Math.log(segments.get(i).dealValueMean() / value))
          < Math.abs(Math.log(segments.get(best).dealValueMean() / value))) {
        best = i;
      }
    }
    return best;
  }

  private static void accounts(Data d, List<Segment> segments, List<StartState.Accounts> out,
      List<StartState.Arr> arr) {
    int k = segments.size();
    Map<String, Boolean> won = new HashMap<>();
    Map<String, java.time.LocalDate> lastLoss = new HashMap<>();
    double[] arrSum = new double[k];
    List<Set<String>> arrCustomers = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      arrCustomers.add(new HashSet<>());
    }
    java.time.LocalDate yearAgo = d.options.asOf().minusDays(365);
    java.time.LocalDate restFrom = d.options.asOf().minusDays(
        Math.round(d.base.outbound().restMonths() * 30.4375));
    for (Opportunity o : d.opportunities.values()) {
      if (!o.closed() || o.accountId() == null || o.closeDate() == null
          || d.segmentOf(o.id()) < 0) {
        continue;
      }
      if (o.won()) {
        won.put(o.accountId(), true);
        if (o.closeDate().date().isAfter(yearAgo) && o.amount() != null && o.amount() > 0
            && !d.noValue.contains(o.id())) {
          arrSum[d.segmentOf(o.id())] += o.amount();
          arrCustomers.get(d.segmentOf(o.id())).add(o.accountId());
        }
      } else if (!o.closeDate().date().isBefore(restFrom)) {
        lastLoss.merge(o.accountId(), o.closeDate().date(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    long[] customers = new long[k];
    long[] resting = new long[k];
    for (salesim.crm.Account a : d.h.accounts()) {
      if (a.employees() == null) {
        continue;
      }
      int s = d.segmentation.segment(a.employees());
      if (won.containsKey(a.id())) {
        customers[s]++;
      } else if (lastLoss.containsKey(a.id())) {
        resting[s]++;
      }
    }
    for (int i = 0; i < k; i++) {
      out.add(new StartState.Accounts(segments.get(i).name(), customers[i], resting[i]));
      arr.add(new StartState.Arr(segments.get(i).name(), PipelineFit.round(arrSum[i], 2),
          arrCustomers.get(i).size()));
    }
  }
}
