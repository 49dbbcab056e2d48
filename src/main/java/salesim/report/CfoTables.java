package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import salesim.experiment.HirePayback;
import salesim.experiment.PairedDifference;
import salesim.model.Metric;
import salesim.report.CfoPage.Plan;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.Summary.Stats;

/**
 * The tables of the CFO's page: the CFO's measures per plan, the value at the horizon realised and
 * expected, and either the paired differences against the baseline (a comparison) or what each
 * shock costs (a stress test). Apart from {@link CfoPage} because the cells, their notes and the
 * placeholders of older outputs are a part of their own.
 */
final class CfoTables {

  private CfoTables() {}

  /**
   * A run's or a comparison's tables: the measures, the value at the horizon and, for a
   * comparison, the CFO's measures against the baseline.
   */
  static List<Table> forComparison(
      List<Plan> plans,
      List<PlanBlock> blocks,
      Map<String, Map<String, PairedDifference>> paired,
      String currency,
      String span) {
    List<Table> tables = new ArrayList<>();
    tables.add(planTable(plans, currency, span));
    tables.add(valueTable(plans, currency));
    if (plans.size() > 1) {
      tables.add(
          CompareTables.pairedTable(
              "The CFO's measures against the baseline, " + blocks.get(0).name(),
              CfoPage.PAIRED,
              blocks,
              paired,
              currency));
    }
    return tables;
  }

  /**
   * A stress test's tables: what each shock costs, then the measures and the value at the horizon
   * of {@code all}, the plan without a shock followed by each shock.
   */
  static List<Table> forStress(
      Plan plan,
      List<Plan> shocks,
      List<Plan> all,
      List<Map<String, PairedDifference>> costs,
      String currency,
      String span) {
    List<Table> tables = new ArrayList<>();
    tables.add(shockTable(plan, shocks, costs, currency));
    tables.add(planTable(all, currency, span));
    tables.add(valueTable(all, currency));
    return tables;
  }

  /** The CFO's measures per plan: means ± half their 95 % CI. */
  private static Table planTable(List<Plan> plans, String currency, String span) {
    List<String> header = new ArrayList<>(List.of("Measure"));
    plans.forEach(p -> header.add(p.name()));
    List<Row> rows = new ArrayList<>();
    List<String> start = new ArrayList<>(List.of("ARR at the start of the horizon"));
    for (Plan p : plans) {
      start.add(Formats.money(p.arrAtStart(), currency));
    }
    rows.add(new Row(start, false));
    for (Metric metric : CfoPage.TABLE) {
      List<String> cells = new ArrayList<>(List.of(PageParts.name(metric)));
      for (Plan p : plans) {
        cells.add(
            metric == Metric.OUTBOUND_HIRE_PAYBACK_MONTHS
                ? hireCell(p)
                : meanAndHalf(p.stats(metric), metric, currency));
      }
      rows.add(new Row(cells, false));
      if (metric == Metric.OUTBOUND_HIRE_PAYBACK_MONTHS) {
        List<String> hiring = new ArrayList<>(List.of("Runs that hired a hunter"));
        for (Plan p : plans) {
          HirePayback h = p.hires();
          hiring.add(
              h == null
                  ? "not recorded\n(an older output)"
                  : h.runsHiring() + " of " + Formats.whole(h.runs()));
        }
        rows.add(new Row(hiring, false));
      }
    }
    return new Table(
        "The CFO's measures over " + span,
        "Mean of the runs \u00b1 half its 95 % CI. Net new ARR = new + expansion \u2212 churned;"
            + " ARR at the start = ARR at the horizon \u2212 net new ARR: the book of the company already"
            + " running (none with an empty start). Cost of sales is fully loaded (pay and its loading, commission,"
            + " managers, tools, marketing, hiring); its ratio is to bookings (new ARR). CAC ="
            + " cost of sales \u00f7 deals won. CAC payback = cost of sales \u00f7 (new ARR \u00d7"
            + " gross margin) \u00d7 12: the months of the new customers' margin that pay the"
            + " selling cost back. Magic number = net new ARR \u00f7 cost of sales, both over the"
            + " horizon (the ARR convention; not annualised from a quarter). A run that wins"
            + " nothing counts 0 for these ratios rather than no value. Payback of an outbound"
            + " hire: months until a hunter hired in the horizon covers her loaded cost with the"
            + " margin on her bookings, averaged over the runs that hired one; a hunter not yet"
            + " there at the horizon counts at her months so far, so it is a lower bound.",
        header,
        rows,
        false);
  }

