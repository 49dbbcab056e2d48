package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.model.Metric;
import salesim.scenario.ParameterCatalogue;

/**
 * The assumption audit on a pair of plans whose difference is known by construction: OTHER pays no
 * recruiting cost but 10 more per inbound lead. Neither changes what anyone does (both are pure
 * cost lines), so bookings are identical in every run, and the contribution difference is 20,000
 * per hire less 10 per lead: positive with the default attrition, negative without any.
 */
final class AuditTest {

  private static final List<Metric> KEY = List.of(Metric.BOOKINGS_TOTAL, Metric.CONTRIBUTION);

  @TempDir Path tmp;

  private static LeverPlan plan() {
    return CheaperHires.plan();
  }


  private static Attribution main(LeverPlan plan, long runs) {
    Attribution a = Attribution.of(plan.design(), KEY);
    ReplicationEngine.threads(2)
        .run(plan.variants().stream().map(Variant::parameters).toList(), 1, 0, runs, a::add);
    return a;
  }

  private static List<Audit.Setting> settings(LeverPlan plan, List<Audit.Skip> skipped) {
    return Audit.settings(
        ParameterCatalogue.load(),
        plan,
        List.of("team.attritionPerYear.mixed=0..0.9", "finance.grossMargin"),
        skipped);
  }

  @Test
  void aPlantedAssumptionThatFlipsTheFinding_isFlagged_andOneThatDoesNot_passes() {
    LeverPlan plan = plan();
    Attribution main = main(plan, 40);
    assertThat(main.total(Metric.CONTRIBUTION).clearSign()).isEqualTo(1);
    assertThat(main.total(Metric.BOOKINGS_TOTAL).mean()).isZero();
    List<Audit.Skip> skipped = new ArrayList<>();
    Audit audit =
        new Audit(
            plan, Audit.Mode.QUICK, 30, 1, ReplicationEngine.threads(2), KEY, null, "k", d -> {});
    Audit.Result result = audit.run(settings(plan, skipped), main);

    Audit.Finding bookings = result.findings().get(0);
    assertThat(bookings.metric()).isEqualTo(Metric.BOOKINGS_TOTAL);
    assertThat(bookings.reads()).isEqualTo("level");
    assertThat(bookings.holds()).isTrue();

    Audit.Finding contribution = result.findings().get(1);
    assertThat(contribution.reads()).isEqualTo("positive");
    assertThat(contribution.changes()).hasSize(1);
    Audit.Change change = contribution.changes().get(0);
    // With no attrition there is no hire to save on: the difference is −10 per lead, reversed.
    assertThat(change.path()).isEqualTo("team.attritionPerYear.mixed");
    assertThat(change.end()).isEqualTo("low");
    assertThat(change.value()).isZero();
    assertThat(change.verdict()).isEqualTo(Audit.Verdict.REVERSES);
    assertThat(change.becomes()).isEqualTo("negative");
    // The search brackets the turn between the plans' 30 % and none, nearer none.
    assertThat(change.holdsTo()).isBetween(0.0, 0.3);
    assertThat(change.turnsBy()).isBetween(0.0, change.holdsTo());
    assertThat(result.points())
        .filteredOn(p -> p.role().equals("search"))
        .hasSize(Audit.SEARCH_STEPS);
    // The gross margin scales bookings, which are the same in both plans: it changes nothing.
    assertThat(contribution.changes()).noneMatch(c -> c.path().equals("finance.grossMargin"));
  }

  /** A quick audit of ten runs per point, checkpointed to {@code checkpoint} (null: none). */
  private static Audit quick(LeverPlan plan, Path checkpoint, String key, Audit.Listener listener) {
    return new Audit(
        plan,
        Audit.Mode.QUICK,
        10,
        1,
        ReplicationEngine.threads(2),
        KEY,
        checkpoint,
        key,
        listener);
  }

  @Test
  void anInterruptedAudit_resumesFromItsCheckpoint_toTheSameResult() {
    LeverPlan plan = plan();
    Attribution main = main(plan, 20);
    List<Audit.Setting> settings = settings(plan, new ArrayList<>());
    Audit.Result whole = quick(plan, null, "k", d -> {}).run(settings, main);
    Path checkpoint = tmp.resolve("audit.bin");
    Audit.Listener interrupt =
        d -> {
          if (d == 25) {
            throw new IllegalStateException("interrupted");
          }
        };
    assertThatThrownBy(() -> quick(plan, checkpoint, "k", interrupt).run(settings, main))
        .hasMessage("interrupted");
    long[] rerun = {0};
    Audit resumed = quick(plan, checkpoint, "k", d -> rerun[0]++);
    // Two points of ten runs were saved; the third is run again from its start.
    assertThat(resumed.replicated()).isEqualTo(20);
    assertThat(resumed.run(settings, main)).isEqualTo(whole);
    assertThat(rerun[0]).isEqualTo(whole.points().size() * 10L - 20);
    assertThatThrownBy(() -> quick(plan, checkpoint, "another", d -> {}))
        .hasMessageContaining("another experiment");
  }

  @Test
  void theLeversOwnSettings_areNotAudited_andUnknownPathsNeedARange() {
    LeverPlan plan = plan();
    List<Audit.Skip> skipped = new ArrayList<>();
    List<Audit.Setting> all = Audit.settings(ParameterCatalogue.load(), plan, List.of(), skipped);
    assertThat(all)
        .extracting(Audit.Setting::path)
        .doesNotContain("team.hiringCost", "inbound.costPerLead");
    assertThat(skipped)
        .anyMatch(s -> s.path().equals("team.hiringCost") && s.reason().contains("lever staffing"));
    assertThat(all).hasSizeGreaterThan(50);
    assertThatThrownBy(
            () -> Audit.settings(ParameterCatalogue.load(), plan, List.of("team.reps"), skipped))
        .hasMessageContaining("team.reps=LOW..HIGH");
    assertThatThrownBy(
            () ->
                Audit.settings(ParameterCatalogue.load(), plan, List.of("team.reps=9..x"), skipped))
        .hasMessageContaining("expected a range LOW..HIGH");
  }
}
