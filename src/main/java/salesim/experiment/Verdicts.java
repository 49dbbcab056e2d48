package salesim.experiment;

import java.util.ArrayList;
import java.util.List;
import salesim.model.Metric;

/**
 * What became of each headline finding of an {@link Audit} at each end of each range, and, where it
 * turned, the bracket within which it does: the range between the plans' own value and that end is
 * halved {@link Audit#SEARCH_STEPS} times, each probe a point run by {@link AuditPoints}. A sign is
 * judged by the point's mean, not its interval (the points run fewer replications than the main
 * run). Apart from the runs because it only reads attributions and asks for the probes it needs.
 */
final class Verdicts {

  private final LeverPlan plan;
  private final AuditPoints points;

  Verdicts(LeverPlan plan, AuditPoints points) {
    this.plan = plan;
    this.points = points;
  }

  /** A finding of the main run and where it did not hold, in the order of the settings. */
  Audit.Finding finding(
      Audit.Kind kind, Metric metric, List<Audit.Setting> settings, Attribution main) {
    String reads = reads(kind, metric, main);
    List<Audit.Change> changes = new ArrayList<>();
    for (Audit.Setting s : settings) {
      for (String end : List.of("low", "high")) {
        double value = end.equals("low") ? s.low() : s.high();
        Attribution at = value == s.base() ? null : points.at(s.path(), value);
        if (at == null) {
          continue;
        }
        String there = reads(kind, metric, at);
        Audit.Verdict verdict = verdict(kind, metric, main, at);
        if (verdict == Audit.Verdict.HOLDS) {
          continue;
        }
        double holdsTo = Double.NaN;
        double turnsBy = Double.NaN;
        if (verdict == Audit.Verdict.REVERSES || verdict == Audit.Verdict.TURNS) {
          double lo = s.base();
          double hi = value;
          for (int step = 0; step < Audit.SEARCH_STEPS; step++) {
            double mid = lo + (hi - lo) / 2;
            if (s.whole()) {
              mid = Math.rint(mid);
            }
            if (mid == lo || mid == hi) {
              break;
            }
            Attribution probe = points.point(s, mid, "search");
            if (probe == null) {
              break;
            }
            if (turned(kind, metric, main, probe)) {
              hi = mid;
            } else {
              lo = mid;
            }
          }
          holdsTo = lo;
          turnsBy = hi;
        }
        changes.add(new Audit.Change(s.path(), end, value, verdict, there, holdsTo, turnsBy));
      }
    }
    return new Audit.Finding(kind, metric, reads, changes);
  }

  /** What a finding reads under an attribution. */
  private String reads(Audit.Kind kind, Metric metric, Attribution a) {
    if (kind == Audit.Kind.LARGEST_LEVER) {
      int i = a.largest(metric);
      return i < 0 ? "none" : plan.levers().get(i).name();
    }
    return switch (a.total(metric).clearSign()) {
      case 1 -> "positive";
      case -1 -> "negative";
      default -> "level";
    };
  }

  private static Audit.Verdict verdict(
      Audit.Kind kind, Metric metric, Attribution main, Attribution at) {
    if (kind == Audit.Kind.LARGEST_LEVER) {
      return main.largest(metric) == at.largest(metric)
          ? Audit.Verdict.HOLDS
          : Audit.Verdict.REVERSES;
    }
    int was = main.total(metric).clearSign();
    int is = at.total(metric).clearSign();
    if (was == 0) {
      return is == 0 ? Audit.Verdict.HOLDS : Audit.Verdict.EMERGES;
    }
    if (!turned(kind, metric, main, at)) {
      return Audit.Verdict.HOLDS;
    }
    return is == -was ? Audit.Verdict.REVERSES : Audit.Verdict.TURNS;
  }

  /**
   * Whether a search point lies past the turn: the mean difference has the opposite sign, or
   * another lever is the largest. The mean, not the interval, so the search brackets the crossing.
   */
  private static boolean turned(Audit.Kind kind, Metric metric, Attribution main, Attribution at) {
    if (kind == Audit.Kind.LARGEST_LEVER) {
      return main.largest(metric) != at.largest(metric);
    }
    // A mean of exactly zero has lost the direction too.
    return Math.signum(at.total(metric).mean()) != main.total(metric).clearSign();
  }
}
