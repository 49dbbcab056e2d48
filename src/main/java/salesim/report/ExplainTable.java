package salesim.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.Attribution;
import salesim.experiment.Audit;
import salesim.experiment.Estimate;
import salesim.experiment.Lever;
import salesim.experiment.LeverDesign;
import salesim.experiment.LeverPlan;
import salesim.model.Metric;
import salesim.scenario.SettingDifference;

/** What {@code salesim explain} prints: the levers before the run, the attribution after it. */
public final class ExplainTable {

  private ExplainTable() {}

  /** The levers, which setting fell into which, and the design. */
  public static void printPlan(
      PrintStream out, LeverPlan plan, List<SettingDifference> differences) {
    LeverDesign design = plan.design();
    out.printf(
        Locale.ROOT,
        "explain: %s -> %s differ in %d setting%s, grouped into %d lever%s; %s%n",
        plan.base().name(),
        plan.other().name(),
        differences.size(),
        differences.size() == 1 ? "" : "s",
        design.levers().size(),
        design.levers().size() == 1 ? "" : "s",
        designText(design));
    Map<String, SettingDifference> byPath = SettingDifference.byPath(differences);
    for (Lever lever : design.levers()) {
      out.printf(Locale.ROOT, "  %s (%s)%n", lever.label(), lever.name());
      for (String path : lever.settings()) {
        SettingDifference d = byPath.get(path);
        out.printf(Locale.ROOT, "    %s: %s -> %s%n", path, shown(d.base()), shown(d.other()));
      }
    }
    for (LeverPlan.Merge m : plan.merges()) {
      out.printf(
          Locale.ROOT,
          "  (%s are applied together: %s with only some of them does not validate: %s)%n",
          String.join(" and ", m.merged()),
          plan.base().name(),
          m.reason());
    }
  }

  /** How the combinations were chosen, in a clause. */
  static String designText(LeverDesign design) {
    if (design.method() == LeverDesign.Method.FACTORIAL) {
      return String.format(
          Locale.ROOT,
          "full factorial: all %d combinations on common random numbers",
          design.variants());
    }
    if (design.exhaustive()) {
      return String.format(
          Locale.ROOT,
          "Shapley values along all %d orderings: %d combinations on common random numbers",
          design.orderings().size(),
          design.variants());
    }
    return String.format(
        Locale.ROOT,
        "Shapley values estimated from %d sampled orderings (%d pairs, each with its reverse):"
            + " %d combinations on common random numbers",
        design.orderings().size(),
        design.orderings().size() / 2,
        design.variants());
  }

  private static String shown(String value) {
    return value.isEmpty() ? "(none)" : value;
  }

