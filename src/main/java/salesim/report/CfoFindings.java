package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.HirePayback;
import salesim.experiment.PairedDifference;
import salesim.model.Metric;
import salesim.report.CfoPage.Plan;
import salesim.report.Summary.Stats;
import salesim.report.chart.MonthlyTable;

/**
 * The findings of the CFO's page of a run or a comparison, in the words a CFO reads: where ARR
 * ends and from where, what selling cost and how fast it pays back, how much of the value at the
 * horizon is still expected, and what an outbound hire pays back. Apart from {@link CfoPage}
 * because the sentences are most of the page's text and change for their own reasons; a stress
 * test's findings ({@link CfoShockFindings}) reuse the hire payback sentence.
 */
final class CfoFindings {

  private CfoFindings() {}

  /** The findings of a run (one plan) or a comparison (the first plan is the baseline). */
  static List<String> forComparison(
      List<Plan> plans,
      List<PlanBlock> blocks,
      Map<String, Map<String, PairedDifference>> paired,
      MonthlyTable monthly,
      String currency,
      String span) {
    boolean compare = plans.size() > 1;
    List<String> findings = new ArrayList<>();
    if (compare) {
      Plan base = plans.get(0);
      findings.add(levels(plans, currency, span));
      for (Plan other : plans.subList(1, plans.size())) {
        Map<String, PairedDifference> d = paired.get(other.name());
        PlanBlock o = blocks.get(plans.indexOf(other));
        PlanBlock b = blocks.get(0);
        findings.add(
            CompareFindings.relativeSentence(
                o, b, Metric.ARR_END, d, "ends with", "more ARR", "less ARR", "", "ahead"));
        findings.add(
            levelSentence(
                "CAC payback", other, base, Metric.CAC_PAYBACK_MONTHS, d, "longer", "shorter",
                currency));
        findings.add(
            CompareFindings.relativeSentence(
                o, b, Metric.TOTAL_VALUE, d, "is worth", "more", "less", " at the horizon",
                "ahead"));
      }
    } else {
      findings.addAll(runFindings(plans.get(0), currency, span));
    }
    findings.add(expectedSentence(plans, currency));
    findings.add(hireSentence(plans, monthly));
    return findings;
  }

  /**
   * "ARR at the horizon, after 36 months: mixed-flat USD 24.7 m (from USD 15.1 m at the start),
   * ...".
   */
  private static String levels(List<Plan> plans, String currency, String span) {
    List<String> ends = new ArrayList<>();
    for (Plan p : plans) {
      ends.add(
          p.name()
              + " "
              + Formats.money(p.stats(Metric.ARR_END).mean(), currency)
              + " (from "
              + Formats.money(p.arrAtStart(), currency)
              + (ends.isEmpty() ? " at the start)" : ")"));
    }
    return "ARR at the horizon, after " + span + ": " + String.join(", ", ends) + ", on average.";
  }

  /** A run's page: ARR, what it cost and how fast it pays back. */
  private static List<String> runFindings(Plan p, String c, String span) {
    Stats arr = p.stats(Metric.ARR_END);
    List<String> findings = new ArrayList<>();
    findings.add(
        String.format(
            Locale.ROOT,
            "Over %s, %s's ARR goes from %s under contract at the start to %s at the"
                + " horizon on average (95 %% CI %s): net new ARR of %s, from %s won and %s of"
                + " expansion, less %s churned.",
            span,
            p.name(),
            Formats.money(p.arrAtStart(), c),
            Formats.money(arr.mean(), c),
            Formats.moneyRange(arr.low(), arr.high(), c),
            Formats.money(p.stats(Metric.NET_NEW_ARR).mean(), c),
            Formats.money(p.stats(Metric.NEW_ARR).mean(), c),
            Formats.money(p.stats(Metric.EXPANSION_ARR).mean(), c),
            Formats.money(p.stats(Metric.CHURNED_ARR).mean(), c)));
    findings.add(
        String.format(
            Locale.ROOT,
            "It recognises %s of revenue. Selling costs %s fully loaded, %s of bookings: %s per"
                + " deal won (CAC), paid back by %s of the new customers' gross margin (CAC"
                + " payback). Each unit of selling cost brings %s of net new ARR (magic number).",
            Formats.money(p.stats(Metric.REVENUE).mean(), c),
            Formats.money(p.stats(Metric.COST_OF_SALES).mean(), c),
            Formats.percent(p.stats(Metric.COST_OF_SALES_RATIO).mean()),
            Formats.money(p.stats(Metric.CAC).mean(), c),
            Formats.metric(p.stats(Metric.CAC_PAYBACK_MONTHS).mean(), Metric.CAC_PAYBACK_MONTHS, c),
            Formats.decimals(p.stats(Metric.MAGIC_NUMBER).mean(), 2)));
    return findings;
  }

