package salesim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.model.Metric;
import salesim.report.Explanation.Attributed;
import salesim.report.Explanation.Channel;
import salesim.report.Explanation.Lever;
import salesim.report.Page.Figure;
import salesim.report.Page.Table;
import salesim.report.Page.Term;
import salesim.report.chart.ChartStyle;
import salesim.report.chart.FanChart;
import salesim.report.chart.Line;
import salesim.report.chart.MonthlyTable;
import tools.jackson.databind.JsonNode;

/**
 * The report of an explanation (issue 16): why one plan beats another, lever by lever. A waterfall
 * from BASE to OTHER with one bar per lever, the interactions, the channel each lever acts through,
 * the assumption audit, and findings written from those numbers, all read from summary.json. This
 * class is the page's table of contents and its method notes: the file is read by {@link
 * Explanation}, the sentences written by {@link ExplainFindings}, the tables and charts drawn by
 * {@link AttributionTables} and {@link AttributionCharts}, the audit by {@link AuditSection}.
 */
final class ExplainPage {

  private ExplainPage() {}

  static Page build(Summary summary, MonthlyTable monthly) {
    JsonNode root = summary.root();
    Explanation x = Explanation.read(root);
    String base = x.base();
    String other = x.other();
    String currency = x.currency();
    long runsPer = x.runsPer();
    long months = x.months();
    boolean differ = monthly.horizonsDiffer();
    String span = differ ? "each plan's own horizon" : months + " months";
    String method = x.method();
    long variants = x.variants();
    List<Lever> levers = x.levers();
    List<Attributed> attributed = x.attributed();
    AuditSection audit = x.audit();

    // The question.
    List<String> question = ExplainFindings.question(x);

    // The plans: which setting fell into which lever, then every setting (folded).
    List<Table> plans = new ArrayList<>();
    plans.add(AttributionTables.levers(x));
    List<Table> all =
        PageParts.plans(
            List.of(base, other),
            List.of(x.baseBlock().parameters(), x.otherBlock().parameters()),
            "");
    plans.add(all.get(all.size() - 1));

    // The findings; the channel block is read after them, as the channel's sentence is last.
    List<String> findings = ExplainFindings.of(x, monthly, span);
    Channel channel = x.channel();

    // The charts.
    List<Figure> figures = new ArrayList<>();
    for (Attributed a : attributed) {
      figures.add(
          Figure.of(
              AttributionCharts.waterfall(a, x, span),
              "How the difference builds up from "
                  + base
                  + " to "
                  + other
                  + ": each bar is one lever's share (its Shapley value), starting where the one"
                  + " before ended; the last bar is the total. Whiskers are 95 % confidence"
                  + " intervals. The shares add up to the total exactly."));
    }
    figures.add(
        Figure.of(
            AttributionCharts.channel(x, channel),
            "Through what each lever acts: its share of the change in the share of selling"
                + " hours spent prospecting and spent idle (percentage points), with 95 % CIs."));
    if (audit != null) {
      for (Attributed a : x.headline()) {
        figures.add(
            Figure.of(
                audit.chart(
                    "audit-" + a.metric().key().replace('_', '-'),
                    a.metric(),
                    a.total(),
                    currency,
                    base,
                    other),
                "The total difference with each assumption at the low (light) and the high (dark)"
                    + " end of its plausible range, those that move it most at the top. A bar"
                    + " across zero means the other plan would come out ahead."));
      }
    }
    figures.add(
        Figure.of(
            FanChart.of(
                "bookings-fan",
                "Bookings month by month",
                monthly,
                List.of(
                    new Line(base, base, ChartStyle.scenario(0)),
                    new Line(other, other, ChartStyle.scenario(1))),
                Metric.BOOKINGS_TOTAL.key(),
                "Bookings per month (" + currency + ")",
                PageParts.windows(List.of(x.baseBlock(), x.otherBlock()))),
            "The two plans month by month: the median month across runs, and how much a month"
                + " varies."));

    // The numbers.
    List<Table> tables = new ArrayList<>();
    tables.add(AttributionTables.shares(x, span));
    tables.add(AttributionTables.interactions(x));
    tables.add(AttributionTables.channel(x, channel));
    int keyTables = 3;
    if (audit != null) {
      tables.add(audit.findingsTable(currency, x.labels()));
      keyTables = 4;
      tables.add(
          audit.pointsTable(x.headline().stream().map(Attributed::metric).toList(), currency));
    }
    tables.add(AttributionTables.variants(x));

    // How it was computed.
    Map<String, String> hashes = new LinkedHashMap<>();
    hashes.put(base, x.baseBlock().hash());
    hashes.put(other, x.otherBlock().hash());
    List<String> methodNotes =
        new ArrayList<>(
            PageParts.method(
                runsPer,
                Summary.whole(root, "seed", ""),
                months,
                Summary.text(root, "model_version", ""),
                hashes,
                true));
    methodNotes.add(1, designNote(x.design(), levers, root));
    methodNotes.add(2, additivityNote(root, attributed));
    if (audit != null) {
      methodNotes.add(3, audit.methodNote());
    }
    List<Term> glossary = glossary();
    String title = base + " \u2192 " + other + ": why";
    Page page =
        new Page(
            title,
            "Explanation, lever by lever",
            String.format(
                Locale.ROOT,
                "%d levers \u00b7 %s \u00b7 %s runs per combination, on the same markets \u00b7 %s"
                    + " \u00b7 amounts in %s",
                levers.size(),
                method.equals("factorial")
                    ? "all " + variants + " combinations"
                    : variants + " combinations along sampled orderings",
                Formats.whole(runsPer),
                differ ? ComparePage.horizons(monthly, List.of(base, other)) : months + " months",
                currency),
            question,
            plans,
            findings,
            figures,
            tables,
            methodNotes,
            glossary);
    return page.withKeys(Math.min(2, attributed.size()), keyTables);
  }