  /** Per key metric the total and the levers' shares, the channel, the audit's verdicts. */
  public static void print(
      PrintStream out,
      LeverPlan plan,
      Attribution attribution,
      List<Metric> key,
      List<Metric> channel,
      Audit.Result audit) {
    List<Lever> levers = plan.levers();
    int width = "lever".length();
    for (Lever l : levers) {
      width = Math.max(width, l.label().length());
    }
    String row = "  %-" + width + "s %16s  %-36s %s%n";
    for (Metric metric : key) {
      Estimate total = attribution.total(metric);
      out.printf(
          Locale.ROOT,
          "%s: %s - %s = %s [%s .. %s] (mean of %,d paired runs, 95%% CI)%n",
          metric.key(),
          plan.other().name(),
          plan.base().name(),
          HeadlineTable.difference(total.mean(), metric, at(total, metric)),
          HeadlineTable.difference(total.ci95Low(), metric, at(total, metric)),
          HeadlineTable.difference(total.ci95High(), metric, at(total, metric)),
          total.n());
      out.printf(Locale.ROOT, row, "lever", "share", "95% CI", "settings");
      for (int i = 0; i < levers.size(); i++) {
        Estimate s = attribution.share(metric, i);
        out.printf(
            Locale.ROOT,
            row,
            levers.get(i).label(),
            HeadlineTable.difference(s.mean(), metric, at(s, metric)),
            "["
                + HeadlineTable.difference(s.ci95Low(), metric, at(s, metric))
                + " .. "
                + HeadlineTable.difference(s.ci95High(), metric, at(s, metric))
                + "]",
            String.join(", ", levers.get(i).settings()));
      }
      List<int[]> pairs = plan.design().pairs();
      StringBuilder clear = new StringBuilder();
      for (int p = 0; p < pairs.size(); p++) {
        Estimate e = attribution.interaction(metric, p);
        if (attribution.clearInteraction(metric, p)) {
          clear.append(
              String.format(
                  Locale.ROOT,
                  "%n    %s x %s: %s [%s .. %s]",
                  levers.get(pairs.get(p)[0]).label(),
                  levers.get(pairs.get(p)[1]).label(),
                  HeadlineTable.difference(e.mean(), metric, at(e, metric)),
                  HeadlineTable.difference(e.ci95Low(), metric, at(e, metric)),
                  HeadlineTable.difference(e.ci95High(), metric, at(e, metric))));
        }
      }
      if (pairs.isEmpty() && levers.size() > 1) {
        out.println("  interactions: not estimated (sampled orderings)");
      } else if (levers.size() > 1) {
        out.println(
            clear.length() == 0
                ? "  interactions: none beyond its 95% CI"
                : "  interactions beyond their 95% CI:" + clear);
      }
      Attribution.Additivity a = attribution.additivity(metric);
      out.println("  " + additivitySentence(a));
    }
    out.printf(
        Locale.ROOT,
        "channel: each lever's share of the change in the mechanism metrics (paired, mean)%n");
    StringBuilder header =
        new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", "lever"));
    for (Metric m : channel) {
      header.append(String.format(Locale.ROOT, " %22s", m.key()));
    }
    out.println(header);
    for (int i = -1; i < levers.size(); i++) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT, "  %-" + width + "s", i < 0 ? "(total)" : levers.get(i).label()));
      for (Metric m : channel) {
        Estimate e = i < 0 ? attribution.total(m) : attribution.share(m, i);
        line.append(String.format(Locale.ROOT, " %22s", HeadlineTable.difference(e.mean(), m)));
      }
      out.println(line);
    }
    if (audit != null) {
      printAudit(out, audit, plan.base().name(), plan.other().name(), levers);
    }
  }

  /** The sentence on the additivity check. */
  static String additivitySentence(Attribution.Additivity a) {
    if (a.checked() == 0) {
      return "shares: no run where the metric is defined in every variant";
    }
    String undefined =
        a.undefined() == 0
            ? ""
            : String.format(
                Locale.ROOT, " (%,d runs left out: not defined in some variant)", a.undefined());
    if (!a.exact()) {
      return String.format(
          Locale.ROOT,
          "shares did NOT add up to the total in %,d of %,d runs (an internal error)%s",
          a.failed(),
          a.checked(),
          undefined);
    }
    return String.format(
        Locale.ROOT,
        "the shares add up to the total exactly in every one of the %,d runs%s",
        a.checked(),
        undefined);
  }

  /** The audit's verdict on each finding. */
  public static void printAudit(
      PrintStream out, Audit.Result audit, String base, String other, List<Lever> levers) {
    out.printf(
        Locale.ROOT,
        "audit (%s): %d assumptions at both ends of their ranges, %,d runs per point, %d points"
            + "%s%n",
        audit.mode().key(),
        audit.settings().size(),
        audit.runs(),
        audit.points().size(),
        audit.skipped().isEmpty() ? "" : ", " + audit.skipped().size() + " left out");
    for (Audit.Finding f : audit.findings()) {
      StringBuilder line = new StringBuilder("  ");
      line.append(
          f.kind() == Audit.Kind.SIGN
              ? f.metric().key() + " (" + other + " vs " + base + ": " + f.reads() + ")"
              : "largest lever of " + f.metric().key() + " (" + labelOf(f.reads(), levers) + ")");
      if (f.holds()) {
        line.append(": holds across every assumption");
      } else {
        line.append(":");
        for (Audit.Change c : f.changes()) {
          // summary.json keeps "turns" for a mean that crossed zero within the noise; the
          // terminal, like the report, does not call that a turn.
          boolean noise = f.kind() == Audit.Kind.SIGN && c.verdict() == Audit.Verdict.TURNS;
          line.append(
              String.format(
                  Locale.ROOT,
                  "%n    %s at %s (%s end): %s%s%s",
                  c.path(),
                  Numbers.format(c.value()),
                  c.end(),
                  noise
                      ? "no longer clear (within the noise)"
                      : c.verdict().key()
                          + (f.kind() == Audit.Kind.SIGN
                              ? " (" + c.becomes() + ")"
                              : " (" + labelOf(c.becomes(), levers) + ")"),
                  there(audit, c, f.metric()),
                  Double.isNaN(c.turnsBy())
                      ? ""
                      : String.format(
                          Locale.ROOT,
                          "; %s between %s and %s",
                          noise ? "the mean crosses zero" : "turns",
                          Numbers.format(c.holdsTo()),
                          Numbers.format(c.turnsBy()))));
        }
      }
      out.println(line);
    }
  }

  /**
   * The difference at a change's point with its interval: ", difference -12,345 [-40,000 ..
   * +15,310]"; "" if the point is not among the audit's.
   */
  private static String there(Audit.Result audit, Audit.Change c, Metric metric) {
    for (Audit.Point p : audit.points()) {
      if (p.path().equals(c.path()) && p.value() == c.value() && p.totals().containsKey(metric)) {
        Estimate e = p.totals().get(metric);
        int places = at(e, metric);
        return String.format(
            Locale.ROOT,
            ", difference %s [%s .. %s]",
            HeadlineTable.difference(e.mean(), metric, places),
            HeadlineTable.difference(e.ci95Low(), metric, places),
            HeadlineTable.difference(e.ci95High(), metric, places));
      }
    }
    return "";
  }

  /** The decimals that tell an estimate's interval's ends apart. */
  private static int at(Estimate e, Metric metric) {
    return HeadlineTable.places(metric, e.ci95Low(), e.ci95High());
  }

  private static String labelOf(String name, List<Lever> levers) {
    for (Lever l : levers) {
      if (l.name().equals(name)) {
        return l.label();
      }
    }
    return name;
  }
}
