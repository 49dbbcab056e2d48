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
 * The findings of the CFO's page of a stress test: where the plan ends without a shock, what the
 * hardest and the mildest shock cost it in ARR and value at the horizon (the experiment's paired
 * differences, never recomputed), which costs are within the noise, and what an outbound hire
 * pays back with and without the shocks. Apart from {@link CfoFindings} because a stress test
 * speaks of losses against the same runs without the shock, not of plans against a baseline.
 */
final class CfoShockFindings {

  private CfoShockFindings() {}

  /**
   * The findings of a stress test: {@code costs} holds each shock's paired differences against
   * the plan without it; {@code worst} and {@code mildest} index the hardest and mildest shock.
   */
  static List<String> forStress(
      String planName,
      Plan plan,
      List<Plan> shocks,
      List<Map<String, PairedDifference>> costs,
      int worst,
      int mildest,
      MonthlyTable monthly,
      String currency,
      String span) {
    List<String> findings = new ArrayList<>();
    Stats arr = plan.stats(Metric.ARR_END);
    Stats value = plan.stats(Metric.TOTAL_VALUE);
    findings.add(
        String.format(
            Locale.ROOT,
            "Without a shock, %s ends the %s with ARR of %s on average (95 %% CI %s), after net new"
                + " ARR of %s, and a total value at the horizon of %s, %s of it still expected"
                + " rather than realised.",
            planName,
            span,
            Formats.money(arr.mean(), currency),
            Formats.moneyRange(arr.low(), arr.high(), currency),
            Formats.money(plan.stats(Metric.NET_NEW_ARR).mean(), currency),
            Formats.money(value.mean(), currency),
            plan.expectedShare()));
    findings.add(
        shockSentence("The hardest shock,", shocks.get(worst), costs.get(worst), plan, currency));
    if (mildest != worst) {
      findings.add(
          shockSentence("The mildest,", shocks.get(mildest), costs.get(mildest), plan, currency));
    }
    List<String> level = new ArrayList<>();
    for (int i = 0; i < shocks.size(); i++) {
      if (!costs.get(i).get(Metric.ARR_END.key()).clear()) {
        level.add(shocks.get(i).name());
      }
    }
    if (!level.isEmpty()) {
      findings.add(
          "What "
              + String.join(", ", level)
              + (level.size() == 1 ? " costs" : " cost")
              + " in ARR at the horizon is within the noise: the 95 % CI of the paired difference"
              + " spans zero.");
    }
    findings.add(stressHireSentence(plan, shocks, monthly));
    return findings;
  }

  /**
   * "The hardest shock, slowdown-2023-like, leaves USD 2.92 m less ARR at the horizon (95 % CI of
   * the loss USD 2.75–3.10 m; 11.7 % of the no-shock ARR) and USD 9.58 m less total value at the
   * horizon (95 % CI ...)", each part within the noise where its CI spans zero.
   */
  private static String shockSentence(
      String lead, Plan shock, Map<String, PairedDifference> cost, Plan plan, String c) {
    double arr = plan.stats(Metric.ARR_END).mean();
    List<String> parts = new ArrayList<>();
    for (Metric m : List.of(Metric.ARR_END, Metric.TOTAL_VALUE)) {
      PairedDifference d = cost.get(m.key());
      String what = m == Metric.ARR_END ? "ARR at the horizon" : "total value at the horizon";
      String ci = Formats.moneyRange(-d.ci95High(), -d.ci95Low(), c);
      if (!d.clear()) {
        parts.add(
            "a change in "
                + what
                + " of "
                + Formats.signedMoney(d.mean(), c)
                + " that is within the noise (95 % CI of the loss "
                + ci
                + ")");
      } else {
        String share =
            m == Metric.ARR_END && arr != 0
                ? "; " + Formats.percent(-d.mean() / Math.abs(arr)) + " of the no-shock ARR"
                : "";
        parts.add(
            Formats.money(Math.abs(d.mean()), c)
                + (d.mean() < 0 ? " less " : " more ")
                + what
                + " (95 % CI of the loss "
                + ci
                + share
                + ")");
      }
    }
    return lead + " " + shock.name() + ", leaves " + parts.get(0) + " and " + parts.get(1) + ".";
  }

  /**
   * The payback of an outbound hire without a shock, and the range of it under the shocks (each
   * over the runs that hired one).
   */
  private static String stressHireSentence(Plan plan, List<Plan> shocks, MonthlyTable monthly) {
    HirePayback base = plan.hires();
    boolean baseNone =
        base == null ? plan.stats(Metric.OUTBOUND_HIRES).mean() == 0 : base.noneHired();
    if (base == null && !baseNone) {
      // An older output: each variant said in turn, the metric's mean with its caveat.
      List<Plan> all = new ArrayList<>();
      all.add(
          new Plan(
              "the plan without a shock", plan.line(), plan.metrics(), null, plan.runs(),
              plan.where()));
      all.addAll(shocks);
      return CfoFindings.hireSentence(all, monthly);
    }
    if (baseNone) {
      List<String> none = new ArrayList<>();
      List<Plan> hiring = new ArrayList<>();
      for (Plan s : shocks) {
        HirePayback h = s.hires();
        if (h == null ? s.stats(Metric.OUTBOUND_HIRES).mean() == 0 : h.noneHired()) {
          none.add(s.name());
        } else {
          hiring.add(s);
        }
      }
      String lead =
          "Without a shock the plan hires no hunter in any run"
              + (hiring.isEmpty()
                  ? ", nor under any shock"
                  : none.isEmpty() ? "" : ", nor under " + String.join(", ", none))
              + ", so there is no payback of an outbound hire to report"
              + (hiring.isEmpty() ? "" : " there")
              + " (the model then writes the horizon, "
              + monthly.months(plan.line().key())
              + " months, into outbound_hire_payback_months as a placeholder)";
      if (hiring.isEmpty()) {
        return lead + ".";
      }
      String rest = CfoFindings.hireSentence(hiring, monthly);
      return lead + "; " + Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    List<String> none = new ArrayList<>();
    for (Plan s : shocks) {
      HirePayback h = s.hires();
      if (h == null || h.noneHired()) {
        none.add(s.name());
      } else {
        low = Math.min(low, h.mean());
        high = Math.max(high, h.mean());
      }
    }
    Metric metric = Metric.OUTBOUND_HIRE_PAYBACK_MONTHS;
    return "Without a shock a hunter hired into an outbound seat pays back her loaded cost from the"
        + " margin on her bookings after "
        + Formats.monthsWithCi(base.mean(), base.ci95Low(), base.ci95High(), metric)
        + ", over the "
        + base.runsHiring()
        + " of "
        + Formats.whole(base.runs())
        + " runs that hired one"
        + (low <= high
            ? "; under the shocks, after "
                + (Formats.decimals(low, 1).equals(Formats.decimals(high, 1))
                    ? Formats.metric(low, metric, "")
                    : Formats.decimals(low, 1) + Formats.DASH + Formats.metric(high, metric, ""))
                + " (the range of their means)"
            : "")
        + (none.isEmpty()
            ? ""
            : "; " + String.join(", ", none) + (none.size() == 1 ? " hires" : " hire")
                + " no hunter in any run")
        + ". A hunter not paid back by the horizon counts at her months so far, so these are lower"
        + " bounds.";
  }
}
