package salesim.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.ExperimentKind;
import salesim.experiment.PairedDifference;
import salesim.experiment.Unit;
import salesim.model.Metric;
import salesim.report.Page.Figure;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.Summary.Stats;
import salesim.report.chart.ActivityChart;
import salesim.report.chart.ComparisonChart;
import salesim.report.chart.DistributionChart;
import salesim.report.chart.FanChart;
import salesim.report.chart.FunnelChart;
import salesim.report.chart.Histogram;
import salesim.report.chart.Interval;
import salesim.report.chart.Line;
import salesim.report.chart.MonthlyTable;
import salesim.report.chart.SourceChart;
import tools.jackson.databind.JsonNode;

/**
 * The report of a run (one scenario) or a comparison (a baseline and the plans paired against it):
 * what each plan books, costs and earns, where bookings come from, where the reps' hours go, and
 * how sure the numbers are.
 */
final class ComparePage {

  /** The measures in the side-by-side bars: all money, so they share one axis. */
  static final List<Metric> BAR_METRICS =
      List.of(
          Metric.BOOKINGS_TOTAL,
          Metric.BOOKINGS_INBOUND,
          Metric.BOOKINGS_OUTBOUND,
          Metric.COST_OF_SALES,
          Metric.CONTRIBUTION);

  /** What the bars call those measures. */
  static final List<String> BAR_LABELS =
      List.of(
          "All bookings", "Inbound bookings", "Outbound bookings", "Selling cost", "Contribution");

  /** The totals whose run-to-run spread the report draws and tabulates. */
  static final List<Metric> SPREAD_METRICS =
      List.of(Metric.BOOKINGS_TOTAL, Metric.CONTRIBUTION, Metric.COST_OF_SALES);

  private ComparePage() {}

  /** The page. {@code runs} may be absent: the distribution charts are then left out. */
  static Page build(Summary summary, MonthlyTable monthly, Path runs) {
    JsonNode root = summary.root();
    boolean compare = summary.kind() == ExperimentKind.COMPARE;
    List<PlanBlock> blocks = new ArrayList<>();
    if (compare) {
      List<JsonNode> nodes = Summary.array(root, "scenarios", "");
      for (int i = 0; i < nodes.size(); i++) {
        blocks.add(PlanBlock.read(nodes.get(i), "scenarios[" + i + "]"));
      }
      if (blocks.size() < 2) {
        throw new salesim.report.chart.MalformedOutputException(
            Summary.FILE, "scenarios: a comparison needs at least two");
      }
    } else {
      blocks.add(PlanBlock.read(root, ""));
    }
    long runsPer = Summary.whole(root, "runs", "");
    long months = Summary.whole(root, "months", "");
    // Plans may run over different horizons (24 and 36 months): charts then draw the months all
    // share, and totals cover each plan's own horizon, which the page says wherever it gives one.
    boolean differ = monthly.horizonsDiffer();
    String span = differ ? "each plan's own horizon" : months + " months";
    String currency = blocks.get(0).currency();
    List<String> names = blocks.stream().map(PlanBlock::name).toList();
    List<Line> lines = PageParts.lines(names);
    for (String name : names) {
      if (!monthly.has(name)) {
        throw new salesim.report.chart.MalformedOutputException(
            MonthlyTable.FILE, "has no rows for the scenario " + name + " named in summary.json");
      }
    }
    Map<String, Map<String, PairedDifference>> paired = new LinkedHashMap<>();
    if (compare) {
      JsonNode differences = Summary.object(root, "paired_differences", "");
      for (int i = 1; i < blocks.size(); i++) {
        String name = blocks.get(i).name();
        JsonNode block = Summary.object(differences, name, "paired_differences");
        Map<String, PairedDifference> byMetric = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
          byMetric.put(m.key(), Summary.difference(block, m.key(), "paired_differences." + name));
        }
        paired.put(name, byMetric);
      }
    }

    String title = compare ? String.join(" vs ", names) : names.get(0);
    String kind =
        compare ? "Comparison of " + words(blocks.size()) + " plans" : "One plan, simulated";
    String subtitle =
        String.format(
            Locale.ROOT,
            "%s simulated runs %s\u00b7 %s \u00b7 amounts in %s",
            Formats.whole(runsPer),
            compare ? "per plan, on the same markets " : "",
            differ ? horizons(monthly, names) : months + " months",
            currency);

