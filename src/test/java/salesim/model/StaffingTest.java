package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static salesim.model.Paired.assertPairedAbove;
import static salesim.model.Paired.paired;
import static salesim.model.Paired.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.model.Paired.Measure;
import salesim.kernel.stat.Tally;

/**
 * Staffing that follows the load and managers who react (issue 14): inbound sizing by hiring and
 * by rebalancing, the idle review's head-count cut, a planned headcount step, and a banned mixed
 * team given its prospecting back. Comparisons run both sides on common random numbers and are
 * paired per replication; each asserts a gap of at least three standard errors of the paired
 * difference.
 */
final class StaffingTest {

  private static final int RUNS = 12;

  /**
   * Sizing HIRE: a lead flow growing 5 % a month gets inbound reps hired (after the hiring delay)
   * and its leads answered faster than by the same split team left at its size. HIRE may grow the
   * team only up to management.sizing.maxReps (0 = the start size), so the plan allows 16.
   */
  @Test
  void hire_growingLeads_hiresInboundReps_andAnswersFaster() {
    String[] growing = {
      "calendar.months=18", "inbound.growthPerMonth=0.05", "management.structure=SPLIT",
      "management.inboundReps=4", "management.sizing.maxReps=16"
    };
    List<ReplicationResult> hire =
        Scenarios.run(Scenarios.reference(with(growing, "management.sizing.mode=HIRE")), RUNS);
    List<ReplicationResult> none =
        Scenarios.run(Scenarios.reference(with(growing, "management.sizing.mode=NONE")), RUNS);
    Tally grown = new Tally();
    for (ReplicationResult r : hire) {
      grown.add(repsAt(r, r.months() - 1) - repsAt(r, 0));
    }
    assertThat(grown.mean())
        .as("head count growth %s ± %s", grown.mean(), grown.standardError())
        .isGreaterThan(3 * grown.standardError()).isGreaterThan(0.0);
    assertPairedAbove(hire, none, r -> r.get(Metric.LEADS_ANSWERED_WITHIN_1H_SHARE));
    assertPairedAbove(none, hire, r -> r.get(Metric.MEAN_RESPONSE_HOURS));
  }

  /** Sizing REBALANCE: under a heavy inbound load outbound reps are moved to inbound. */
  @Test
  void rebalance_heavyLoad_movesOutboundRepsToInbound() {
    String[] heavy = {
      "calendar.months=12", "inbound.leadsPerMonth=480", "management.structure=SPLIT",
      "management.inboundReps=4"
    };
    List<ReplicationResult> rebalance =
        Scenarios.run(Scenarios.reference(with(heavy, "management.sizing.mode=REBALANCE")), RUNS);
    List<ReplicationResult> none =
        Scenarios.run(Scenarios.reference(with(heavy, "management.sizing.mode=NONE")), RUNS);
    Tally end = Scenarios.tally(rebalance, Metric.OUTBOUND_REPS_END);
    assertThat(end.max()).as("outbound reps at the end").isLessThan(4.0);
    assertPairedAbove(none, rebalance, r -> r.get(Metric.OUTBOUND_REPS_END));
  }

  /**
   * Idle reaction CUT_HEADCOUNT: a mixed team with no leads that does not mind idling (no loss
   * aversion, no job-security worry) idles past the threshold, and management cuts seats.
   */
  @Test
  void cutHeadcount_noLeads_idleTeamShrinks() {
    String[] idle = {
      "calendar.months=18", "inbound.leadsPerMonth=0", "behaviour.lossAversion=0",
      "behaviour.jobSecurity=0"
    };
    List<ReplicationResult> cut =
        Scenarios.run(
            Scenarios.reference(with(idle, "management.idle.reaction=CUT_HEADCOUNT")), RUNS);
    List<ReplicationResult> keep =
        Scenarios.run(Scenarios.reference(with(idle, "management.idle.reaction=NONE")), RUNS);
    Tally fell = new Tally();
    for (ReplicationResult r : cut) {
      fell.add(repsAt(r, 0) - repsAt(r, r.months() - 1));
    }
    assertThat(fell.mean())
        .as("head count fall %s ± %s", fell.mean(), fell.standardError())
        .isGreaterThan(3 * fell.standardError());
    assertThat(fell.min()).as("smallest fall").isGreaterThan(0.0);
    assertPairedAbove(keep, cut, r -> repsAt(r, r.months() - 1));
  }

