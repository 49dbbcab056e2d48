package salesim.calibrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.crm.Opportunity;
import salesim.crm.Stamp;
import salesim.crm.StageChange;
import salesim.crm.StageDefinition;
import salesim.model.base.Source;
import salesim.model.funnel.Stage;

/**
 * The stage paths from the stage history: each source's path is the company's own open stages
 * that at least {@link #PATH_SHARE} of its deals entered, in the definitions' order. For each
 * stage, the time in it (censored at the as-of date for deals still there) is fitted as the
 * model's gamma by maximum likelihood ({@link GammaFit}), and its exit chance is the share of the
 * stays that ended in a loss; a deal that skips a stage is not counted in that stage. Without a
 * stage history, the base path is scaled to the whole cycle's fitted mean and the win rate.
 *
 * <p>Stateless; thread-safe.
 */
final class PipelineFit {

  /** A stage is on a source's path if at least this share of its deals entered it. */
  static final double PATH_SHARE = 0.05;

  private PipelineFit() {}

  record Result(List<Stage> inbound, List<Stage> outbound, boolean inboundFromData,
      boolean outboundFromData, List<Curves.StageCurve> curves) {}

  /**
   * One stay in a stage; {@code factor} is its segment's cycle factor (times are divided by it),
   * {@code group} its segment's buying group over the reference one (the exponent of a consensus
   * stage's exit chance).
   */
  private record Stay(Source source, String stage, Stamp entry, Stamp exit, boolean lost,
      double factor, double group) {}

  static Result fit(Data d, List<Estimate> out) {
    observed(d, out);
    if (d.h.stageChanges().isEmpty()) {
      return wholeCycle(d, out);
    }
    Map<String, StageDefinition> definitions = new HashMap<>();
    for (StageDefinition s : d.h.stages()) {
      definitions.put(s.name(), s);
    }
    List<Stay> stays = new ArrayList<>();
    Map<Source, Integer> deals = new HashMap<>();
    Map<Source, Map<String, Integer>> entered = new HashMap<>();
    for (Map.Entry<String, List<StageChange>> e : d.h.changesByOpportunity().entrySet()) {
      Opportunity o = d.opportunities.get(e.getKey());
      if (o == null || d.noTiming.contains(o.id())) {
        continue;
      }
      Source source = d.source.get(o.id());
      double factor = factor(d, o.id(), source);
      double group = group(d, o.id(), source);
      List<StageChange> changes = collapse(e.getValue());
      deals.merge(source, 1, Integer::sum);
      for (int i = 0; i < changes.size(); i++) {
        StageChange c = changes.get(i);
        StageDefinition def = definitions.get(c.stage());
        if (def == null || def.closed()) {
          break;
        }
        entered.computeIfAbsent(source, k -> new HashMap<>()).merge(c.stage(), 1, Integer::sum);
        if (i + 1 < changes.size()) {
          StageChange next = changes.get(i + 1);
          StageDefinition nd = definitions.get(next.stage());
          stays.add(new Stay(source, c.stage(), c.at(), next.at(), nd.closed() && !nd.won(),
              factor, group));
        } else if (o.closed()) {
          if (o.closeDate() != null && !o.closeDate().isBefore(Stamp.ofDate(c.at().date()))) {
            stays.add(new Stay(source, c.stage(), c.at(), o.closeDate(), !o.won(), factor,
                group));
          }
        } else {
          stays.add(new Stay(source, c.stage(), c.at(), null, false, factor, group));
        }
      }
    }
    List<Curves.StageCurve> curves = new ArrayList<>();
    List<Stage> inbound = path(d, Source.INBOUND, deals, entered, stays, out, curves);
    List<Stage> outbound = path(d, Source.OUTBOUND, deals, entered, stays, out, curves);
    return new Result(inbound == null ? d.base.pipeline().inbound() : inbound,
        outbound == null ? d.base.pipeline().outbound() : outbound, inbound != null,
        outbound != null, curves);
  }

