package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import salesim.experiment.MetricSummary;
import salesim.experiment.Recovery;
import salesim.experiment.StressAnalysis;
import salesim.experiment.StressMetric;
import salesim.model.Metric;
import salesim.report.Summary.Stats;

/**
 * The findings of a stress test, in a leadership team's words: what the plan books without a
 * shock, what the hardest and the mildest shock take, which recovers slowest, which shocks the
 * horizon cuts short, whether the worst month loses money, and a bad run under the hardest shock.
 * Which shock is hardest, mildest or slowest is the experiment's analysis ({@link
 * StressAnalysis}); this class only says it. Apart from {@link StressPage} so that the page reads
 * as its parts.
 */
final class StressFindings {

  private StressFindings() {}

  /** The findings, in the order the page lists them. */
  static List<String> of(
      String plan,
      long months,
      String currency,
      List<ShockResult> shocks,
      List<Recovery> recoveries,
      StressAnalysis analysis,
      Stats bookings,
      Stats contribution) {
    ShockResult worst = shocks.get(analysis.worst());
    ShockResult mildest = shocks.get(analysis.mildest());
    ShockResult slowest = shocks.get(analysis.slowest());
    int losing = analysis.losing();
    List<String> findings = new ArrayList<>();
    findings.add(
        String.format(
            Locale.ROOT,
            "Without a shock, %s books %s over %d months on average (nine runs in ten between %s"
                + " and %s) and contributes %s.",
            plan,
            Formats.money(bookings.mean(), currency),
            months,
            Formats.money(bookings.p5(), currency),
            Formats.money(bookings.p95(), currency),
            Formats.money(contribution.mean(), currency)));
    findings.add(lossSentence("The hardest shock is", worst, bookings.mean(), currency));
    if (mildest != worst) {
      findings.add(lossSentence("The mildest is", mildest, bookings.mean(), currency));
    }
    Recovery slow = recoveries.get(analysis.slowest());
    findings.add(recoverySentence(slowest.name(), slow, months));
    List<String> cut = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < shocks.size(); i++) {
      if (!recoveries.get(i).shockEndsBeforeHorizon()) {
        cut.add(shocks.get(i).name());
        ends.add(recoveries.get(i).shockEndMonth());
      }
    }
    if (!cut.isEmpty()) {
      findings.add(
          "Warning: "
              + StressReport.cutShort(cut, ends, months)
              + "; the recovery figures marked "
              + StressPage.CUT
              + " count only what happened by then.");
    }
    findings.add(
        losing == 0
            ? "Under every shock the plan's worst month still has a positive contribution on"
                + " average."
            : String.format(
                Locale.ROOT,
                "Under %s the plan's worst month loses money on average (lowest monthly"
                    + " contribution below zero).",
                losing == shocks.size()
                    ? "all " + shocks.size() + " shocks"
                    : losing + " of the " + shocks.size() + " shocks"));
    findings.add(
        String.format(
            Locale.ROOT,
            "In a bad run (P5) under %s, contribution over the horizon is %s, against %s without a"
                + " shock.",
            worst.name(),
            Formats.money(worst.metric(Metric.CONTRIBUTION).p5(), currency),
            Formats.money(contribution.p5(), currency)));
    return findings;
  }

  private static String lossSentence(
      String lead, ShockResult s, double baseBookings, String currency) {
    MetricSummary lost = s.stress(StressMetric.BOOKINGS_LOST);
    MetricSummary contribution = s.stress(StressMetric.CONTRIBUTION_LOST);
    return String.format(
        Locale.ROOT,
        "%s %s: it takes %s of bookings over the horizon (95 %% CI %s; %s of the no-shock total)"
            + " and %s of contribution.",
        lead,
        s.name(),
        Formats.money(lost.mean(), currency),
        Formats.moneyRange(lost.ci95Low(), lost.ci95High(), currency),
        baseBookings != 0 ? Formats.percent(lost.mean() / baseBookings) : "n/a",
        Formats.money(contribution.mean(), currency));
  }

  /** The finding on the slowest recovery, stated from its share and median. */
  private static String recoverySentence(String shock, Recovery r, long months) {
    String share = Formats.percent(r.share());
    if (!r.medianRunRecovers()) {
      return String.format(
          Locale.ROOT,
          "Recovery is slowest after %s: only %s of runs are back at their pre-shock run rate by"
              + " the end of the %d-month horizon, so recovery is not within the horizon.",
          shock,
          share,
          months);
    }
    return String.format(
        Locale.ROOT,
        "Recovery is slowest after %s: %s of runs are back at their pre-shock run rate within the"
            + " horizon, %s.",
        shock,
        share,
        Double.isNaN(r.medianMonths())
            ? "after a median not recorded in this older output"
            : "after a median of " + Formats.decimals(r.medianMonths(), 0) + " months among them");
  }
}
