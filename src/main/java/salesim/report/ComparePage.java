package salesim.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.model.Metric;
import salesim.report.Page.Figure;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.Summary.Difference;
import salesim.report.Summary.Kind;
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

  /** One scenario's block of the summary. */
  record Block(
      String name,
      String description,
      String hash,
      String currency,
      JsonNode metrics,
      JsonNode parameters,
      String where) {

    Stats stats(Metric metric) {
      return Summary.stats(metrics, metric.key(), where + ".metrics");
    }
  }

  /** The page. {@code runs} may be absent: the distribution charts are then left out. */
  static Page build(Summary summary, MonthlyTable monthly, Path runs) {
    JsonNode root = summary.root();
    boolean compare = summary.kind() == Kind.COMPARE;
    List<Block> blocks = new ArrayList<>();
    if (compare) {
      List<JsonNode> nodes = Summary.array(root, "scenarios", "");
      for (int i = 0; i < nodes.size(); i++) {
        blocks.add(block(nodes.get(i), "scenarios[" + i + "]"));
      }
      if (blocks.size() < 2) {
        throw new salesim.report.chart.MalformedOutputException(
            Summary.FILE, "scenarios: a comparison needs at least two");
      }
    } else {
      blocks.add(block(root, ""));
    }
    long runsPer = Summary.whole(root, "runs", "");
    long months = Summary.whole(root, "months", "");
    String currency = blocks.get(0).currency();
    List<String> names = blocks.stream().map(Block::name).toList();
    List<Line> lines = PageParts.lines(names);
    for (String name : names) {
      if (!monthly.has(name)) {
        throw new salesim.report.chart.MalformedOutputException(
            MonthlyTable.FILE, "has no rows for the scenario " + name + " named in summary.json");
      }
    }
    Map<String, Map<String, Difference>> paired = new LinkedHashMap<>();
    if (compare) {
      JsonNode differences = Summary.object(root, "paired_differences", "");
      for (int i = 1; i < blocks.size(); i++) {
        String name = blocks.get(i).name();
        JsonNode block = Summary.object(differences, name, "paired_differences");
        Map<String, Difference> byMetric = new LinkedHashMap<>();
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
            "%s simulated runs %s\u00b7 %d months \u00b7 amounts in %s",
            Formats.whole(runsPer),
            compare ? "per plan, on the same markets " : "",
            months,
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
              + months
              + " months \u2014 and why?");
    } else {
      question.add(
          "What does "
              + names.get(0)
              + " deliver over "
              + months
              + " months \u2014 bookings,"
              + " selling cost and contribution \u2014 and how do the reps spend their time?");
    }
    for (Block b : blocks) {
      question.add(
          b.name()
              + (compare && b == blocks.get(0) ? " (the baseline)" : "")
              + ": "
              + b.description());
    }
    question.add(PageParts.CONTEXT);

    List<Table> plans = PageParts.plans(names, blocks.stream().map(Block::parameters).toList(), "");

    List<String> findings =
        compare ? compareFindings(blocks, paired, months) : runFindings(blocks.get(0), months);

    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.of(
            FanChart.of(
                "bookings-fan",
                "Bookings month by month",
                monthly,
                lines,
                "bookings_total",
                "Bookings per month (" + currency + ")",
                windows(blocks)),
            "Bookings booked each month. The line is the median month across runs; the bands show"
                + " how much a month can vary."
                + (windows(blocks).isEmpty()
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
            FunnelChart.of("outbound-funnel", monthly, lines, (int) months),
            "The outbound funnel over the whole horizon: how many dials it takes to reach a"
                + " conversation, a meeting, an opportunity and a won deal. The scale is"
                + " logarithmic (each gridline is ten times the one before), so compare the"
                + " numbers, not the bar lengths."));
    if (compare) {
      List<Map<String, Interval>> bars = new ArrayList<>();
      for (Block b : blocks) {
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
                  "Totals over " + months + " months",
                  lines,
                  bars,
                  currency + " over " + months + " months (mean of runs)"),
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
                        + months
                        + " months ("
                        + currency
                        + ")"),
                "Every run ends with its own total; the bars show how often each range came up."
                    + " A wide spread means more luck is involved, whichever plan is chosen."));
      }
    }

    List<Table> tables = new ArrayList<>();
    tables.add(totalsTable(blocks, paired, currency, months));
    tables.add(spreadTable(blocks, currency));
    tables.add(funnelTable(monthly, names));

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
        PageParts.glossary(compare));
  }

  private static Block block(JsonNode node, String where) {
    return new Block(
        Summary.text(node, "scenario", where),
        Summary.text(node, "description", where, ""),
        Summary.text(node, "scenario_hash", where),
        PageParts.currency(node, where),
        Summary.object(node, "metrics", where),
        Summary.object(node, "parameters", where),
        where);
  }

  /** The scenarios' own shock windows (each once), for shading. */
  static List<FanChart.Window> windows(List<Block> blocks) {
    List<FanChart.Window> windows = new ArrayList<>();
    for (Block b : blocks) {
      windows.addAll(shockWindows(b.parameters(), b.where() + ".parameters"));
    }
    return windows.stream().distinct().toList();
  }

  /** The shocks listed in a parameter tree. */
  static List<FanChart.Window> shockWindows(JsonNode parameters, String where) {
    List<FanChart.Window> windows = new ArrayList<>();
    JsonNode shocks = parameters.get("shocks");
    if (shocks == null || !shocks.isArray()) {
      return windows;
    }
    for (int i = 0; i < shocks.size(); i++) {
      JsonNode s = shocks.get(i);
      String at = where + ".shocks[" + i + "]";
      windows.add(
          new FanChart.Window(
              Summary.text(s, "name", at),
              Summary.number(s, "startMonth", at),
              Summary.number(s, "durationMonths", at)));
    }
    return windows;
  }

  private static List<String> runFindings(Block b, long months) {
    String c = b.currency();
    Stats bookings = b.stats(Metric.BOOKINGS_TOTAL);
    Stats contribution = b.stats(Metric.CONTRIBUTION);
    List<String> findings = new ArrayList<>();
    findings.add(
        String.format(
            Locale.ROOT,
            "Over %d months %s books %s on average (95 %% CI %s); nine runs in ten end between %s"
                + " and %s.",
            months,
            b.name(),
            Formats.money(bookings.mean(), c),
            Formats.moneyRange(bookings.low(), bookings.high(), c),
            Formats.money(bookings.p5(), c),
            Formats.money(bookings.p95(), c)));
    findings.add(
        String.format(
            Locale.ROOT,
            "Contribution (bookings \u00d7 margin \u2212 selling cost) is %s on average; selling"
                + " costs %s of bookings.",
            Formats.money(contribution.mean(), c),
            Formats.percent(b.stats(Metric.COST_OF_SALES_RATIO).mean())));
    findings.add(hoursSentence(b, null));
    findings.add(sourceSentence(b, null));
    return findings;
  }

  private static List<String> compareFindings(
      List<Block> blocks, Map<String, Map<String, Difference>> paired, long months) {
    Block base = blocks.get(0);
    List<String> findings = new ArrayList<>();
    for (Block other : blocks.subList(1, blocks.size())) {
      Map<String, Difference> d = paired.get(other.name());
      findings.add(
          relativeSentence(
              other,
              base,
              Metric.BOOKINGS_TOTAL,
              d,
              "books",
              "more",
              "less",
              " over " + months + " months",
              "ahead"));
      findings.add(
          relativeSentence(
              other,
              base,
              Metric.CONTRIBUTION,
              d,
              "earns",
              "more contribution",
              "less contribution",
              "",
              "ahead"));
      findings.add(
          relativeSentence(
              other,
              base,
              Metric.COST_OF_SALES,
              d,
              "spends",
              "more on selling",
              "less on selling",
              " (pay, commission, leads and hiring)",
              "higher"));
      findings.add(hoursSentence(other, base));
      findings.add(sourceSentence(other, base));
      double reps = other.stats(Metric.OUTBOUND_REPS_END).mean();
      double baseReps = base.stats(Metric.OUTBOUND_REPS_END).mean();
      if (Math.abs(reps - baseReps) >= 0.05) {
        findings.add(
            String.format(
                Locale.ROOT,
                "At the end of the horizon %s may still prospect under %s, against %s under"
                    + " %s (mean of runs).",
                reps(reps),
                other.name(),
                reps(baseReps),
                base.name()));
      }
    }
    return findings;
  }

  /**
   * "split-weighted books 14.9 % more than mixed-flat over 36 months: +USD 1.49 m on average (95 %
   * CI +13.3 % to +16.4 %), ahead in 96 % of paired runs." The relative CI is the paired
   * difference's CI over the baseline's mean; {@code context} starts with a space or is empty.
   */
  static String relativeSentence(
      Block other,
      Block base,
      Metric metric,
      Map<String, Difference> paired,
      String verb,
      String more,
      String less,
      String context,
      String ahead) {
    Difference d = paired.get(metric.key());
    double baseMean = base.stats(metric).mean();
    String c = base.currency();
    String share = Formats.decimals(100 * d.pHigher(), 0) + " %";
    if (baseMean == 0) {
      return String.format(
          Locale.ROOT,
          "%s %s %s %s than %s%s (95 %% CI %s to %s), %s in %s of paired runs.",
          other.name(),
          verb,
          Formats.money(Math.abs(d.mean()), c),
          d.mean() >= 0 ? more : less,
          base.name(),
          context,
          Formats.signedMoney(d.low(), c),
          Formats.signedMoney(d.high(), c),
          ahead,
          share);
    }
    double scale = Math.abs(baseMean);
    String ci = Formats.change(d.low() / scale) + " to " + Formats.change(d.high() / scale);
    if (!d.clear()) {
      return String.format(
          Locale.ROOT,
          "On %s%s, %s and %s are level: the difference, %s, is within the noise (95 %% CI %s);"
              + " %s is %s in %s of paired runs.",
          PageParts.name(metric).toLowerCase(Locale.ROOT),
          context,
          other.name(),
          base.name(),
          Formats.change(d.mean() / scale),
          ci,
          other.name(),
          ahead,
          share);
    }
    String size = Formats.decimals(100 * Math.abs(d.mean()) / scale, 1) + " %";
    return String.format(
        Locale.ROOT,
        "%s %s %s %s than %s%s: %s on average (95 %% CI %s), %s in %s of paired runs.",
        other.name(),
        verb,
        size,
        d.mean() > 0 ? more : less,
        base.name(),
        context,
        Formats.signedMoney(d.mean(), c),
        ci,
        ahead,
        share);
  }

  private static String reps(double n) {
    if (n < 0.05) {
      return "no rep";
    }
    return Formats.count(n) + (n >= 0.95 && n < 1.05 ? " rep" : " reps");
  }

  /** Where the hours go, against the baseline when there is one. */
  private static String hoursSentence(Block b, Block base) {
    String prospecting = Formats.percent(b.stats(Metric.OUTBOUND_HOURS_SHARE).mean());
    String idle = Formats.percent(b.stats(Metric.IDLE_HOURS_SHARE).mean());
    if (base == null) {
      return "Reps spend "
          + prospecting
          + " of their selling hours prospecting and "
          + idle
          + " idle, waiting for work.";
    }
    return "Under "
        + b.name()
        + " reps spend "
        + prospecting
        + " of their selling hours"
        + " prospecting, against "
        + Formats.percent(base.stats(Metric.OUTBOUND_HOURS_SHARE).mean())
        + " under "
        + base.name()
        + "; idle time is "
        + idle
        + " against "
        + Formats.percent(base.stats(Metric.IDLE_HOURS_SHARE).mean())
        + ".";
  }

  /** The outbound share of bookings (ratio of means), against the baseline when there is one. */
  private static String sourceSentence(Block b, Block base) {
    String share = outboundShare(b);
    if (base == null) {
      return "Deals the reps sourced themselves bring "
          + share
          + " of bookings; inbound leads"
          + " bring the rest.";
    }
    return "Deals the reps sourced themselves bring "
        + share
        + " of "
        + b.name()
        + "'s bookings, against "
        + outboundShare(base)
        + " of "
        + base.name()
        + "'s.";
  }

  private static String outboundShare(Block b) {
    double total = b.stats(Metric.BOOKINGS_TOTAL).mean();
    return total > 0 ? Formats.percent(b.stats(Metric.BOOKINGS_OUTBOUND).mean() / total) : "none";
  }

  /** Means (± CI half-width) per scenario, and each plan's paired change against the baseline. */
  private static Table totalsTable(
      List<Block> blocks,
      Map<String, Map<String, Difference>> paired,
      String currency,
      long months) {
    List<String> header = new ArrayList<>(List.of("Measure"));
    blocks.forEach(b -> header.add(b.name()));
    for (Block other : blocks.subList(1, blocks.size())) {
      header.add(other.name() + " vs " + blocks.get(0).name());
      header.add("Higher in");
    }
    List<Row> rows = new ArrayList<>();
    for (Metric metric : PageParts.TABLE_METRICS) {
      List<String> cells = new ArrayList<>(List.of(PageParts.name(metric)));
      for (Block b : blocks) {
        Stats s = b.stats(metric);
        cells.add(
            Formats.metric(s.mean(), metric, currency)
                + "\n\u00b1 "
                + Formats.metric((s.high() - s.low()) / 2, metric, currency));
      }
      for (Block other : blocks.subList(1, blocks.size())) {
        Difference d = paired.get(other.name()).get(metric.key());
        double baseMean = blocks.get(0).stats(metric).mean();
        String change = Formats.difference(d.mean(), metric, currency);
        String ci =
            Formats.difference(d.low(), metric, currency)
                + " to "
                + Formats.difference(d.high(), metric, currency);
        // A relative change only where it means something: money, and counts from a base of at
        // least ten (0.6 leads lost becoming 4.9 is not "+770 %" news).
        boolean relative =
            metric.unit().equals("currency")
                ? Math.abs(baseMean) > 1e-9
                : !List.of("share", "flag", "hours", "days", "ratio", "month")
                        .contains(metric.unit())
                    && Math.abs(baseMean) >= 10;
        if (relative) {
          double scale = Math.abs(baseMean);
          change += " (" + Formats.change(d.mean() / scale) + ")";
          ci = Formats.change(d.low() / scale) + " to " + Formats.change(d.high() / scale);
        }
        cells.add(change + "\n95 % CI " + ci);
        cells.add(Formats.decimals(100 * d.pHigher(), 0) + " %");
      }
      rows.add(new Row(cells, false));
    }
    String note =
        "Mean of the runs \u00b1 half its 95 % confidence interval."
            + (blocks.size() > 1
                ? " Changes are paired differences against the baseline ("
                    + blocks.get(0).name()
                    + "), in money or percentage points, with their 95 % CI; \u201chigher in\u201d"
                    + " is the share of paired runs in which the plan came out higher."
                : "");
    return new Table("Totals over " + months + " months", note, header, rows, false);
  }

  /** The P5–P95 range and median of the main totals. */
  private static Table spreadTable(List<Block> blocks, String currency) {
    List<String> header = new ArrayList<>(List.of("Measure"));
    blocks.forEach(b -> header.add(b.name()));
    List<Row> rows = new ArrayList<>();
    for (Metric metric :
        List.of(
            Metric.BOOKINGS_TOTAL,
            Metric.CONTRIBUTION,
            Metric.COST_OF_SALES,
            Metric.OUTBOUND_HOURS_SHARE,
            Metric.IDLE_HOURS_SHARE)) {
      List<String> cells = new ArrayList<>(List.of(PageParts.name(metric)));
      for (Block b : blocks) {
        Stats s = b.stats(metric);
        String range =
            metric.unit().equals("currency")
                ? Formats.moneyRange(s.p5(), s.p95(), currency)
                : Formats.metric(s.p5(), metric, currency)
                    + " "
                    + Formats.DASH
                    + " "
                    + Formats.metric(s.p95(), metric, currency);
        cells.add(range + "\nmedian " + Formats.metric(s.p50(), metric, currency));
      }
      rows.add(new Row(cells, false));
    }
    return new Table(
        "Range of outcomes",
        "P5 \u2013 P95: nine runs in ten end in this range.",
        header,
        rows,
        false);
  }

  /** Funnel totals and each stage's conversion from the one before. */
  private static Table funnelTable(MonthlyTable monthly, List<String> names) {
    List<String> header = new ArrayList<>(List.of("Stage"));
    header.addAll(names);
    String[][] stages = {
      {"dials", "Dials"},
      {"connects", "Connects"},
      {"conversations", "Conversations"},
      {"meetings_booked", "Meetings booked"},
      {"meetings_outbound", "Meetings held"},
      {"opportunities_outbound", "Opportunities"},
      {"deals_won_outbound", "Deals won"}
    };
    List<Row> rows = new ArrayList<>();
    double[] previous = new double[names.size()];
    for (int k = 0; k < stages.length; k++) {
      List<String> cells = new ArrayList<>(List.of(stages[k][1]));
      for (int i = 0; i < names.size(); i++) {
        double total = monthly.total(names.get(i), stages[k][0]);
        String conversion =
            k == 0
                ? ""
                : previous[i] > 0
                    ? "\n"
                        + Formats.percent(total / previous[i])
                        + " of "
                        + stages[k - 1][1].toLowerCase(Locale.ROOT)
                    : "\n\u2014";
        cells.add(Formats.count(total) + conversion);
        previous[i] = total;
      }
      rows.add(new Row(cells, false));
    }
    return new Table(
        "The outbound funnel",
        "Totals over the horizon (mean of runs), and each stage as a share of the stage before.",
        header,
        rows,
        false);
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
