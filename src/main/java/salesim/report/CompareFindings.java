package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.PairedDifference;
import salesim.model.Metric;
import salesim.report.Summary.Stats;

/**
 * The headline findings of a run or a comparison, one sentence each, stated from the numbers of
 * summary.json: what each plan books, earns and spends against the baseline (paired), where the
 * reps' hours go and where bookings come from.
 */
final class CompareFindings {

  private CompareFindings() {}

  static List<String> runFindings(PlanBlock b, long months) {
    String c = b.currency();
    Stats bookings = b.stats(Metric.BOOKINGS_TOTAL);
    Stats contribution = b.stats(Metric.CONTRIBUTION);
    List<String> findings = new ArrayList<>();
    findings.add(
        String.format(
            Locale.ROOT,
            "Over %d months %s books %s on average (95 %% CI %s); nine runs in ten end between %s"
                + " and %s.",
            months,
            b.name(),
            Formats.money(bookings.mean(), c),
            Formats.moneyRange(bookings.low(), bookings.high(), c),
            Formats.money(bookings.p5(), c),
            Formats.money(bookings.p95(), c)));
    findings.add(
        String.format(
            Locale.ROOT,
            "Contribution (recognised revenue \u00d7 gross margin \u2212 selling cost) is %s on"
                + " average; selling"
                + " costs %s of bookings.",
            Formats.money(contribution.mean(), c),
            Formats.percent(b.stats(Metric.COST_OF_SALES_RATIO).mean())));
    findings.add(hoursSentence(b, null));
    findings.add(sourceSentence(b, null));
    return findings;
  }

  static List<String> compareFindings(
      List<PlanBlock> blocks, Map<String, Map<String, PairedDifference>> paired, String span) {
    PlanBlock base = blocks.get(0);
    List<String> findings = new ArrayList<>();
    for (PlanBlock other : blocks.subList(1, blocks.size())) {
      Map<String, PairedDifference> d = paired.get(other.name());
      findings.add(
          relativeSentence(
              other,
              base,
              Metric.BOOKINGS_TOTAL,
              d,
              "books",
              "more",
              "less",
              " over " + span,
              "ahead"));
      findings.add(
          relativeSentence(
              other,
              base,
              Metric.CONTRIBUTION,
              d,
              "earns",
              "more contribution",
              "less contribution",
              "",
              "ahead"));
      findings.add(
          relativeSentence(
              other,
              base,
              Metric.COST_OF_SALES,
              d,
              "spends",
              "more on selling",
              "less on selling",
              " (loaded pay and commission, managers, tools, marketing and hiring)",
              "higher"));
      findings.add(hoursSentence(other, base));
      findings.add(sourceSentence(other, base));
      double reps = other.stats(Metric.OUTBOUND_REPS_END).mean();
      double baseReps = base.stats(Metric.OUTBOUND_REPS_END).mean();
      if (Math.abs(reps - baseReps) >= 0.05) {
        findings.add(
            String.format(
                Locale.ROOT,
                "At the end of the horizon %s may still prospect under %s, against %s under"
                    + " %s (mean of runs).",
                reps(reps),
                other.name(),
                reps(baseReps),
                base.name()));
      }
    }
    return findings;
  }

  /**
   * "split-weighted books 14.9 % more than mixed-flat over 36 months: +USD 1.49 m on average (95 %
   * CI +13.3 % to +16.4 %), ahead in 96 % of paired runs." The relative CI is the paired
   * difference's CI over the baseline's mean; {@code context} starts with a space or is empty.
   */
  static String relativeSentence(
      PlanBlock other,
      PlanBlock base,
      Metric metric,
      Map<String, PairedDifference> paired,
      String verb,
      String more,
      String less,
      String context,
      String ahead) {
    PairedDifference d = paired.get(metric.key());
    double baseMean = base.stats(metric).mean();
    String c = base.currency();
    String share = Formats.decimals(100 * d.pHigher(), 0) + " %";
    if (baseMean == 0) {
      return String.format(
          Locale.ROOT,
          "%s %s %s %s than %s%s (95 %% CI %s to %s), %s in %s of paired runs.",
          other.name(),
          verb,
          Formats.money(Math.abs(d.mean()), c),
          d.mean() >= 0 ? more : less,
          base.name(),
          context,
          Formats.signedMoney(d.ci95Low(), c),
          Formats.signedMoney(d.ci95High(), c),
          ahead,
          share);
    }
    double scale = Math.abs(baseMean);
    String ci = Formats.change(d.ci95Low() / scale) + " to " + Formats.change(d.ci95High() / scale);
    if (!d.clear()) {
      return String.format(
          Locale.ROOT,
          "On %s%s, %s and %s are level: the difference, %s, is within the noise (95 %% CI %s);"
              + " %s is %s in %s of paired runs.",
          PageParts.inSentence(metric),
          context,
          other.name(),
          base.name(),
          Formats.change(d.mean() / scale),
          ci,
          other.name(),
          ahead,
          share);
    }
    String size = Formats.decimals(100 * Math.abs(d.mean()) / scale, 1) + " %";
    return String.format(
        Locale.ROOT,
        "%s %s %s %s than %s%s: %s on average (95 %% CI %s), %s in %s of paired runs.",
        other.name(),
        verb,
        size,
        d.mean() > 0 ? more : less,
        base.name(),
        context,
        Formats.signedMoney(d.mean(), c),
        ci,
        ahead,
        share);
  }

  private static String reps(double n) {
    if (n < 0.05) {
      return "no rep";
    }
    return Formats.count(n) + (n >= 0.95 && n < 1.05 ? " rep" : " reps");
  }

  /** Where the hours go, against the baseline when there is one. */
  private static String hoursSentence(PlanBlock b, PlanBlock base) {
    String prospecting = Formats.percent(b.stats(Metric.OUTBOUND_HOURS_SHARE).mean());
    String idle = Formats.percent(b.stats(Metric.IDLE_HOURS_SHARE).mean());
    if (base == null) {
      return "Reps spend "
          + prospecting
          + " of their selling hours prospecting and "
          + idle
          + " idle, waiting for work.";
    }
    return "Under "
        + b.name()
        + " reps spend "
        + prospecting
        + " of their selling hours"
        + " prospecting, against "
        + Formats.percent(base.stats(Metric.OUTBOUND_HOURS_SHARE).mean())
        + " under "
        + base.name()
        + "; idle time is "
        + idle
        + " against "
        + Formats.percent(base.stats(Metric.IDLE_HOURS_SHARE).mean())
        + ".";
  }

  /** The outbound share of bookings (ratio of means), against the baseline when there is one. */
  private static String sourceSentence(PlanBlock b, PlanBlock base) {
    String share = outboundShare(b);
    if (base == null) {
      return "Deals the reps sourced themselves bring "
          + share
          + " of bookings; inbound leads"
          + " bring the rest.";
    }
    return "Deals the reps sourced themselves bring "
        + share
        + " of "
        + b.name()
        + "'s bookings, against "
        + outboundShare(base)
        + " of "
        + base.name()
        + "'s.";
  }

  private static String outboundShare(PlanBlock b) {
    double total = b.stats(Metric.BOOKINGS_TOTAL).mean();
    return total > 0 ? Formats.percent(b.stats(Metric.BOOKINGS_OUTBOUND).mean() / total) : "none";
  }
}
