package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static salesim.model.Paired.assertPairedAbove;
import static salesim.model.Paired.paired;
import static salesim.model.Paired.with;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import salesim.model.Paired.Measure;
import salesim.kernel.stat.Tally;
import salesim.model.base.Source;
import salesim.model.comp.CompPlan;
import salesim.model.rep.Role;

/**
 * PARAMETERS.md (b) facts 9, 11, 13 and 14: how bookings and pay go up and down — over the sales
 * cycle, between reps, across quarters and through recessions. As in {@link StylizedFactsTest},
 * comparisons run both sides on common random numbers (seed 7, the same replications), are
 * paired per replication and assert a gap of at least three standard errors of the paired
 * difference; a single mean is held to the published range itself. The company starts warm (as
 * reference.yaml ships it): these facts are about a company in its normal run, not one filling an
 * empty pipeline. Each rep keeps her seat (no staffing reviews, no reaction to idle time), so a
 * difference comes from the structure and the market, not from managers moving people.
 */
final class FluctuationFactsTest {

  private static final int RUNS = 24;
  /** The 2009-against-2020 contrast is a difference of paired differences: more runs. */
  private static final int RUNS_SHOCKS = 40;
  /** Months in a seat before a rep's income counts: ramp, a first meeting and a first cycle. */
  private static final int SETTLE_MONTHS = 6;
  /** Shock start of both shock files. */
  private static final int SHOCK_START = 12;
  /** Trailing months compared (as the stress report's run rate). */
  private static final int TRAILING = 3;
  private static final String WARM = "calendar.warmStart=true";
  private static final String[] SEATS_STAY = {
    WARM, "management.sizing.mode=NONE", "management.idle.reaction=NONE"
  };

  /**
   * Fact 9: specialised prospecting lowers the coefficient of variation of monthly bookings
   * against a full-cycle mixed team. No reviews, and outbound deals pay 3x, so the mixed team
   * prospects for real (45 % of its hours, more than the split team's 30 %).
   */
  @Disabled(
      "Not reproduced: CV of monthly bookings, full-cycle mixed 0.401, split 0.389, paired gap"
          + " 0.012 ± 0.016 (needs 3 SE; the mixed team prospects 45 % of its hours). The model's"
          + " split is not specialised prospecting: its outbound reps work their own deals to the"
          + " close (no SDR hands meetings to a closer), so its hunters are full-cycle reps too.")
  @Test
  void fact9_specialisedProspecting_steadiesMonthlyBookings() {
    String[] plan = with(SEATS_STAY, "calendar.months=24", "management.review.kpi=NONE");
    List<ReplicationResult> fullCycle =
        Scenarios.run(Scenarios.file("mixed-weighted.yaml", plan), RUNS);
    List<ReplicationResult> split =
        Scenarios.run(Scenarios.file("split-weighted.yaml", plan), RUNS);
    assertThat(Scenarios.tally(fullCycle, Metric.OUTBOUND_HOURS_SHARE).mean())
        .as("the mixed team prospects")
        .isGreaterThan(0.3);
    assertPairedAbove(fullCycle, split, r -> r.get(Metric.BOOKINGS_MONTHLY_CV));
  }

  /**
   * Fact 11: in a normal year about half to two thirds of ramped reps make quota (CSO Insights
   * 58.8 %); a 2009-type recession takes several points off (58.8 % to 51.8 %). The share counts
   * ramped rep-quarters. The drop's size is ShockCalibrationTest's range for the same shock.
   */
  @Test
  void fact11_normalYear_halfToTwoThirdsOfRepsMakeQuota_a2009ShockLowersIt() {
    // Warm, as shipped: from an empty pipeline the first quarter is no normal one (cold, the share
    // is about 0.50).
    List<ReplicationResult> normal = Scenarios.run(Scenarios.file("reference.yaml", WARM), RUNS);
    List<ReplicationResult> recession =
        Scenarios.run(Scenarios.file("shocks/gfc-2009-like.yaml", WARM), RUNS);
    Tally share = Scenarios.tally(normal, Metric.QUOTA_ATTAINMENT_SHARE);
    assertThat(share.mean())
        .as("reps at quota in a normal year %s ± %s", share.mean(), share.standardError())
        .isBetween(0.50, 0.65);
    Tally drop = paired(normal, recession, r -> r.get(Metric.QUOTA_ATTAINMENT_SHARE));
    assertThat(drop.mean())
        .as("points lost to the recession %s ± %s", drop.mean(), drop.standardError())
        .isGreaterThan(3 * drop.standardError())
        .isBetween(0.03, 0.12);
  }

