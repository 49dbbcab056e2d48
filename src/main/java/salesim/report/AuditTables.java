package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.Estimate;
import salesim.model.Metric;
import salesim.report.AuditSection.Assumption;
import salesim.report.AuditSection.Change;
import salesim.report.AuditSection.Finding;
import salesim.report.AuditSection.Point;
import salesim.report.Page.Row;
import salesim.report.Page.Table;

/**
 * The assumption audit's tables: the findings, with a row for each point where one does not hold,
 * and every point, the difference at each end of each assumption's range. Used by the explanation's
 * and the comparison's reports; apart from {@link AuditSection} because laying the audit out in
 * cells is a job of its own.
 */
final class AuditTables {

  private AuditTables() {}

  /** The findings table: what each finding reads, and where it does not hold. */
  static Table findings(AuditSection audit, String currency, Map<String, String> leverLabels) {
    List<Row> rows = new ArrayList<>();
    for (Finding f : audit.findings()) {
      Metric metric = AuditSection.metric(f.metric(), "audit.findings");
      String finding =
          (f.kind().equals("sign") ? "Which plan is ahead on " : "Largest lever of ")
              + PageParts.inSentence(metric);
      String reads =
          f.kind().equals("sign") ? f.reads() : leverLabels.getOrDefault(f.reads(), f.reads());
      if (f.changes().isEmpty()) {
        rows.add(Row.of(finding, reads, "holds across every assumption", "", ""));
        continue;
      }
      // One row per point where it does not hold; the finding named on the first.
      boolean first = true;
      for (Change c : f.ordered()) {
        Assumption a = audit.assumption(c.path());
        String becomes =
            f.kind().equals("sign")
                ? c.becomes()
                : leverLabels.getOrDefault(c.becomes(), c.becomes());
        String bracket =
            Double.isNaN(c.turnsBy())
                ? ""
                : AuditSection.value(c.holdsTo(), a.unit(), currency)
                    + " \u2013 "
                    + AuditSection.value(c.turnsBy(), a.unit(), currency);
        rows.add(
            new Row(
                List.of(
                    first ? finding : "",
                    first ? reads : "",
                    a.label()
                        + " at "
                        + AuditSection.value(c.value(), a.unit(), currency)
                        + "\n"
                        + a.path(),
                    // summary.json keeps "turns" for a crossing within the noise; a reader
                    // should not hear that the finding turns on it.
                    (c.verdict().equals("turns") ? "no longer clear" : c.verdict())
                        + ": "
                        + becomes,
                    bracket),
                true));
        first = false;
      }
    }
    return new Table(
        "The assumption audit: does each finding hold?",
        String.format(
            Locale.ROOT,
            "%s audit: %d modelling assumptions, each at the low and the high end of its plausible"
                + " range, one at a time, %s runs per point on the same random numbers as the main"
                + " run. A finding holds where the mean difference keeps its direction; where it"
                + " changes direction (clearly: reverses; within the noise: no longer clear) the"
                + " range was halved %d"
                + " times to bracket the value: the last column gives the last value at which it"
                + " held and the first at which it had turned.",
            audit.mode().equals("full") ? "Full" : "Quick",
            audit.assumptions().size(),
            Formats.whole(audit.runs()),
            audit.searchSteps()),
        List.of("Finding", "Reads", "Where it does not hold", "There", "Turns between"),
        rows,
        false);
  }

  /** Every point: the difference at each end of each assumption's range. */
  static Table points(AuditSection audit, List<Metric> metrics, String currency) {
    List<String> header = new ArrayList<>(List.of("Assumption", "Low \u2013 plans \u2013 high"));
    for (Metric m : metrics) {
      header.add(PageParts.name(m) + " at low");
      header.add("at high");
    }
    List<Row> rows = new ArrayList<>();
    for (Assumption a : audit.assumptions()) {
      List<String> cells = new ArrayList<>();
      cells.add(a.label() + "\n" + a.path());
      // The unit once, with the three numbers: "0.5 – 1 – 2 hours".
      String unit = AuditSection.unitWord(a.unit(), currency);
      String numbers =
          AuditSection.number(a.low())
              + " \u2013 "
              + AuditSection.number(a.value())
              + " \u2013 "
              + AuditSection.number(a.high());
      cells.add(
          unit.isEmpty()
              ? numbers
              : a.unit().equals(salesim.scenario.ParameterCatalogue.CURRENCY)
                  ? unit + " " + numbers
                  : numbers + " " + unit);
      boolean changed = false;
      for (Metric m : metrics) {
        for (double v : new double[] {a.low(), a.high()}) {
          Point p = v == a.value() ? null : audit.point(a.path(), v);
          if (p == null || !p.totals().containsKey(m.key())) {
            cells.add("\u2014");
            continue;
          }
          Estimate e = p.totals().get(m.key());
          int places = Formats.places(m, e.ci95Low(), e.ci95High());
          cells.add(
              Formats.difference(e.mean(), m, currency, places)
                  + "\n\u00b1 "
                  + Formats.metric(e.halfWidth(), m, currency, places).replace(Formats.MINUS, ""));
        }
      }
      for (Finding f : audit.findings()) {
        changed |= f.changes().stream().anyMatch(c -> c.path().equals(a.path()));
      }
      rows.add(new Row(cells, changed));
    }
    StringBuilder note =
        new StringBuilder(
            "The difference between the plans with each assumption at the low and the high end of"
                + " its range (the others at the plans' values); \u00b1 is the 95 % CI's"
                + " half-width. Highlighted: an assumption under which a finding does not hold.");
    if (!audit.skipped().isEmpty()) {
      List<String> reasons = new ArrayList<>();
      for (String[] s : audit.skipped()) {
        reasons.add(s[0] + " (" + s[1] + ")");
      }
      note.append(" Left out: ").append(String.join("; ", reasons)).append('.');
    }
    return new Table("The audit, assumption by assumption", note.toString(), header, rows, false);
  }
}
