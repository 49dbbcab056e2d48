package salesim.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import salesim.crm.Opportunity;
import salesim.model.base.Source;
import salesim.model.market.Segment;

/**
 * Deal values per segment, lognormal by maximum likelihood on the amounts of every deal that has
 * one, won, lost or open (the model draws a deal's value, lognormal with a mean and a cv, when the
 * deal opens; which deals win depends on it, since reps give their time to the deals worth most,
 * so won deals alone would overstate it), and each segment's share of inbound and of outbound
 * deals. Without accounts (no head counts, so no segments) the base segments' means are scaled
 * together to the pooled mean.
 *
 * <p>Stateless; thread-safe.
 */
final class ValueFit {

  private ValueFit() {}

  static List<Segment> fit(Data d, List<Estimate> out, List<Curves.ValueSample> curves) {
    List<Segment> segments = new ArrayList<>(d.base.segments());
    int k = segments.size();
    List<List<Double>> bySegment = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      bySegment.add(new ArrayList<>());
    }
    List<Double> all = new ArrayList<>();
    long[] inbound = new long[k];
    long[] outbound = new long[k];
    for (Opportunity o : d.opportunities.values()) {
      int s = d.segmentOf(o.id());
      if (s >= 0) {
        (d.source.get(o.id()) == Source.INBOUND ? inbound : outbound)[s]++;
      }
      if (d.noValue.contains(o.id()) || o.amount() == null || o.amount() <= 0) {
        continue;
      }
      all.add(o.amount());
      if (s >= 0) {
        bySegment.get(s).add(o.amount());
      }
    }
    List<String> cols = List.of("opportunities.amount", "opportunities.won",
        "opportunities.account", "accounts.employees", "opportunities.currency");
    String currency = d.currency == null ? d.base.finance().currency() : d.currency;
    if (!d.hasSegments()) {
      pooled(d, out, curves, segments, all, cols);
      return segments;
    }
    for (int i = 0; i < k; i++) {
      Segment base = segments.get(i);
      List<Double> values = bySegment.get(i);
      String label = " (" + base.name() + ")";
      if (values.size() < d.options.minSample()) {
        String why = String.format(Locale.ROOT, "kept: %d deals with an amount in %s; the"
            + " floor is %d", values.size(), base.name(), d.options.minSample());
        out.add(Parameter.DEAL_VALUE_MEAN.estimate(i, null, label, base.dealValueMean(),
            Double.NaN, Double.NaN, values.size(), "deals", why, cols,
            Status.INSUFFICIENT_HISTORY, base.dealValueMean()));
        out.add(Parameter.DEAL_VALUE_CV.estimate(i, null, label, base.dealValueCv(), Double.NaN,
            Double.NaN, values.size(), "deals", why, cols, Status.INSUFFICIENT_HISTORY,
            base.dealValueCv()));
        continue;
      }
      double[] fit = lognormal(values);
      out.add(Parameter.DEAL_VALUE_MEAN.estimate(i, null, label, fit[0], fit[1], fit[2],
          values.size(), "deals", "lognormal by maximum likelihood on the amounts of deals won, lost and open in "
              + currency + ": exp(mu + s^2/2); Cox's interval", cols, Status.ESTIMATED,
          base.dealValueMean()));
      out.add(Parameter.DEAL_VALUE_CV.estimate(i, null, label, fit[3], fit[4], fit[5],
          values.size(), "deals", "the same fit: sqrt(exp(s^2) - 1); chi-square interval of"
              + " s^2", cols, Status.ESTIMATED, base.dealValueCv()));
      curves.add(new Curves.ValueSample(base.name(), values, fit[6], fit[7]));
      segments.set(i, base.withDealValue(PipelineFit.round(fit[0], 2), PipelineFit.round(fit[3], 4)));
    }
    shares(d, out, segments, inbound, Parameter.INBOUND_SHARE, "inbound");
    shares(d, out, segments, outbound, Parameter.OUTBOUND_SHARE, "outbound");
    return segments;
  }

  private static void pooled(Data d, List<Estimate> out, List<Curves.ValueSample> curves,
      List<Segment> segments, List<Double> all, List<String> cols) {
    double weight = 0;
    double baseMix = 0;
    for (Segment s : segments) {
      double w = s.inboundShare() + s.outboundShare();
      weight += w;
      baseMix += w * s.dealValueMean();
    }
    baseMix /= weight;
    boolean enough = all.size() >= d.options.minSample();
    double[] fit = enough ? lognormal(all) : null;
    if (enough) {
      curves.add(new Curves.ValueSample("all", all, fit[6], fit[7]));
    }
    for (int i = 0; i < segments.size(); i++) {
      Segment base = segments.get(i);
      String label = " (" + base.name() + ")";
      if (!enough) {
        out.add(Parameter.DEAL_VALUE_MEAN.estimate(i, null, label, base.dealValueMean(),
            Double.NaN, Double.NaN, all.size(), "deals", String.format(Locale.ROOT,
                "kept: %d deals with an amount; the floor is %d", all.size(),
                d.options.minSample()), cols, Status.INSUFFICIENT_HISTORY, base.dealValueMean()));
        continue;
      }
      double scale = base.dealValueMean() / baseMix;
      out.add(Parameter.DEAL_VALUE_MEAN.estimate(i, null, label, fit[0] * scale, fit[1] * scale,
          fit[2] * scale, all.size(), "deals", "no account head counts, so no segments: the"
              + " pooled lognormal mean (maximum likelihood) shared out in the base segments'"
              + " ratios", cols, Status.POOLED, base.dealValueMean()));
      segments.set(i, base.withDealValue(PipelineFit.round(fit[0] * scale, 2), base.dealValueCv()));
    }
  }

  private static void shares(Data d, List<Estimate> out, List<Segment> segments, long[] counts,
      Parameter parameter, String source) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    List<String> cols = List.of("opportunities.account", "accounts.employees",
        "opportunities.source");
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      double reference = parameter == Parameter.INBOUND_SHARE ? s.inboundShare() : s.outboundShare();
      if (total < d.options.minSample()) {
        out.add(parameter.estimate(i, null, " (" + s.name() + ")", reference, Double.NaN,
            Double.NaN, total, "deals", String.format(Locale.ROOT, "kept: %d %s deals with a"
                + " known segment; the floor is %d", total, source, d.options.minSample()), cols,
            Status.INSUFFICIENT_HISTORY, reference));
        continue;
      }
      double raw = (double) counts[i] / total;
      double[] ci = Stats.wilson(counts[i], total);
      double share = raw;
      double low = ci[0];
      double high = ci[1];
      String method = "share of the " + source + " deals with a known segment; Wilson interval";
      if (parameter == Parameter.OUTBOUND_SHARE) {
        // The model's outbound share is prospecting effort; only accounts with a latent need
        // book meetings, so a segment's share of deals is effort x need: divide the need out.
        double others = 0;
        double othersInverse = 0;
        for (int j = 0; j < segments.size(); j++) {
          if (j != i) {
            others += counts[j];
            othersInverse += counts[j] / segments.get(j).latentNeedShare();
          }
        }
        double need = s.latentNeedShare();
        double r = others > 0 ? othersInverse / others : 1 / need;
        share = effort(raw, need, r);
        low = effort(ci[0], need, r);
        high = effort(ci[1], need, r);
        method = "share of prospecting effort behind the outbound deals with a known segment:"
            + " each segment's deals over its latent-need share (the base's), normalised; the"
            + " Wilson interval of its share of deals, carried through";
      }
      out.add(parameter.estimate(i, null, " (" + s.name() + ")", share, low, high, total,
          "deals", method, cols, Status.ESTIMATED, reference));
      segments.set(i, parameter == Parameter.INBOUND_SHARE
          ? s.withShares(PipelineFit.round(share, 4), s.outboundShare())
          : s.withShares(s.inboundShare(), PipelineFit.round(share, 4)));
    }
  }

  /** A segment's share of effort from its share p of deals, its need, the others' mean 1/need. */
  private static double effort(double p, double need, double othersInverseNeed) {
    double own = p / need;
    double rest = (1 - p) * othersInverseNeed;
    return own + rest > 0 ? own / (own + rest) : 0;
  }

  /**
   * Lognormal MLE: {mean, low, high, cv, cvLow, cvHigh, mu, sigma}. Mean interval: Cox's, on
   * mu + s^2/2 with variance s^2/n + s^4/(2(n - 1)); cv interval from the chi-square interval
   * of s^2.
   */
  static double[] lognormal(List<Double> values) {
    int n = values.size();
    double sum = 0;
    for (double v : values) {
      sum += Math.log(v);
    }
    double mu = sum / n;
    double ss = 0;
    for (double v : values) {
      double e = Math.log(v) - mu;
      ss += e * e;
    }
    double s2 = ss / n;
    double logMean = mu + s2 / 2;
    double se = Math.sqrt(s2 / n + s2 * s2 / (2.0 * (n - 1)));
    ChiSquaredDistribution chi = new ChiSquaredDistribution(null, n - 1);
    double s2Low = ss / chi.inverseCumulativeProbability(0.975);
    double s2High = ss / chi.inverseCumulativeProbability(0.025);
    return new double[] {Math.exp(logMean), Math.exp(logMean - Stats.Z * se),
        Math.exp(logMean + Stats.Z * se), Math.sqrt(Math.expm1(s2)), Math.sqrt(Math.expm1(s2Low)),
        Math.sqrt(Math.expm1(s2High)), mu, Math.sqrt(s2)};
  }
}