  /**
   * Fact 13: an outbound rep's monthly commission swings more than an inbound rep's (fewer,
   * later, lumpier wins). Each rep's own income: every won deal is paid again from outside the
   * model, as {@link DealReplay} does, and booked to its owner's month. A rep's months count from
   * six months after she took her seat (ramp, first meetings, a first cycle) until she leaves;
   * her coefficient of variation is over those months if there are at least twelve, and each
   * role's is the mean over its reps. The split team is on default pay.
   */
  @Test
  void fact13_anOutboundRepsIncome_isRiskierThanAnInboundReps() {
    SalesParameters p =
        Scenarios.reference(
            with(SEATS_STAY, "calendar.months=24", "management.structure=SPLIT",
                "management.inboundReps=4"));
    Tally gap = new Tally();
    for (int r = 0; r < RUNS; r++) {
      SalesModel model = new SalesModel(p, 7, r);
      RepIncome income = new RepIncome(p);
      model.setHistory(income);
      ReplicationResult result = model.run();
      assertThat(income.total())
          .as("replayed commission is the model's")
          .isCloseTo(result.get(Metric.COMMISSION_TOTAL), within(1e-6 * income.total()));
      Tally hunters = income.variation(Role.OUTBOUND, SETTLE_MONTHS, 12);
      Tally closers = income.variation(Role.INBOUND, SETTLE_MONTHS, 12);
      // Attrition can leave a role without a rep who stayed a year (rarely, with four per role).
      if (hunters.count() > 0 && closers.count() > 0) {
        gap.add(hunters.mean() - closers.mean());
      }
    }
    assertThat(gap.count()).as("replications with reps in both roles").isGreaterThan(RUNS * 3 / 4);
    assertThat(gap.mean())
        .as("CV of monthly commission, outbound - inbound %s ± %s",
            gap.mean(), gap.standardError())
        .isGreaterThan(3 * gap.standardError());
  }

