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

  /**
   * A finding that does not hold everywhere. A clear reversal "turns on" the assumption; a point
   * where the mean only crossed zero, its interval still including it, leaves the finding "no
   * longer clear" there: at few runs per point such crossings are often noise, and a leadership
   * team should not hear that a finding turns on them. Reversals come first.
   */
  private static String changed(
      AuditSection audit,
      Finding f,
      Metric metric,
      String claim,
      String currency,
      Map<String, String> levers) {
    List<String> turns = new ArrayList<>();
    List<String> unclear = new ArrayList<>();
    List<String> emerges = new ArrayList<>();
    for (Change c : f.ordered()) {
      Assumption a = audit.assumption(c.path());
      Point p = audit.point(c.path(), c.value());
      String at = AuditSection.value(c.value(), a.unit(), currency);
      Estimate e = p == null ? null : p.totals().get(f.metric());
      if (c.verdict().equals("emerges")) {
        String inner = e == null ? "" : " (" + ExplainFindings.inner(e, metric, currency) + ")";
        emerges.add(String.format(Locale.ROOT, "%s at %s%s", lower(a.label()), at, inner));
        continue;
      }
      String direction = c.value() > a.value() ? "above" : "below";
      String from =
          AuditSection.value(Double.isNaN(c.holdsTo()) ? a.value() : c.holdsTo(), a.unit(), currency);
      // "above Y": Y is the last value at which the search still found it holding.
      String by =
          Double.isNaN(c.turnsBy()) || c.turnsBy() == c.value()
              ? ""
              : AuditSection.value(c.turnsBy(), a.unit(), currency);
      String difference = e == null ? "" : "the difference is " + ExplainFindings.withCi(e, metric, currency);
      if (f.kind().equals("sign") && c.verdict().equals("turns")) {
        unclear.add(
            String.format(
                Locale.ROOT,
                "is no longer clear with %s %s %s: at %s %s, within the noise of %s runs",
                lower(a.label()),
                direction,
                from,
                at,
                difference,
                Formats.whole(audit.runs())));
        continue;
      }
      String there =
          f.kind().equals("sign")
              ? difference + ", clearly reversed"
              : levers.getOrDefault(c.becomes(), c.becomes()) + " does more";
      turns.add(
          String.format(
              Locale.ROOT,
              "turns on %s %s %s%s: at %s %s",
              lower(a.label()),
              direction,
              from,
              by.isEmpty() ? "" : " (it has turned by " + by + ")",
              at,
              there));
    }
    StringBuilder sentence = new StringBuilder(capital(claim));
    if (turns.isEmpty() && unclear.isEmpty()) {
      List<String> shown = emerges.subList(0, Math.min(SHOWN, emerges.size()));
      sentence
          .append(" does not hold everywhere: a clear difference appears with ")
          .append(LeverPlan.joined(shown));
      return sentence.append(more(emerges.size() - shown.size(), 0)).append('.').toString();
    }
    List<String> parts = new ArrayList<>(turns);
    parts.addAll(unclear);
    List<String> shown = parts.subList(0, Math.min(SHOWN, parts.size()));
    sentence.append(' ').append(String.join("; it also ", shown));
    long shownTurns = Math.min(turns.size(), shown.size());
    int moreTurns = turns.size() - (int) shownTurns;
    int moreUnclear = unclear.size() - (shown.size() - (int) shownTurns);
    return sentence.append(more(moreTurns, moreUnclear)).append('.').toString();
  }

  /** "; and it turns at 1 more point and is no longer clear at 5 more (the audit table ...)". */
  private static String more(int reversals, int others) {
    if (reversals + others == 0) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (reversals > 0) {
      parts.add("turns at " + points(reversals));
    }
    if (others > 0) {
      parts.add("is no longer clear at " + (reversals > 0 ? others + " more" : points(others)));
    }
    return "; and it " + String.join(" and ", parts) + " (the audit table lists them)";
  }

  private static String points(int n) {
    return n + (n == 1 ? " more point" : " more points");
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String lower(String label) {
    return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
