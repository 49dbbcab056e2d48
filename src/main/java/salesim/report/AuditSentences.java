package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.Estimate;
import salesim.experiment.LeverPlan;
import salesim.model.Metric;
import salesim.report.AuditSection.Assumption;
import salesim.report.AuditSection.Change;
import salesim.report.AuditSection.Finding;
import salesim.report.AuditSection.Point;

/**
 * The assumption audit in words: for each headline finding, that it holds across every assumption,
 * or where it turns, naming the assumption, its value there and the difference it gives. Used by
 * the explanation's and the comparison's findings; apart from {@link AuditSection} because wording
 * a verdict (its claim, direction and the points it names) is a job of its own.
 */
final class AuditSentences {

  /** The most points a sentence names where a finding does not hold. */
  private static final int SHOWN = 3;

  private AuditSentences() {}

  /**
   * What a sign finding says, in words: "split-weighted books more than mixed-flat", "... earns
   * less contribution ...", or that the two are level.
   */
  static String signClause(String reads, Metric metric, String base, String other) {
    if (reads.equals("level")) {
      return base
          + " and "
          + other
          + " are level on "
          + PageParts.inSentence(metric);
    }
    boolean up = reads.equals("positive");
    if (metric == Metric.BOOKINGS_TOTAL) {
      return other + " books " + (up ? "more" : "less") + " than " + base;
    }
    if (metric == Metric.CONTRIBUTION) {
      return other + " earns " + (up ? "more" : "less") + " contribution than " + base;
    }
    return PageParts.inSentence(metric)
        + " is "
        + (up ? "higher" : "lower")
        + " under "
        + other
        + " than under "
        + base;
  }

  /**
   * The audit's verdicts in sentences carrying the numbers of summary.json: one for every finding
   * that holds everywhere, then one per finding that does not, naming the assumption, its value
   * there and the difference it gives ("... turns on call reluctance above 0.55: at 1 the
   * difference reverses (−USD 93.1 k, 95 % CI ...)").
   *
   * @param levers the explanation's lever names → how sentences name them ("the pay plan"); empty
   *     for a comparison
   */
  static List<String> of(
      AuditSection audit, String base, String other, String currency, Map<String, String> levers) {
    List<String> out = new ArrayList<>();
    List<String> holding = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (Finding f : audit.findings()) {
      Metric metric = AuditSection.metric(f.metric(), "audit.findings");
      String claim =
          f.kind().equals("sign")
              ? "that " + signClause(f.reads(), metric, base, other)
              : "that "
                  + levers.getOrDefault(f.reads(), f.reads())
                  + " "
                  + (levers.size() == 1 ? "is all" : "does the most")
                  + " of the "
                  + PageParts.inSentence(metric)
                  + " difference";
      if (f.changes().isEmpty()) {
        holding.add(claim);
      } else {
        rest.add(changed(audit, f, metric, claim, currency, levers));
      }
    }
    if (!holding.isEmpty()) {
      out.add(
          String.format(
              Locale.ROOT,
              "%s %s across all %d assumptions, each tried at both ends of its plausible range"
                  + " (%s runs per point).",
              capital(LeverPlan.joined(holding)),
              holding.size() == 1 ? "holds" : "hold",
              audit.assumptions().size(),
              Formats.whole(audit.runs())));
    }
    out.addAll(rest);
    return out;
  }

  private static String changed(
      AuditSection audit,
      Finding f,
      Metric metric,
      String claim,
      String currency,
      Map<String, String> levers) {
    List<String> turns = new ArrayList<>();
    List<String> emerges = new ArrayList<>();
    for (Change c : f.ordered()) {
      Assumption a = audit.assumption(c.path());
      Point p = audit.point(c.path(), c.value());
      String at = AuditSection.value(c.value(), a.unit(), currency);
      Estimate e = p == null ? null : p.totals().get(f.metric());
      String difference =
          e == null
              ? ""
              : ExplainFindings.withCi(e, metric, currency);
      if (c.verdict().equals("emerges")) {
        String inner =
            e == null
                ? ""
                : " (" + ExplainFindings.inner(e, metric, currency) + ")";
        emerges.add(String.format(Locale.ROOT, "%s at %s%s", lower(a.label()), at, inner));
        continue;
      }
      String direction = c.value() > a.value() ? "above" : "below";
      String there;
      if (f.kind().equals("sign")) {
        there =
            "the difference is "
                + difference
                + (c.verdict().equals("reverses")
                    ? ", clearly reversed"
                    : ", though within the noise of " + Formats.whole(audit.runs()) + " runs");
      } else {
        there = levers.getOrDefault(c.becomes(), c.becomes()) + " does more";
      }
      // "turns on X above Y": Y is the last value at which the search still found it holding.
      String turned =
          Double.isNaN(c.turnsBy()) || c.turnsBy() == c.value()
              ? ""
              : " (it has turned by " + AuditSection.value(c.turnsBy(), a.unit(), currency) + ")";
      turns.add(
          String.format(
              Locale.ROOT,
              "turns on %s %s %s%s: at %s %s",
              lower(a.label()),
              direction,
              AuditSection.value(
                  Double.isNaN(c.holdsTo()) ? a.value() : c.holdsTo(), a.unit(), currency),
              turned,
              at,
              there));
    }
    StringBuilder sentence = new StringBuilder(capital(claim));
    List<String> parts = turns.isEmpty() ? emerges : turns;
    List<String> shown = parts.subList(0, Math.min(SHOWN, parts.size()));
    if (turns.isEmpty()) {
      sentence
          .append(" does not hold everywhere: a clear difference appears with ")
          .append(LeverPlan.joined(shown));
    } else {
      sentence.append(' ').append(String.join("; it also ", shown));
    }
    int more = f.changes().size() - shown.size();
    if (more > 0) {
      sentence
          .append("; and it does not hold at ")
          .append(more)
          .append(more == 1 ? " more point" : " more points")
          .append(" (the audit table lists them)");
    }
    return sentence.append('.').toString();
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String lower(String label) {
    return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