  /**
   * A measure that is not money, against the baseline: "CAC payback is longer under
   * split-weighted: 10.8 months against 9.7 months under mixed-flat, +1.1 months (95 % CI +0.9 to
   * +1.2 months), longer in 98 % of paired runs", or, when the CI spans zero, within the noise.
   */
  private static String levelSentence(
      String label,
      Plan other,
      Plan base,
      Metric metric,
      Map<String, PairedDifference> paired,
      String higher,
      String lower,
      String currency) {
    PairedDifference d = paired.get(metric.key());
    String mine = Formats.metric(other.stats(metric).mean(), metric, currency);
    String theirs = Formats.metric(base.stats(metric).mean(), metric, currency);
    Formats.Interval interval =
        Formats.Interval.of(d.mean(), d.ci95Low(), d.ci95High(), metric, currency);
    String ci = interval.range();
    if (!d.clear()) {
      return String.format(
          Locale.ROOT,
          "%s is level between %s and %s (%s against %s): the difference, %s, is within the noise"
              + " (95 %% CI %s).",
          label,
          other.name(),
          base.name(),
          mine,
          theirs,
          interval.mean(),
          ci);
    }
    String way = d.mean() > 0 ? higher : lower;
    return String.format(
        Locale.ROOT,
        "%s is %s under %s: %s against %s under %s, %s (95 %% CI %s), %s in %s of paired runs.",
        label,
        way,
        other.name(),
        mine,
        theirs,
        base.name(),
        interval.mean(),
        ci,
        higher,
        Formats.decimals(100 * d.pHigher(), 0) + " %");
  }

  /** How much of each plan's total value is still expected rather than realised. */
  private static String expectedSentence(List<Plan> plans, String c) {
    Plan first = plans.get(0);
    String lead =
        String.format(
            Locale.ROOT,
            "Of %s's total value at the horizon, %s, %s is still expected rather than realised: %s"
                + " from the customer base and %s from the open pipeline, against %s of"
                + " contribution realised",
            first.name(),
            Formats.money(first.stats(Metric.TOTAL_VALUE).mean(), c),
            first.expectedShare(),
            Formats.money(first.stats(Metric.CUSTOMER_VALUE_END).mean(), c),
            Formats.money(first.stats(Metric.PIPELINE_VALUE_END).mean(), c),
            Formats.money(first.stats(Metric.CONTRIBUTION).mean(), c));
    if (plans.size() == 1) {
      return lead + ".";
    }
    List<String> others = new ArrayList<>();
    for (Plan p : plans.subList(1, plans.size())) {
      others.add(
          p.expectedShare()
              + " of "
              + p.name()
              + "'s "
              + Formats.money(p.stats(Metric.TOTAL_VALUE).mean(), c));
    }
    return lead + "; " + String.join(", ", others) + " is still expected.";
  }

  /** What the payback of an outbound hire is under each plan, or that none was hired. */
  static String hireSentence(List<Plan> plans, MonthlyTable monthly) {
    Metric metric = Metric.OUTBOUND_HIRE_PAYBACK_MONTHS;
    List<String> parts = new ArrayList<>();
    boolean bound = false;
    for (Plan p : plans) {
      HirePayback h = p.hires();
      boolean none = h == null ? p.stats(Metric.OUTBOUND_HIRES).mean() == 0 : h.noneHired();
      if (none) {
        parts.add(
            p.name()
                + " hires no hunter in any run, so it has no payback of an outbound hire (the model"
                + " then writes the horizon, "
                + monthly.months(p.line().key())
                + " months, into outbound_hire_payback_months as a placeholder)");
      } else if (h == null) {
        parts.add(
            "under "
                + p.name()
                + " the payback of an outbound hire is "
                + Formats.metric(p.stats(metric).mean(), metric, "")
                + " on average, counting the runs that hired no hunter at the horizon (this older"
                + " output does not keep them apart)");
      } else {
        parts.add(
            "under "
                + p.name()
                + (bound
                    ? " it takes "
                    : " a hunter hired into an outbound seat pays back her loaded"
                        + " cost from the margin on her bookings after ")
                + Formats.monthsWithCi(h.mean(), h.ci95Low(), h.ci95High(), metric)
                + ", over the "
                + h.runsHiring()
                + " of "
                + Formats.whole(h.runs())
                + " runs that hired one"
                + (bound
                    ? ""
                    : " (a hunter not paid back by the horizon counts at her months so far, so"
                        + " this is a lower bound)"));
        bound = true;
      }
    }
    String sentence = String.join("; ", parts) + ".";
    // A plan's name keeps its own case; only "under" opens with a capital.
    return sentence.startsWith("under ") ? "U" + sentence.substring(1) : sentence;
  }
}