  /**
   * Fact 14: under the 2009-type shock a team that keeps its funded outbound seats (split, four
   * of eight prospect) regains its monthly bookings sooner than an inbound-only team (split with
   * all eight seats on inbound); under the 2020-type shock, which also cuts outbound reply rates,
   * that advantage shrinks (the fact allows it to flip). Recovery is measured against each run's
   * twin without the shock (common random numbers: the same company, what it would have booked):
   * the months from the shock's start in which the trailing three months' bookings were below the
   * twin's. A later recovery is more months short; a single first-passage month would mostly
   * measure monthly noise, since the 2009 file leaves 20 % of the shock in place at the horizon.
   */
  @Test
  void fact14_keepingOutbound_shortensA2009Recovery_notA2020One() {
    String[] team = with(SEATS_STAY, "management.structure=SPLIT");
    String[] split = with(team, "management.inboundReps=4");
    String[] inboundOnly = with(team, "management.inboundReps=8");
    int runs = RUNS_SHOCKS;
    List<ReplicationResult> splitCalm = Scenarios.run(Scenarios.reference(split), runs);
    List<ReplicationResult> inboundCalm = Scenarios.run(Scenarios.reference(inboundOnly), runs);
    String[] shocks = {"shocks/gfc-2009-like.yaml", "shocks/covid-2020-like.yaml"};
    double[][] advantage = new double[shocks.length][runs];
    for (int k = 0; k < shocks.length; k++) {
      List<ReplicationResult> s = Scenarios.run(Scenarios.file(shocks[k], split), runs);
      List<ReplicationResult> i = Scenarios.run(Scenarios.file(shocks[k], inboundOnly), runs);
      for (int r = 0; r < runs; r++) {
        advantage[k][r] =
            monthsShort(i.get(r), inboundCalm.get(r)) - monthsShort(s.get(r), splitCalm.get(r));
      }
    }
    Tally gfc = new Tally();
    Tally shrink = new Tally();
    for (int r = 0; r < runs; r++) {
      gfc.add(advantage[0][r]);
      shrink.add(advantage[0][r] - advantage[1][r]);
    }
    assertThat(gfc.mean())
        .as("2009: months fewer short of the twin, split vs inbound-only %s ± %s",
            gfc.mean(), gfc.standardError())
        .isGreaterThan(3 * gfc.standardError());
    // 2020: the ranking is not hard-wired; the advantage is smaller than in 2009.
    assertThat(shrink.mean())
        .as("advantage 2009 - advantage 2020 %s ± %s", shrink.mean(), shrink.standardError())
        .isGreaterThan(3 * shrink.standardError());
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Months from the shock's start to the horizon whose trailing {@link #TRAILING} months booked
   * less than the same months of the run without the shock.
   */
  private static int monthsShort(ReplicationResult shocked, ReplicationResult calm) {
    int months = 0;
    for (int m = SHOCK_START + TRAILING - 1; m < shocked.months(); m++) {
      double booked = 0;
      double twin = 0;
      for (int k = m - TRAILING + 1; k <= m; k++) {
        booked += shocked.get(MonthlyMetric.BOOKINGS_TOTAL, k);
        twin += calm.get(MonthlyMetric.BOOKINGS_TOTAL, k);
      }
      if (booked < twin) {
        months++;
      }
    }
    return months;
  }

  /**
   * Each person's commission by month, replayed from the deals she won (as {@link DealReplay}:
   * the plan applied to the deal's source and value, with what its owner booked and earned earlier
   * in the quota period); and when she took her seat (or her current role) and when she left.
   */
  private static final class RepIncome implements History {

    private record Deal(Source source, double value) {}

    private final CompPlan plan;
    private final double daysPerMonth;
    private final int months;
    private final Map<Long, Deal> open = new HashMap<>();
    private final Map<Long, Integer> owner = new HashMap<>();
    /** Person → {period, booked, earned}. */
    private final Map<Integer, double[]> period = new HashMap<>();
    private final Map<Integer, double[]> monthly = new HashMap<>();
    private final Map<Integer, Role> role = new HashMap<>();
    /** Person → when she took her seat or her current role. */
    private final Map<Integer, Double> since = new HashMap<>();
    private final Map<Integer, Double> left = new HashMap<>();

    RepIncome(SalesParameters p) {
      this.plan = p.comp();
      this.daysPerMonth = p.calendar().daysPerMonth();
      this.months = p.calendar().months();
    }

    @Override
    public void repHired(int person, int seat, double time, Role r) {
      role.put(person, r);
      since.put(person, time);
    }

    @Override
    public void roleChanged(int person, double time, Role r) {
      role.put(person, r);
      since.put(person, time);
    }

    @Override
    public void repLeft(int person, double time) {
      left.put(person, time);
    }

    @Override
    public void opportunityOpened(
        long opportunity, double time, Source source, int segment, double value, int person,
        long lead) {
      open.put(opportunity, new Deal(source, value));
      owner.put(opportunity, person);
    }

    @Override
    public void ownerChanged(long opportunity, double time, int person) {
      owner.put(opportunity, person);
    }

    @Override
    public void opportunityClosed(long opportunity, double time, boolean won) {
      Deal deal = open.remove(opportunity);
      int person = owner.remove(opportunity);
      if (!won) {
        return;
      }
      int month = (int) Math.floor(time / daysPerMonth);
      int periodIndex = Math.floorDiv(month, plan.quota().periodMonths());
      double[] state = period.computeIfAbsent(person, q -> new double[] {periodIndex, 0, 0});
      if (state[0] != periodIndex) {
        state[0] = periodIndex;
        state[1] = 0;
        state[2] = 0;
      }
      double pay = plan.commissionOn(deal.source(), deal.value(), state[1], state[2]);
      state[1] += deal.value();
      state[2] += pay;
      if (month >= 0 && month < months) {
        monthly.computeIfAbsent(person, q -> new double[months])[month] += pay;
      }
    }

    /** Commission paid over the horizon. */
    double total() {
      double sum = 0;
      for (double[] m : monthly.values()) {
        for (double x : m) {
          sum += x;
        }
      }
      return sum;
    }

    /**
     * The coefficient of variation of monthly commission of each rep in {@code wanted}, over the
     * whole months of the horizon she spent in the role from {@code settle} months after taking it
     * until she left; reps with fewer than {@code least} such months, or who earned nothing in
     * them (no variation to speak of), are left out.
     */
    Tally variation(Role wanted, int settle, int least) {
      Tally cv = new Tally();
      for (Map.Entry<Integer, Role> e : role.entrySet()) {
        int person = e.getKey();
        if (e.getValue() != wanted) {
          continue;
        }
        int from = Math.max(0, (int) Math.ceil(since.get(person) / daysPerMonth) + settle);
        int to =
            left.containsKey(person) ? (int) Math.floor(left.get(person) / daysPerMonth) : months;
        if (to - from < least) {
          continue;
        }
        double[] paid = monthly.getOrDefault(person, new double[months]);
        Tally month = new Tally();
        for (int m = from; m < to; m++) {
          month.add(paid[m]);
        }
        if (month.mean() > 0) {
          cv.add(month.standardDeviation() / month.mean());
        }
      }
      return cv;
    }
  }




}