  /** Consecutive entries into the same stage are one stay. */
  private static List<StageChange> collapse(List<StageChange> changes) {
    List<StageChange> out = new ArrayList<>();
    for (StageChange c : changes) {
      if (out.isEmpty() || !out.get(out.size() - 1).stage().equals(c.stage())) {
        out.add(c);
      }
    }
    return out;
  }

  /** A source's path from the data, or null (and insufficient estimates) when too few deals. */
  private static List<Stage> path(Data d, Source source, Map<Source, Integer> deals,
      Map<Source, Map<String, Integer>> entered, List<Stay> stays, List<Estimate> out,
      List<Curves.StageCurve> curves) {
    String key = source.name().toLowerCase(Locale.ROOT);
    List<Stage> basePath = d.base.pipeline().path(source);
    int n = deals.getOrDefault(source, 0);
    if (n < d.options.minSample()) {
      for (int i = 0; i < basePath.size(); i++) {
        Stage s = basePath.get(i);
        String why = String.format(Locale.ROOT, "kept the base path: %d %s deals with a stage"
            + " history; the floor is %d", n, key, d.options.minSample());
        out.add(Parameter.STAGE_MEAN_DAYS.estimate(i, key, " (" + s.name() + ")", s.meanDays(),
            Double.NaN, Double.NaN, n, "deals", why, columns(), Status.INSUFFICIENT_HISTORY,
            s.meanDays()));
        out.add(Parameter.STAGE_EXIT.estimate(i, key, " (" + s.name() + ")", s.exitProbability(),
            Double.NaN, Double.NaN, n, "deals", why, columns(), Status.INSUFFICIENT_HISTORY,
            s.exitProbability()));
      }
      return null;
    }
    List<String> names = new ArrayList<>();
    Map<String, Integer> counts = entered.getOrDefault(source, Map.of());
    for (StageDefinition s : d.h.stages()) {
      if (!s.closed() && counts.getOrDefault(s.name(), 0) >= PATH_SHARE * n) {
        names.add(s.name());
      }
    }
    double baseTotal = 0;
    double baseEffort = 0;
    for (Stage s : basePath) {
      baseTotal += s.meanDays();
      baseEffort += s.effortHours();
    }
    double baseWin = d.base.pipeline().winProbability(source);
    double[] means = new double[names.size()];
    double[] cvs = new double[names.size()];
    double[] exits = new double[names.size()];
    boolean[] consensus = new boolean[names.size()];
    for (int k = 0; k < names.size(); k++) {
      String stage = names.get(k);
      List<Stay> own = new ArrayList<>();
      List<Stay> pooled = new ArrayList<>();
      for (Stay s : stays) {
        if (s.stage().equals(stage)) {
          pooled.add(s);
          if (s.source() == source) {
            own.add(s);
          }
        }
      }
      String label = " (" + stage + ")";
      long ownEnded = own.stream().filter(s -> s.exit() != null).count();
      long pooledEnded = pooled.stream().filter(s -> s.exit() != null).count();
      List<Stay> used = ownEnded >= d.options.minSample() ? own
          : pooledEnded >= d.options.minSample() ? pooled : null;
      Status status = used == own ? Status.ESTIMATED : used == pooled ? Status.POOLED
          : Status.INSUFFICIENT_HISTORY;
      double fallbackMean = baseTotal / names.size();
      double fallbackExit = 1 - Math.pow(baseWin, 1.0 / names.size());
      Stage baseStage = k < basePath.size() ? basePath.get(k) : null;
      double refMean = baseStage == null ? Double.NaN : baseStage.meanDays();
      if (used != null) {
        List<GammaFit.Stay> g = gammaStays(d, used);
        GammaFit.Result fit = GammaFit.fit(g);
        String pool = status == Status.POOLED ? String.format(Locale.ROOT,
            "; %d %s stays ended, below the floor of %d: both sources pooled", ownEnded, key,
            d.options.minSample()) : "";
        means[k] = fit.mean();
        cvs[k] = fit.cv();
        out.add(Parameter.STAGE_MEAN_DAYS.estimate(k, key, label, fit.mean(), fit.meanLow(),
            fit.meanHigh(), fit.n(), "stays", "gamma by maximum likelihood with censoring (deals"
                + " still in the stage at the as-of date are survivors so far; dates without a"
                + " time integrated over their business day; each stay divided by its segment's"
                + " cycle factor, as the model multiplies by it), " + fit.events() + " of " + fit.n()
                + " stays ended; interval from the observed information" + pool, columns(),
            status, refMean));
        out.add(Parameter.STAGE_CV.estimate(k, key, label, fit.cv(), fit.cvLow(), fit.cvHigh(),
            fit.n(), "stays", "the same fit's coefficient of variation" + pool, columns(), status,
            baseStage == null ? Double.NaN : baseStage.cv()));
        long lost = used.stream().filter(s -> s.exit() != null && s.lost()).count();
        long ended = used.stream().filter(s -> s.exit() != null).count();
        Stage named = stageNamed(basePath, stage);
        consensus[k] = named != null && named.consensus() && d.hasSegments();
        double[] ci;
        String how;
        if (consensus[k]) {
          // The model raises a consensus stage's survival to the power buying group / reference
          // group: pooling the segments' loss shares would mix their mix into the one exit chance
          // (and a scenario without the flag would give every segment the pooled chance).
          ci = consensusExit(used);
          how = "maximum likelihood of P(lost) = 1 - (1 - exit)^(group / reference group) over"
              + " the stays that ended (a consensus stage in the base: the exit grows with each"
              + " segment's buying group, as in the model); stays still open are left out;"
              + " profile-likelihood interval";
        } else {
          double[] w = Stats.wilson(lost, ended);
          ci = new double[] {(double) lost / ended, w[0], w[1]};
          how = "share of the stays that ended in a loss (competing ends: lost or moved"
              + " on; stays still open are left out, which does not bias it when the end does"
              + " not depend on the time in stage, as in the model); Wilson interval";
        }
        exits[k] = ci[0];
        out.add(Parameter.STAGE_EXIT.estimate(k, key, label, exits[k], ci[1], ci[2], ended,
            "stays", how + pool, columns(), status,
            baseStage == null ? Double.NaN : baseStage.exitProbability()));
        curves.add(curve(d, key, stage, used, fit.mean(), fit.cv()));
      } else {
        means[k] = fallbackMean;
        cvs[k] = 0.5;
        exits[k] = fallbackExit;
        String why = String.format(Locale.ROOT, "kept: %d stays ended (both sources %d); the"
            + " floor is %d; the base path's total spread evenly over the company's %d stages",
            ownEnded, pooledEnded, d.options.minSample(), names.size());
        out.add(Parameter.STAGE_MEAN_DAYS.estimate(k, key, label, fallbackMean, Double.NaN,
            Double.NaN, own.size(), "stays", why, columns(), status, refMean));
        out.add(Parameter.STAGE_EXIT.estimate(k, key, label, fallbackExit, Double.NaN,
            Double.NaN, own.size(), "stays", why, columns(), status,
            baseStage == null ? Double.NaN : baseStage.exitProbability()));
      }
    }
    double total = 0;
    for (double m : means) {
      total += m;
    }
    List<Stage> path = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      // Effort is not in an export: the base path's total hours, spread by time in stage.
      double effort = total > 0 ? baseEffort * means[k] / total : baseEffort / names.size();
      path.add(new Stage(names.get(k), round(means[k], 3), round(Math.min(5, cvs[k]), 3),
          round(exits[k], 4), round(effort, 2), consensus[k]));
    }
    return path.isEmpty() ? null : path;
  }

  private static List<String> columns() {
    return List.of("stageHistory.opportunity", "stageHistory.at", "stageHistory.stage",
        "opportunities.closeDate", "opportunities.source", "stages.closed", "stages.won");
  }

  /**
   * The model scales every stage by the segment's cycle factor, so a stay's times are divided by
   * its segment's factor: the fit is of the factor-1 duration the scenario's meanDays means.
   * Deals of unknown segment take the factor averaged over the source's segment shares.
   */
  static double factor(Data d, String opportunity, Source source) {
    return ofSegment(d, opportunity, source, salesim.model.market.Segment::cycleFactor, 1);
  }

  /**
   * The buying group of a deal's segment over the pipeline's reference group (a consensus stage's
   * exponent); deals of unknown segment take it averaged over the source's segment shares.
   */
  static double group(Data d, String opportunity, Source source) {
    double reference = d.base.pipeline().referenceBuyingGroup();
    // Divided after averaging, as the pipeline's own reference is one number for all segments.
    return ofSegment(
            d, opportunity, source, salesim.model.market.Segment::buyingGroupSize, reference)
        / reference;
  }

  /**
   * A property of a deal's segment; for a deal of unknown segment, its average over the source's
   * segment shares ({@code none} if the shares are all zero).
   */
  private static double ofSegment(Data d, String opportunity, Source source,
      java.util.function.ToDoubleFunction<salesim.model.market.Segment> property, double none) {
    int s = d.segmentOf(opportunity);
    if (s >= 0) {
      return property.applyAsDouble(d.base.segments().get(s));
    }
    double w = 0;
    double sum = 0;
    for (salesim.model.market.Segment seg : d.base.segments()) {
      double share = source == Source.INBOUND ? seg.inboundShare() : seg.outboundShare();
      w += share;
      sum += share * property.applyAsDouble(seg);
    }
    return w > 0 ? sum / w : none;
  }

  private static Stage stageNamed(List<Stage> path, String name) {
    for (Stage s : path) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }

  /** {exit, low, high} of a consensus stage from its stays that ended. */
  private static double[] consensusExit(List<Stay> stays) {
    List<Stay> ended = stays.stream().filter(s -> s.exit() != null).toList();
    double[] groups = new double[ended.size()];
    boolean[] lost = new boolean[ended.size()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = ended.get(i).group();
      lost[i] = ended.get(i).lost();
    }
    return consensusExit(groups, lost);
  }

  /**
   * {exit, low, high}: the maximum-likelihood exit chance at the reference buying group when a
   * stay of group ratio g is lost with 1 - (1 - exit)^g, and its 95 % profile-likelihood interval.
   */
  static double[] consensusExit(double[] groups, boolean[] lost) {
    java.util.function.DoubleUnaryOperator logLik = e -> {
      double u = Math.log1p(-e);
      double total = 0;
      for (int i = 0; i < groups.length; i++) {
        total += lost[i] ? Math.log(-Math.expm1(groups[i] * u)) : groups[i] * u;
      }
      return total;
    };
    return Stats.profileMle(logLik, 1e-9, 1 - 1e-9);
  }

  private static List<GammaFit.Stay> gammaStays(Data d, List<Stay> stays) {
    List<GammaFit.Stay> g = new ArrayList<>();
    for (Stay s : stays) {
      double[] entry = window(d, s.entry());
      double f = s.factor();
      double at = entry[0];
      if (s.exit() == null) {
        g.add(new GammaFit.Stay(0, (entry[1] - at) / f, (d.asOfDays - at) / f,
            (d.asOfDays - at) / f, true));
      } else {
        double[] exit = window(d, s.exit());
        if (exit[1] < entry[0]) {
          continue; // an exit before the entry: out of order history
        }
        g.add(new GammaFit.Stay(0, (entry[1] - at) / f, (exit[0] - at) / f, (exit[1] - at) / f,
            false));
      }
    }
    return g;
  }

  /** A stamp as a window of model time: a point, or its business day for a date alone. */
  private static double[] window(Data d, Stamp s) {
    if (!s.dateOnly()) {
      double t = d.days(s);
      return new double[] {t, t};
    }
    return d.calendar.dayBounds(s.date());
  }

  private static Curves.StageCurve curve(Data d, String source, String stage, List<Stay> stays,
      double mean, double cv) {
    List<GammaFit.Stay> g = gammaStays(d, stays);
    double[] times = new double[g.size()];
    boolean[] ended = new boolean[g.size()];
    for (int i = 0; i < times.length; i++) {
      times[i] = g.get(i).midpoint();
      ended[i] = !g.get(i).censored();
    }
    Survival.Curve km = Survival.kaplanMeier(times, ended);
    List<Double> t = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    for (int i = 0; i < km.times().length; i++) {
      t.add(km.times()[i]);
      s.add(km.values()[i]);
    }
    return new Curves.StageCurve(source, stage, t, s, mean, cv);
  }

  /** Win rates and cycles per source, from the deals themselves (shown, not set). */
  private static void observed(Data d, List<Estimate> out) {
    for (Source source : Source.values()) {
      String key = source.name().toLowerCase(Locale.ROOT);
      List<Double> times = new ArrayList<>();
      List<Integer> causes = new ArrayList<>();
      List<Double> cycles = new ArrayList<>();
      long won = 0;
      long closed = 0;
      for (Opportunity o : d.opportunities.values()) {
        if (d.source.get(o.id()) != source || d.noTiming.contains(o.id())) {
          continue;
        }
        double start = d.days(o.created());
        if (o.closed() && o.closeDate() != null) {
          double t = Math.max(0, d.days(o.closeDate()) - start);
          times.add(t);
          causes.add(o.won() ? 1 : 2);
          cycles.add(t);
          closed++;
          won += o.won() ? 1 : 0;
        } else if (!o.closed()) {
          times.add(Math.max(0, d.asOfDays - start));
          causes.add(0);
        }
      }
      if (closed == 0) {
        continue;
      }
      double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
      int[] c = causes.stream().mapToInt(Integer::intValue).toArray();
      Survival.Curve[] cif = Survival.competing(t, c);
      double wonShare = cif[0].last() / (cif[0].last() + cif[1].last());
      double[] ci = Stats.wilson(won, closed);
      Parameter p = source == Source.INBOUND ? Parameter.WIN_RATE_INBOUND : Parameter.WIN_RATE_OUTBOUND;
      out.add(p.estimate(0, null, "", wonShare, ci[0], ci[1], closed, "closed deals",
          "Aalen-Johansen cumulative incidence of won and lost (open deals censored at the"
              + " as-of date): won over won + lost at the last close; the model's path should"
              + " reproduce it; Wilson interval on the closed deals", List.of(
                  "opportunities.created", "opportunities.closeDate", "opportunities.won",
                  "opportunities.source"), Status.OBSERVED, d.base.pipeline().winProbability(source)));
      double[] cyc = cycles.stream().mapToDouble(Double::doubleValue).toArray();
      double mean = Stats.mean(cyc);
      double se = cyc.length > 1 ? Math.sqrt(Stats.variance(cyc) / cyc.length) : Double.NaN;
      double baseTotal = 0;
      for (Stage s : d.base.pipeline().path(source)) {
        baseTotal += s.meanDays();
      }
      Parameter cp = source == Source.INBOUND ? Parameter.CYCLE_INBOUND : Parameter.CYCLE_OUTBOUND;
      out.add(cp.estimate(0, null, "", mean, mean - Stats.Z * se, mean + Stats.Z * se,
          cyc.length, "closed deals", "mean working days from created to close among closed"
              + " deals (won or lost); normal interval", List.of("opportunities.created",
                  "opportunities.closeDate", "opportunities.source"), Status.OBSERVED, baseTotal));
    }
  }

  /**
   * Without a stage history: the base path scaled so its total time is the whole cycle's gamma
   * mean (created to close, open deals censored) and its win chance the observed share won.
   */
  private static Result wholeCycle(Data d, List<Estimate> out) {
    List<Stage> inbound = null;
    List<Stage> outbound = null;
    for (Source source : Source.values()) {
      String key = source.name().toLowerCase(Locale.ROOT);
      List<GammaFit.Stay> stays = new ArrayList<>();
      long won = 0;
      long closed = 0;
      for (Opportunity o : d.opportunities.values()) {
        if (d.source.get(o.id()) != source || d.noTiming.contains(o.id())) {
          continue;
        }
        double[] entry = window(d, o.created());
        double f = factor(d, o.id(), source);
        double at = entry[0];
        if (o.closed() && o.closeDate() != null) {
          double[] exit = window(d, o.closeDate());
          if (exit[1] >= entry[0]) {
            stays.add(new GammaFit.Stay(0, (entry[1] - at) / f, (exit[0] - at) / f,
                (exit[1] - at) / f, false));
            closed++;
            won += o.won() ? 1 : 0;
          }
        } else if (!o.closed()) {
          stays.add(new GammaFit.Stay(0, (entry[1] - at) / f, (d.asOfDays - at) / f,
              (d.asOfDays - at) / f, true));
        }
      }
      List<Stage> base = d.base.pipeline().path(source);
      List<String> cols = List.of("opportunities.created", "opportunities.closeDate",
          "opportunities.won", "opportunities.source");
      if (closed < d.options.minSample()) {
        for (int i = 0; i < base.size(); i++) {
          Stage s = base.get(i);
          String why = String.format(Locale.ROOT, "kept: no stage history, and %d closed %s"
              + " deals; the floor is %d", closed, key, d.options.minSample());
          out.add(Parameter.STAGE_MEAN_DAYS.estimate(i, key, " (" + s.name() + ")", s.meanDays(),
              Double.NaN, Double.NaN, closed, "deals", why, cols, Status.INSUFFICIENT_HISTORY,
              s.meanDays()));
          out.add(Parameter.STAGE_EXIT.estimate(i, key, " (" + s.name() + ")",
              s.exitProbability(), Double.NaN, Double.NaN, closed, "deals", why, cols,
              Status.INSUFFICIENT_HISTORY, s.exitProbability()));
        }
        continue;
      }
      GammaFit.Result fit = GammaFit.fit(stays);
      double baseTotal = 0;
      for (Stage s : base) {
        baseTotal += s.meanDays();
      }
      double scale = fit.mean() / baseTotal;
      double win = (double) won / closed;
      double[] winCi = Stats.wilson(won, closed);
      double baseWin = d.base.pipeline().winProbability(source);
      double alpha = exponent(win, baseWin);
      List<Stage> path = new ArrayList<>();
      for (int i = 0; i < base.size(); i++) {
        Stage s = base.get(i);
        String label = " (" + s.name() + ")";
        String method = "no stage history: the base path's days scaled to the whole cycle's"
            + " gamma mean (maximum likelihood, open deals censored), " + fit.events() + " of "
            + fit.n() + " deals closed";
        out.add(Parameter.STAGE_MEAN_DAYS.estimate(i, key, label, s.meanDays() * scale,
            s.meanDays() * fit.meanLow() / baseTotal, s.meanDays() * fit.meanHigh() / baseTotal,
            fit.n(), "deals", method, cols, Status.ESTIMATED, s.meanDays()));
        double exit = 1 - Math.pow(1 - s.exitProbability(), alpha);
        out.add(Parameter.STAGE_EXIT.estimate(i, key, label, exit,
            1 - Math.pow(1 - s.exitProbability(), exponent(winCi[1], baseWin)),
            1 - Math.pow(1 - s.exitProbability(), exponent(winCi[0], baseWin)), closed, "deals",
            "no stage history: the base path's exit chances bent so the path wins the observed"
                + " share of closed deals, (1 - exit)^a with a = ln(win) / ln(base win); Wilson"
                + " interval of the win share", cols, Status.ESTIMATED, s.exitProbability()));
        path.add(new Stage(s.name(), round(s.meanDays() * scale, 3), s.cv(), round(exit, 4),
            s.effortHours(), s.consensus()));
      }
      if (source == Source.INBOUND) {
        inbound = path;
      } else {
        outbound = path;
      }
    }
    return new Result(inbound == null ? d.base.pipeline().inbound() : inbound,
        outbound == null ? d.base.pipeline().outbound() : outbound, false, false, List.of());
  }

  private static double exponent(double win, double baseWin) {
    double w = Math.min(1 - 1e-9, Math.max(1e-9, win));
    return Math.log(w) / Math.log(baseWin);
  }

  static double round(double v, int places) {
    return new java.math.BigDecimal(v).setScale(places, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }
}