  /** The value at the horizon per plan, realised and expected, and the share still expected. */
  private static Table valueTable(List<Plan> plans, String currency) {
    List<String> header = new ArrayList<>(List.of("Value"));
    plans.forEach(p -> header.add(p.name()));
    List<String> labels =
        List.of(
            "Realised: contribution over the horizon",
            "Expected: the open pipeline",
            "Expected: the customer base",
            "Total value at the horizon");
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < CfoPage.VALUE.size(); k++) {
      List<String> cells = new ArrayList<>(List.of(labels.get(k)));
      for (Plan p : plans) {
        cells.add(meanAndHalf(p.stats(CfoPage.VALUE.get(k)), CfoPage.VALUE.get(k), currency));
      }
      rows.add(new Row(cells, false));
    }
    List<String> share = new ArrayList<>(List.of("Share still expected"));
    for (Plan p : plans) {
      share.add(p.expectedShare());
    }
    rows.add(new Row(share, false));
    return new Table(
        "The value at the horizon: realised and expected",
        "Mean of the runs \u00b1 half its 95 % CI. The open pipeline is valued at win chance"
            + " \u00d7 value \u00d7 gross margin, discounted; the customer base at its margin over"
            + " the next years, kept, grown and discounted. The share still expected is the"
            + " expected parts' mean over the total's.",
        header,
        rows,
        false);
  }

  /** Per shock, what it costs against the same runs without it: paired differences, negated. */
  private static Table shockTable(
      Plan plan, List<Plan> shocks, List<Map<String, PairedDifference>> costs, String currency) {
    List<String> header = new ArrayList<>(List.of("Shock"));
    for (Metric m : CfoPage.SHOCK_COSTS) {
      header.add(PageParts.name(m) + " lost");
    }
    header.add("Share of the no-shock ARR lost");
    List<Row> rows = new ArrayList<>();
    double arr = plan.stats(Metric.ARR_END).mean();
    for (int i = 0; i < shocks.size(); i++) {
      List<String> cells = new ArrayList<>(List.of(shocks.get(i).name()));
      for (Metric m : CfoPage.SHOCK_COSTS) {
        PairedDifference d = costs.get(i).get(m.key());
        cells.add(
            Formats.money(-d.mean(), currency)
                + "\n95 % CI "
                + Formats.moneyRange(-d.ci95High(), -d.ci95Low(), currency)
                + (d.clear() ? "" : ", within the noise"));
      }
      double lost = -costs.get(i).get(Metric.ARR_END.key()).mean();
      cells.add(arr != 0 ? Formats.percent(lost / Math.abs(arr)) : "\u2014");
      rows.add(new Row(cells, false));
    }
    return new Table(
        "What each shock costs in recurring revenue and value",
        "Paired differences against the same runs without the shock (common random numbers), as"
            + " losses: the mean and its 95 % CI. A loss whose CI spans zero is within the noise.",
        header,
        rows,
        false);
  }

  /** "USD 24.7 m\n± USD 711 k". */
  private static String meanAndHalf(Stats s, Metric metric, String currency) {
    return Formats.meanAndHalf(s.mean(), s.low(), s.high(), metric, currency);
  }

  /** The hire payback cell: over the runs that hired, or why there is none. */
  private static String hireCell(Plan p) {
    HirePayback h = p.hires();
    Metric metric = Metric.OUTBOUND_HIRE_PAYBACK_MONTHS;
    if (h == null) {
      // An output written before the block: the metric's own mean, which counts every run
      // without a hire at the horizon.
      return p.stats(Metric.OUTBOUND_HIRES).mean() == 0
          ? "no hunter hired\nin any run"
          : Formats.metric(p.stats(metric).mean(), metric, "")
              + "\nruns without a hire count at the horizon";
    }
    if (h.noneHired()) {
      return "no hunter hired\nin any run";
    }
    return Double.isNaN(h.ci95Low())
        ? Formats.metric(h.mean(), metric, "") + "\none run: no CI"
        : Formats.meanAndHalf(h.mean(), h.ci95Low(), h.ci95High(), metric, "");
  }
}