    List<String> question = new ArrayList<>();
    if (compare) {
      question.add(
          "What changes if the company moves from "
              + names.get(0)
              + " to "
              + String.join(" or ", names.subList(1, names.size()))
              + "? Which plan books more,"
              + " costs more to sell and earns more contribution over "
              + span
              + " \u2014 and why?");
    } else {
      question.add(
          "What does "
              + names.get(0)
              + " deliver over "
              + months
              + " months \u2014 bookings,"
              + " selling cost and contribution \u2014 and how do the reps spend their time?");
    }
    for (PlanBlock b : blocks) {
      question.add(
          b.name()
              + (compare && b == blocks.get(0) ? " (the baseline)" : "")
              + ": "
              + b.description());
    }
    question.add(PageParts.CONTEXT);

    List<Table> plans =
        PageParts.plans(names, blocks.stream().map(PlanBlock::parameters).toList(), "");

    List<String> findings = new ArrayList<>();
    if (differ) {
      findings.add(
          "The plans run over different horizons ("
              + horizons(monthly, names)
              + "), so their totals, and the differences between them, are not like for like:"
              + " each covers its plan's own horizon. The monthly charts show the first "
              + monthly.months()
              + " months, which every plan has.");
    }
    findings.addAll(
        compare
            ? CompareFindings.compareFindings(blocks, paired, span)
            : CompareFindings.runFindings(blocks.get(0), months));
    AuditSection audit = compare ? AuditSection.read(root) : null;
    if (audit != null) {
      findings.addAll(audit.sentences(names.get(0), names.get(1), currency, Map.of()));
    }

    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.of(
            FanChart.of(
                "bookings-fan",
                "Bookings month by month",
                monthly,
                lines,
                Metric.BOOKINGS_TOTAL.key(),
                "Bookings per month (" + currency + ")",
                PageParts.windows(blocks)),
            "Bookings booked each month. The line is the median month across runs; the bands show"
                + " how much a month can vary."
                + (PageParts.windows(blocks).isEmpty()
                    ? ""
                    : " Shaded periods are the shocks written into the scenarios.")));
    figures.add(
        Figure.of(
            SourceChart.of("bookings-by-source", monthly, lines, currency),
            "Bookings each month split by where the deal came from: inbound leads (solid) or"
                + " the reps' own prospecting (dashed)."));
    figures.add(
        Figure.of(
            ActivityChart.of("rep-hours", monthly, lines),
            "Are they prospecting? How the team's selling hours divide between prospecting,"
                + " meetings, working deals, answering leads and waiting, month by month."));
    figures.add(
        Figure.of(
            FunnelChart.of("outbound-funnel", monthly, lines, span),
            "The outbound funnel over the whole horizon: how many dials it takes to reach a"
                + " conversation, a meeting, an opportunity and a won deal. The scale is"
                + " logarithmic (each gridline is ten times the one before), so compare the"
                + " numbers, not the bar lengths."));
    if (compare) {
      List<Map<String, Interval>> bars = new ArrayList<>();
      for (PlanBlock b : blocks) {
        Map<String, Interval> values = new LinkedHashMap<>();
        for (int k = 0; k < BAR_METRICS.size(); k++) {
          values.put(BAR_LABELS.get(k), b.stats(BAR_METRICS.get(k)).interval());
        }
        bars.add(values);
      }
      figures.add(
          Figure.of(
              ComparisonChart.of(
                  "totals",
                  "Totals over " + span,
                  lines,
                  bars,
                  currency + " over " + span + " (mean of runs)"),
              "The plans' totals side by side. Whiskers are 95 % confidence intervals of the"
                  + " averages; the paired differences in the findings are more precise still."));
    }
    boolean haveRuns = Files.isRegularFile(runs);
    if (haveRuns) {
      Map<String, Histogram> histograms =
          Histogram.read(runs, SPREAD_METRICS.stream().limit(2).map(Metric::key).toList());
      for (Metric metric : SPREAD_METRICS.subList(0, 2)) {
        double[] medians = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
          medians[i] = blocks.get(i).stats(metric).p50();
        }
        String what =
            metric == Metric.BOOKINGS_TOTAL ? "total bookings vary" : "total contribution varies";
        figures.add(
            Figure.of(
                DistributionChart.of(
                    "distribution-" + metric.key().replace('_', '-'),
                    "How much " + what + " from run to run",
                    histograms.get(metric.key()),
                    lines,
                    medians,
                    (metric == Metric.BOOKINGS_TOTAL ? "Total bookings" : "Total contribution")
                        + " over "
                        + span
                        + " ("
                        + currency
                        + ")"),
                "Every run ends with its own total; the bars show how often each range came up."
                    + " A wide spread means more luck is involved, whichever plan is chosen."));
      }
    }

    List<Table> tables = new ArrayList<>();
    tables.add(CompareTables.totalsTable(blocks, paired, currency, span));
    tables.add(CompareTables.spreadTable(blocks, currency));
    tables.add(CompareTables.funnelTable(monthly, names));
    if (audit != null) {
      tables.add(audit.findingsTable(currency, Map.of()));
      tables.add(
          audit.pointsTable(List.of(Metric.BOOKINGS_TOTAL, Metric.CONTRIBUTION), currency));
      for (Metric metric : List.of(Metric.BOOKINGS_TOTAL, Metric.CONTRIBUTION)) {
        PairedDifference d = paired.get(names.get(1)).get(metric.key());
        figures.add(
            Figure.of(
                audit.chart(
                    "audit-" + metric.key().replace('_', '-'),
                    metric,
                    new salesim.experiment.Estimate(runsPer, d.mean(), d.ci95Low(), d.ci95High()),
                    currency,
                    names.get(0),
                    names.get(1)),
                "The difference with each assumption at the low (light) and the high (dark) end of"
                    + " its plausible range, those that move it most at the top. A bar across zero"
                    + " means the other plan would come out ahead."));
      }
    }

    Map<String, String> hashes = new LinkedHashMap<>();
    blocks.forEach(b -> hashes.put(b.name(), b.hash()));
    List<String> method =
        new ArrayList<>(
            PageParts.method(
                runsPer,
                Summary.whole(root, "seed", ""),
                months,
                Summary.text(root, "model_version", ""),
                hashes,
                compare));
    if (!haveRuns) {
      method.add(
          "runs.csv is not in this folder, so the charts of run-to-run spread are left out; the"
              + " P5\u2013P95 table still shows it.");
    }
    List<CfoPage.Plan> cfo = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      PlanBlock b = blocks.get(i);
      cfo.add(new CfoPage.Plan(b.name(), lines.get(i), b.metrics(), b.hirePayback(), runsPer, b.where()));
    }
    List<Page.Section> sections = new ArrayList<>();
    List<Page.Term> glossary = new ArrayList<>(PageParts.glossary(compare));
    if (CfoPage.available(cfo, monthly)) {
      sections.add(
          CfoPage.forComparison(
              cfo, blocks, paired, monthly, currency, span, PageParts.windows(blocks)));
      glossary.addAll(CfoPage.glossary());
    } else {
      method.add(CfoPage.MISSING);
    }
    // A board pack's body: the monthly path, the totals side by side and where the hours go;
    // the PDF puts the rest in its appendix (the HTML shows all, in the same order).
    if (audit != null) {
      method.add(1, audit.methodNote());
    }
    figures = keyFirst(figures, List.of("bookings-fan", "totals", "rep-hours"));
    List<Page.Link> links =
        compare ? ExplainLinks.find(runs.toAbsolutePath().getParent(), blocks) : List.of();
    return new Page(
        title,
        kind,
        subtitle,
        question,
        plans,
        findings,
        figures,
        tables,
        method,
        glossary)
        .withKeys(compare ? 3 : 2, 1)
        .withLinks(links)
        .withSections(sections);
  }

  /** The figures named in {@code first}, in that order, then the others as they were. */
  static List<Figure> keyFirst(List<Figure> figures, List<String> first) {
    List<Figure> ordered = new ArrayList<>();
    for (String name : first) {
      figures.stream().filter(f -> f.name().equals(name)).forEach(ordered::add);
    }
    figures.stream().filter(f -> !first.contains(f.name())).forEach(ordered::add);
    return ordered;
  }

  /** "mixed-flat 24 months, split-weighted 36 months". */
  static String horizons(MonthlyTable monthly, List<String> names) {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      parts.add(name + " " + monthly.months(name) + " months");
    }
    return String.join(", ", parts);
  }

  private static String words(int n) {
    return switch (n) {
      case 2 -> "two";
      case 3 -> "three";
      case 4 -> "four";
      case 5 -> "five";
      default -> Integer.toString(n);
    };
  }
}