  /**
   * team.headcountPlan: a step's reps are the role's target count from its month (not a delta),
   * and its new seats are filled that month — no hiring delay, the plan already allows for
   * recruiting. A split 4+4 team planned to 6 outbound reps from month 6 has two reps more from
   * then on, and none more before.
   */
  @Test
  void headcountPlan_stepShowsInActiveRepsFromItsMonth() {
    String[] split = {
      "calendar.months=12", "management.structure=SPLIT", "management.inboundReps=4",
      "management.sizing.mode=NONE", "management.idle.reaction=NONE"
    };
    List<ReplicationResult> planned =
        Scenarios.run(
            Scenarios.reference(with(split,
                "team.headcountPlan=[{month: 6, role: OUTBOUND, reps: 6, layoffs: false}]")),
            RUNS);
    List<ReplicationResult> flat = Scenarios.run(Scenarios.reference(split), RUNS);
    for (ReplicationResult r : planned) {
      for (int m = 0; m < 6; m++) {
        assertThat(repsAt(r, m)).as("reps in month %s", m).isLessThanOrEqualTo(8.0);
      }
    }
    Tally before = paired(planned, flat, r -> repsAt(r, 5));
    assertThat(Math.abs(before.mean())).as("gap in month 5 %s", before.mean()).isLessThan(0.5);
    for (int m = 6; m < 12; m++) {
      final int month = m;
      Tally gap = paired(planned, flat, r -> repsAt(r, month));
      assertThat(gap.mean())
          .as("gap in month %s: %s (se %s)", m, gap.mean(), gap.standardError())
          .isGreaterThan(1.5)
          .isGreaterThan(3 * gap.standardError());
    }
  }

  /**
   * A mixed team whose results review bans prospecting gets it back when it idles. A stricter
   * payback (3x) makes the ban common within 18 months; with the idle review off the ban stays.
   */
  @Test
  void idleReview_givesABannedMixedTeamItsProspectingBack() {
    String[] strict = {"calendar.months=18", "management.review.resultsPayback=3"};
    SalesParameters p = Scenarios.file("mixed-flat.yaml", strict);
    List<ReplicationResult> restore = Scenarios.run(p, RUNS);
    List<ReplicationResult> none =
        Scenarios.run(
            Scenarios.file("mixed-flat.yaml", with(strict, "management.idle.reaction=NONE")), RUNS);
    Tally restored = Scenarios.tally(restore, Metric.PROSPECTING_RESTORED);
    assertThat(restored.mean())
        .as("prospecting restored %s ± %s", restored.mean(), restored.standardError())
        .isGreaterThan(3 * restored.standardError());
    assertThat(Scenarios.tally(none, Metric.PROSPECTING_RESTORED).max()).isEqualTo(0.0);
    // Every ban is lifted within the idle window, unless the horizon comes first.
    int window = p.management().idle().windowMonths();
    int bans = 0;
    for (ReplicationResult r : restore) {
      int spell = 0;
      for (int m = 0; m < r.months(); m++) {
        if (r.get(MonthlyMetric.OUTBOUND_REPS, m) == 0.0) {
          bans += spell == 0 ? 1 : 0;
          spell++;
          assertThat(spell).as("months banned up to month %s", m).isLessThanOrEqualTo(window);
        } else {
          spell = 0;
        }
      }
    }
    assertThat(bans).as("bans").isPositive();
    assertPairedAbove(none, restore, r -> r.get(Metric.MONTHS_WITHOUT_OUTBOUND));
  }

  // ---------------------------------------------------------------------------------------------


  /** Active reps at the end of month {@code m}. */
  private static double repsAt(ReplicationResult r, int m) {
    return r.get(MonthlyMetric.ACTIVE_REPS, m);
  }



}