  /** The shared glossary and the explanation's own terms. */
  private static List<Term> glossary() {
    List<Term> glossary = new ArrayList<>(PageParts.glossary(true));
    glossary.add(
        new Term(
            "Lever",
            "A group of settings switched together from one plan's values to the other's: the"
                + " team structure, the pay plan, the reviews and KPIs, patience, ..."));
    glossary.add(
        new Term(
            "Share (Shapley value)",
            "A lever's part of the difference: its effect averaged over every order in which the"
                + " levers could be switched, so the shares add up to the total and none depends"
                + " on which change came first."));
    glossary.add(
        new Term(
            "Interaction",
            "How much more (or less) two levers give together than the sum of what each gives"
                + " alone, averaged over the other levers' settings."));
    glossary.add(
        new Term(
            "Modelling assumption",
            "A setting the model needs but no study measures (grade D); the audit tries each at"
                + " both ends of a plausible range."));
    return glossary;
  }

  private static String designNote(JsonNode design, List<Lever> levers, JsonNode root) {
    String method = Summary.text(design, "method", "design");
    StringBuilder s = new StringBuilder();
    s.append("Levers: the settings that differ between the plans are grouped, by default, into")
        .append(" team structure, pay plan, reviews and KPIs, patience, mandates, staffing, market")
        .append(" and other settings (or as --lever defined them); a setting that belongs to a")
        .append(" plan variant (a weighted plan's multiplier) moves with the choice of variant. ");
    List<JsonNode> merges = Summary.array(root, "merges", "");
    for (JsonNode m : merges) {
      List<String> names = new ArrayList<>();
      Summary.array(m, "merged", "merges").forEach(n -> names.add(n.asString()));
      s.append("Levers ")
          .append(String.join(" and ", names))
          .append(" are applied together, because the first plan with only some of them does not")
          .append(" validate (")
          .append(Summary.text(m, "reason", "merges"))
          .append("). ");
    }
    if (method.equals("factorial")) {
      s.append(
          String.format(
              Locale.ROOT,
              "All 2^%d = %d combinations of the levers were simulated on common random numbers; a"
                  + " lever's share is its Shapley value, \u03c6_i = \u03a3_S"
                  + " |S|!(L\u2212|S|\u22121)!/L! \u00b7 (v(S \u222a i) \u2212 v(S)), computed in"
                  + " each run and averaged, so its 95 %% CI comes from the spread of the per-run"
                  + " values.",
              levers.size(),
              Summary.whole(design, "variants", "design")));
    } else {
      long orderings = Summary.whole(design, "orderings", "design");
      boolean exhaustive =
          design.has("orderings_exhaustive") && design.get("orderings_exhaustive").booleanValue();
      s.append(
          String.format(
              Locale.ROOT,
              exhaustive
                  ? "The Shapley values follow all %d orderings of the levers (%d combinations),"
                      + " so they are exact."
                  : "With more than five levers the Shapley values are estimated from %d orderings"
                      + " of the levers (%d combinations), drawn from the seed in pairs, each with"
                      + " its reverse (exact for effects with at most pairwise interactions); the"
                      + " 95 %% CIs add the error of sampling orderings (the standard error across"
                      + " the pairs) to that of the runs.",
              orderings,
              Summary.whole(design, "variants", "design")));
    }
    return s.toString();
  }

  /** A tiny number in two significant digits: "1.2E-10", "0". */
  private static String residual(double value) {
    return value == 0
        ? "0"
        : new java.math.BigDecimal(value).round(new java.math.MathContext(2)).toString();
  }

  private static String additivityNote(JsonNode root, List<Attributed> attributed) {
    JsonNode additivity = Summary.object(root, "additivity", "");
    List<String> parts = new ArrayList<>();
    boolean exact = true;
    for (Attributed a : attributed) {
      JsonNode node = Summary.object(additivity, a.metric().key(), "additivity");
      String at = "additivity." + a.metric().key();
      long checked = Summary.whole(node, "replications_checked", at);
      exact &=
          node.has("exact_in_every_replication")
              && node.get("exact_in_every_replication").booleanValue();
      parts.add(
          PageParts.name(a.metric()).toLowerCase(Locale.ROOT)
              + " in "
              + Formats.whole(checked)
              + " runs (largest rounding residual of the printed shares "
              + residual(Summary.number(node, "largest_rounding_residual", at))
              + ")");
    }
    return (exact
            ? "The shares add up to the paired total exactly, in every run: the sum of the levers'"
                + " shares, computed in exact decimal arithmetic from the runs' values, equals"
                + " OTHER \u2212 BASE of the same run, for "
            : "WARNING: the shares did not add up to the total in every run (an internal error),"
                + " for ")
        + String.join("; ", parts)
        + ".";
  }
}
