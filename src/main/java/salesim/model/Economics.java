package salesim.model;

import java.util.List;
import salesim.model.base.Source;
import salesim.model.funnel.Pipeline;
import salesim.model.funnel.Stage;
import salesim.model.market.Segment;
import salesim.model.shock.Shock;

/**
 * The deal economics of the current month, per source, segment and stage: survival to a win,
 * the rep effort still ahead, and the time to close. Recomputed at each month start from the
 * parameters and the month's shock multipliers (never per draw), and read by the rep's choice
 * and the stage transitions.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Economics {

  private final SalesParameters p;
  private final int segments;
  private final int[] stages = new int[2];

  /** Survival of stage k: [source][segment][stage]. */
  final double[][][] survival;
  /** Probability of winning from the start of stage k. */
  final double[][][] winFrom;
  /** Expected rep hours still ahead from the start of stage k (survival-weighted). */
  final double[][][] effortFrom;
  /** Mean working days from the start of stage k to the close, if won. */
  final double[][][] daysFrom;
  /** Mean stage duration this month: [source][segment][stage]. */
  final double[][][] stageDays;
  /** Mean deal value this month, by segment. */
  final double[] dealValue;
  /** Stage survival before shocks, buying groups applied: fixed for the replication. */
  private final double[][][] baseSurvival;

  // The month's shock multipliers.
  double inboundLeads = 1.0;
  double connectRate = 1.0;
  double meetingRate = 1.0;
  double winInbound = 1.0;
  double winOutbound = 1.0;
  double dealValueFactor = 1.0;
  double cycleLength = 1.0;
  double budgetFreeze = 0.0;

  Economics(SalesParameters parameters) {
    this.p = parameters;
    this.segments = parameters.segments().size();
    stages[0] = parameters.pipeline().inbound().size();
    stages[1] = parameters.pipeline().outbound().size();
    survival = new double[2][segments][];
    winFrom = new double[2][segments][];
    effortFrom = new double[2][segments][];
    daysFrom = new double[2][segments][];
    stageDays = new double[2][segments][];
    for (int src = 0; src < 2; src++) {
      for (int s = 0; s < segments; s++) {
        survival[src][s] = new double[stages[src]];
        winFrom[src][s] = new double[stages[src] + 1];
        effortFrom[src][s] = new double[stages[src] + 1];
        daysFrom[src][s] = new double[stages[src] + 1];
        stageDays[src][s] = new double[stages[src]];
      }
    }
    dealValue = new double[segments];
    baseSurvival = new double[2][segments][];
    Pipeline pipeline = parameters.pipeline();
    for (int s = 0; s < segments; s++) {
      Segment segment = parameters.segments().get(s);
      for (int src = 0; src < 2; src++) {
        List<Stage> path = src == 0 ? pipeline.inbound() : pipeline.outbound();
        baseSurvival[src][s] = new double[path.size()];
        for (int k = 0; k < path.size(); k++) {
          Stage stage = path.get(k);
          double exit = stage.exitProbability();
          if (stage.consensus()) {
            exit =
                1.0
                    - StrictMath.pow(
                        1.0 - exit, segment.buyingGroupSize() / pipeline.referenceBuyingGroup());
          }
          baseSurvival[src][s][k] = 1.0 - exit;
        }
      }
    }
    update(0);
  }

  /** Applies the shocks of {@code month} and recomputes the tables. */
  void update(int month) {
    inboundLeads = 1.0;
    connectRate = 1.0;
    meetingRate = 1.0;
    winInbound = 1.0;
    winOutbound = 1.0;
    dealValueFactor = 1.0;
    cycleLength = 1.0;
    double survive = 1.0;
    for (Shock shock : p.shocks()) {
      double s = shock.severity(month);
      if (s == 0.0) {
        continue;
      }
      // Shocks compound multiplicatively; freezes combine as independent chances.
      inboundLeads *= 1.0 + s * (shock.inboundLeads() - 1.0);
      connectRate *= 1.0 + s * (shock.connectRate() - 1.0);
      meetingRate *= 1.0 + s * (shock.meetingRate() - 1.0);
      winInbound *= 1.0 + s * (shock.winRateInbound() - 1.0);
      winOutbound *= 1.0 + s * (shock.winRateOutbound() - 1.0);
      dealValueFactor *= 1.0 + s * (shock.dealValue() - 1.0);
      cycleLength *= 1.0 + s * (shock.cycleLength() - 1.0);
      survive *= 1.0 - s * shock.budgetFreezeChance();
    }
    budgetFreeze = 1.0 - survive;

    Pipeline pipeline = p.pipeline();
    List<Segment> segs = p.segments();
    for (int s = 0; s < segments; s++) {
      Segment segment = segs.get(s);
      dealValue[s] = segment.dealValueMean() * dealValueFactor;
      for (int src = 0; src < 2; src++) {
        List<Stage> path = src == 0 ? pipeline.inbound() : pipeline.outbound();
        int n = path.size();
        // A shock to the win rate is spread evenly over the stages' survival.
        double win = src == 0 ? winInbound : winOutbound;
        double shockPerStage = win == 1.0 ? 1.0 : StrictMath.pow(win, 1.0 / n);
        for (int k = 0; k < n; k++) {
          Stage stage = path.get(k);
          survival[src][s][k] = Math.min(1.0, baseSurvival[src][s][k] * shockPerStage);
          stageDays[src][s][k] = stage.meanDays() * segment.cycleFactor() * cycleLength;
        }
        winFrom[src][s][n] = 1.0;
        effortFrom[src][s][n] = 0.0;
        daysFrom[src][s][n] = 0.0;
        for (int k = n - 1; k >= 0; k--) {
          winFrom[src][s][k] = survival[src][s][k] * winFrom[src][s][k + 1];
          effortFrom[src][s][k] =
              path.get(k).effortHours() + survival[src][s][k] * effortFrom[src][s][k + 1];
          daysFrom[src][s][k] = stageDays[src][s][k] + daysFrom[src][s][k + 1];
        }
      }
    }
  }

  /** Index of a source in the tables. */
  static int index(Source source) {
    return source == Source.INBOUND ? 0 : 1;
  }
}
