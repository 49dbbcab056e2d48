package salesim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.Estimate;
import salesim.experiment.LeverPlan;
import salesim.experiment.PairedDifference;
import salesim.experiment.Unit;
import salesim.model.Metric;
import salesim.report.Page.Figure;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.Page.Term;
import salesim.report.chart.AxisFormats;
import salesim.report.chart.ComparisonChart;
import salesim.report.chart.FanChart;
import salesim.report.chart.Interval;
import salesim.report.chart.Line;
import salesim.report.chart.MalformedOutputException;
import salesim.report.chart.MonthlyTable;
import salesim.report.chart.WaterfallChart;
import tools.jackson.databind.JsonNode;

/**
 * The report of an explanation (issue 16): why one plan beats another, lever by lever. A waterfall
 * from BASE to OTHER with one bar per lever, the interactions, the channel each lever acts through,
 * the assumption audit, and findings written from those numbers, all read from summary.json.
 */
final class ExplainPage {

  /** The channel metrics the chart draws: both shares of selling hours, so they share an axis. */
  static final List<Metric> CHANNEL_CHART =
      List.of(Metric.OUTBOUND_HOURS_SHARE, Metric.IDLE_HOURS_SHARE);

  private ExplainPage() {}

  /** A lever as the file describes it. */
  record Lever(String name, String label, String origin, String note, List<String[]> settings) {}

  /** One metric's attribution read back. */
  record Attributed(
      Metric metric,
      Estimate total,
      Map<String, Estimate> shares,
      List<Interaction> interactions,
      double floor) {

    /** The levers by the size of their share, largest first (ties in lever order). */
    List<String> bySize() {
      List<String> names = new ArrayList<>(shares.keySet());
      names.sort(Comparator.comparingDouble((String n) -> -Math.abs(shares.get(n).mean())));
      return names;
    }
  }

  /** A two-way interaction beyond its CI. */
  record Interaction(String a, String b, Estimate estimate) {}

  static Page build(Summary summary, MonthlyTable monthly, Path runs) {
    JsonNode root = summary.root();
    String base = Summary.text(root, "baseline", "");
    String other = Summary.text(root, "other", "");
    String currency = PageParts.currency(root, "");
    long runsPer = Summary.whole(root, "runs", "");
    long months = Summary.whole(root, "months", "");
    List<JsonNode> blocks = Summary.array(root, "scenarios", "");
    if (blocks.size() < 2) {
      throw new MalformedOutputException(
          Summary.FILE, "scenarios: an explanation needs two at least");
    }
    PlanBlock baseBlock = PlanBlock.read(blocks.get(0), "scenarios[0]");
    PlanBlock otherBlock = PlanBlock.read(blocks.get(1), "scenarios[1]");
    if (!baseBlock.name().equals(base) || !otherBlock.name().equals(other)) {
      throw new MalformedOutputException(
          Summary.FILE, "scenarios: the first two must be the baseline and the other plan");
    }
    boolean differ = monthly.horizonsDiffer();
    String span = differ ? "each plan's own horizon" : months + " months";

    JsonNode design = Summary.object(root, "design", "");
    String method = Summary.text(design, "method", "design");
    long variants = Summary.whole(design, "variants", "design");
    List<Lever> levers = levers(root);
    Map<String, String> labels = new LinkedHashMap<>();
    levers.forEach(l -> labels.put(l.name(), l.label()));

    JsonNode attribution = Summary.object(root, "attribution", "");
    List<Attributed> attributed = new ArrayList<>();
    for (String key : attribution.propertyNames()) {
      attributed.add(
          attributed(attribution, Summary.object(root, "additivity", ""), key, levers, runsPer));
    }
    if (attributed.isEmpty()) {
      throw new MalformedOutputException(Summary.FILE, "attribution: no metric");
    }
    JsonNode paired =
        Summary.object(Summary.object(root, "paired_differences", ""), other, "paired_differences");
    AuditSection audit = AuditSection.read(root);

    // The question.
    List<String> question = new ArrayList<>();
    question.add(
        String.format(
            Locale.ROOT,
            "What makes the difference between %s and %s, and which of the changes between them"
                + " matters? They differ in %d settings in %d levers. %s on the same simulated"
                + " markets; a lever's share is its Shapley value, its effect averaged over every"
                + " order of making the changes.%s",
            base,
            other,
            settingCount(levers),
            levers.size(),
            method.equals("factorial")
                ? "Every combination of levers (" + variants + ") was simulated"
                : variants + " combinations, along sampled orderings, were simulated",
            audit == null
                ? ""
                : " The conclusion is audited against "
                    + audit.assumptions().size()
                    + " modelling assumptions."));
    question.add(base + " (the plan the company has): " + baseBlock.description());
    question.add(other + " (the plan it considers): " + otherBlock.description());
    question.add(PageParts.CONTEXT);

    // The plans: which setting fell into which lever, then every setting (folded).
    List<Table> plans = new ArrayList<>();
    plans.add(leverTable(levers, base, other, baseBlock.parameters()));
    List<Table> all =
        PageParts.plans(
            List.of(base, other), List.of(baseBlock.parameters(), otherBlock.parameters()), "");
    plans.add(all.get(all.size() - 1));

    // The findings.
    List<String> findings = new ArrayList<>();
    if (differ) {
      findings.add(
          "The plans run over different horizons ("
              + ComparePage.horizons(monthly, List.of(base, other))
              + "), so the totals and their shares cover each plan's own horizon.");
    }
    PlanBlock[] pair = {baseBlock, otherBlock};
    for (Attributed a : attributed) {
      findings.add(totalSentence(a, pair, paired, currency, span));
      if (!levers.isEmpty()) {
        findings.add(leverSentence(a, levers, baseBlock.parameters(), currency));
      }
    }
    // What a board reads first: the totals, the levers, whether they survive the assumptions;
    // then how the levers combine and act.
    if (audit != null) {
      Map<String, String> phrases = new LinkedHashMap<>();
      levers.forEach(l -> phrases.put(l.name(), phrase(l)));
      findings.addAll(audit.sentences(base, other, currency, phrases));
    }
    findings.addAll(interactionSentences(attributed, levers, currency));
    List<String> channelMetrics = new ArrayList<>();
    JsonNode channel = Summary.object(root, "channel", "");
    Summary.array(channel, "metrics", "channel").forEach(n -> channelMetrics.add(n.asString()));
    JsonNode channelLevers = Summary.object(channel, "levers", "channel");
    List<Lever> explained = new ArrayList<>();
    for (Attributed a : attributed.subList(0, Math.min(2, attributed.size()))) {
      Lever top = a.bySize().isEmpty() ? null : lever(levers, a.bySize().get(0));
      if (top != null && !explained.contains(top)) {
        explained.add(top);
      }
    }
    if (!explained.isEmpty()) {
      findings.add(channelSentence(explained, channelLevers, channelMetrics, currency));
    }

    // The charts.
    List<Figure> figures = new ArrayList<>();
    for (Attributed a : attributed) {
      figures.add(
          Figure.of(
              waterfall(a, levers, base, other, pair, currency, span),
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
            channelChart(channelLevers, levers, channel),
            "Through what each lever acts: its share of the change in the share of selling"
                + " hours spent prospecting and spent idle (percentage points), with 95 % CIs."));
    if (audit != null) {
      for (Attributed a : attributed.subList(0, Math.min(2, attributed.size()))) {
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
                    new Line(base, base, salesim.report.chart.ChartStyle.scenario(0)),
                    new Line(other, other, salesim.report.chart.ChartStyle.scenario(1))),
                Metric.BOOKINGS_TOTAL.key(),
                "Bookings per month (" + currency + ")",
                PageParts.windows(List.of(baseBlock, otherBlock))),
            "The two plans month by month: the median month across runs, and how much a month"
                + " varies."));

    // The numbers.
    List<Table> tables = new ArrayList<>();
    tables.add(attributionTable(attributed, levers, currency, span));
    tables.add(interactionTable(attributed, labels, currency, method, levers.size()));
    tables.add(channelTable(channel, channelLevers, levers, channelMetrics, currency));
    int keyTables = 3;
    if (audit != null) {
      tables.add(audit.findingsTable(currency, labels));
      keyTables = 4;
      tables.add(
          audit.pointsTable(
              attributed.stream().map(Attributed::metric).limit(2).toList(), currency));
    }
    tables.add(variantTable(blocks, labels, attributed, currency));

    // How it was computed.
    Map<String, String> hashes = new LinkedHashMap<>();
    hashes.put(base, baseBlock.hash());
    hashes.put(other, otherBlock.hash());
    List<String> methodNotes =
        new ArrayList<>(
            PageParts.method(
                runsPer,
                Summary.whole(root, "seed", ""),
                months,
                Summary.text(root, "model_version", ""),
                hashes,
                true));
    methodNotes.add(1, designNote(design, levers, root));
    methodNotes.add(2, additivityNote(root, attributed));
    if (audit != null) {
      methodNotes.add(3, audit.methodNote());
    }
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

  private static int settingCount(List<Lever> levers) {
    return levers.stream().mapToInt(l -> l.settings().size()).sum();
  }

  private static List<Lever> levers(JsonNode root) {
    List<Lever> levers = new ArrayList<>();
    List<JsonNode> nodes = Summary.array(root, "levers", "");
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode l = nodes.get(i);
      String at = "levers[" + i + "]";
      List<String[]> settings = new ArrayList<>();
      List<JsonNode> s = Summary.array(l, "settings", at);
      for (int j = 0; j < s.size(); j++) {
        String w = at + ".settings[" + j + "]";
        settings.add(
            new String[] {
              Summary.text(s.get(j), "path", w),
              Summary.text(s.get(j), "base", w),
              Summary.text(s.get(j), "other", w)
            });
      }
      levers.add(
          new Lever(
              Summary.text(l, "name", at),
              Summary.text(l, "label", at),
              Summary.text(l, "origin", at),
              Summary.text(l, "note", at),
              settings));
    }
    return levers;
  }

  private static Attributed attributed(
      JsonNode attribution, JsonNode additivity, String key, List<Lever> levers, long n) {
    Metric metric = AuditSection.metric(key, "attribution");
    JsonNode block = Summary.object(attribution, key, "attribution");
    String at = "attribution." + key;
    Estimate total = AuditSection.estimate(block, "total", at, n);
    JsonNode shares = Summary.object(block, "levers", at);
    Map<String, Estimate> byLever = new LinkedHashMap<>();
    for (Lever l : levers) {
      byLever.put(l.name(), AuditSection.estimate(shares, l.name(), at + ".levers", n));
    }
    List<Interaction> interactions = new ArrayList<>();
    List<JsonNode> nodes = Summary.array(block, "interactions", at);
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      String w = at + ".interactions[" + i + "]";
      List<JsonNode> pair = Summary.array(node, "levers", w);
      if (pair.size() != 2) {
        throw new MalformedOutputException(Summary.FILE, w + ".levers: expected two levers");
      }
      interactions.add(
          new Interaction(
              pair.get(0).asString(),
              pair.get(1).asString(),
              new Estimate(
                  n,
                  Summary.number(node, "mean", w),
                  Summary.number(node, "ci95_low", w),
                  Summary.number(node, "ci95_high", w))));
    }
    double floor =
        Summary.number(
            Summary.object(additivity, key, "additivity"), "rounding_floor", "additivity." + key);
    return new Attributed(metric, total, byLever, interactions, floor);
  }

  /** A difference with its CI: "+USD 1.2 m (95 % CI +USD 1.0 m to +USD 1.4 m)". */
  static String withCi(Estimate e, Metric metric, String currency) {
    return Formats.difference(e.mean(), metric, currency)
        + " (95 % CI "
        + Formats.difference(e.ci95Low(), metric, currency)
        + " to "
        + Formats.difference(e.ci95High(), metric, currency)
        + ")";
  }

  /** The total difference, as the comparison report states it. */
  private static String totalSentence(
      Attributed a, PlanBlock[] pair, JsonNode paired, String currency, String span) {
    Metric m = a.metric();
    PairedDifference d = Summary.difference(paired, m.key(), "paired_differences");
    Map<String, PairedDifference> byMetric = new LinkedHashMap<>();
    byMetric.put(m.key(), d);
    if (m == Metric.BOOKINGS_TOTAL) {
      return CompareFindings.relativeSentence(
          pair[1], pair[0], m, byMetric, "books", "more", "less", " over " + span, "ahead");
    }
    if (m == Metric.CONTRIBUTION) {
      return CompareFindings.relativeSentence(
          pair[1],
          pair[0],
          m,
          byMetric,
          "earns",
          "more contribution",
          "less contribution",
          "",
          "ahead");
    }
    return String.format(
        Locale.ROOT,
        "%s under %s against %s: %s, higher in %s of paired runs.",
        PageParts.name(m),
        pair[1].name(),
        pair[0].name(),
        withCi(a.total(), m, currency),
        Formats.decimals(100 * d.pHigher(), 0) + " %");
  }

  /** How sentences name a lever: "the pay plan", "patience", "the split lever". */
  static String phrase(Lever lever) {
    if (lever.origin().equals(salesim.experiment.Lever.MERGED)) {
      List<String> parts = new ArrayList<>();
      for (String part : lever.name().split("\\+")) {
        parts.add(DEFAULT_PHRASES.getOrDefault(part, "the " + part));
      }
      return LeverPlan.joined(parts);
    }
    if (lever.origin().equals(salesim.experiment.Lever.DEFAULT)) {
      return DEFAULT_PHRASES.getOrDefault(lever.name(), "the " + lever.label());
    }
    return "the " + lever.label() + " lever";
  }

  /** Whether a lever's phrase takes a plural verb ("the reviews and KPIs make"). */
  static boolean plural(Lever lever) {
    return lever.origin().equals(salesim.experiment.Lever.MERGED)
        || List.of("reviews", "mandates", "other").contains(lever.name())
            && lever.origin().equals(salesim.experiment.Lever.DEFAULT);
  }

  /** The default groups as sentences name them. */
  private static final Map<String, String> DEFAULT_PHRASES =
      Map.of(
          "team_structure", "the team structure",
          "pay_plan", "the pay plan",
          "reviews", "the reviews and KPIs",
          "patience", "patience",
          "mandates", "the mandates",
          "staffing", "staffing",
          "market", "the market",
          "other", "the other settings");

  private static String verb(Lever lever, String singular, String plural) {
    return plural(lever) ? plural : singular;
  }

  /**
   * Where the difference comes from: "Most of the bookings gain, +USD 0.9 m (95 % CI ...), comes
   * from the reviews and KPIs (Review judges: RESULTS → ACTIVITY); the team structure adds ...; the
   * pay plan and patience make no clear difference (...)".
   */
  static String leverSentence(
      Attributed a, List<Lever> levers, JsonNode parameters, String currency) {
    Metric m = a.metric();
    String what = PageParts.name(m).toLowerCase(Locale.ROOT);
    int sign = a.total().clearSign();
    String noun = sign > 0 ? "gain" : sign < 0 ? "loss" : "difference";
    List<String> order = a.bySize();
    Map<String, Lever> byName = new LinkedHashMap<>();
    levers.forEach(l -> byName.put(l.name(), l));
    Lever top = byName.get(order.get(0));
    Estimate topShare = a.shares().get(top.name());
    StringBuilder s = new StringBuilder();
    boolean along = sign != 0 && Math.signum(topShare.mean()) == sign;
    if (levers.size() == 1) {
      s.append("All of it comes from one lever, ").append(describe(top, parameters));
    } else {
      s.append(
              !along
                  ? "The largest single effect on " + what
                  : Math.abs(topShare.mean()) > 0.5 * Math.abs(a.total().mean())
                      ? "Most of the " + what + " " + noun
                      : "The largest part of the " + what + " " + noun)
          .append(", ")
          .append(withCi(topShare, m, currency))
          .append(", comes from ")
          .append(describe(top, parameters));
      if (!along && sign != 0) {
        s.append(", against the direction of the total");
      }
    }
    List<Lever> unclear = new ArrayList<>();
    List<Lever> none = new ArrayList<>();
    for (String name : order.subList(1, order.size())) {
      Lever l = byName.get(name);
      Estimate e = a.shares().get(name);
      if (Math.abs(e.ci95Low()) <= a.floor() && Math.abs(e.ci95High()) <= a.floor()) {
        none.add(l);
      } else if (!e.clear()) {
        unclear.add(l);
      } else {
        boolean money = Unit.of(m) == Unit.CURRENCY && m != Metric.COST_OF_SALES;
        s.append("; ")
            .append(phrase(l))
            .append(' ')
            .append(
                e.mean() > 0
                    ? verb(l, "adds", "add")
                    : money ? verb(l, "costs", "cost") : verb(l, "takes away", "take away"))
            .append(' ')
            .append(withCi(e, m, currency));
      }
    }
    if (unclear.size() == 1) {
      Lever l = unclear.get(0);
      s.append("; ")
          .append(phrase(l))
          .append(' ')
          .append(verb(l, "makes", "make"))
          .append(" no clear difference (")
          .append(inner(a.shares().get(l.name()), m, currency))
          .append(')');
    } else if (unclear.size() > 1) {
      List<String> parts = new ArrayList<>();
      for (Lever l : unclear) {
        parts.add(
            phrase(l)
                + " ("
                + Formats.difference(a.shares().get(l.name()).mean(), m, currency)
                + ")");
      }
      s.append("; ")
          .append(LeverPlan.joined(parts))
          .append(" make no clear difference (95 % CIs include zero)");
    }
    if (!none.isEmpty()) {
      List<String> parts = new ArrayList<>();
      boolean exactly = true;
      for (Lever l : none) {
        parts.add(phrase(l));
        Estimate e = a.shares().get(l.name());
        exactly &= e.mean() == 0 && e.ci95Low() == 0 && e.ci95High() == 0;
      }
      s.append("; ")
          .append(LeverPlan.joined(parts))
          .append(none.size() == 1 && !plural(none.get(0)) ? " changes" : " change")
          .append(
              exactly
                  ? " nothing (exactly 0 in every run)"
                  : " nothing beyond floating-point rounding");
    }
    return capital(s.append('.').toString());
  }

  /** "+USD 25.7 k, 95 % CI −USD 39.0 k to +USD 90.4 k": for inside parentheses. */
  static String inner(Estimate e, Metric metric, String currency) {
    return Formats.difference(e.mean(), metric, currency)
        + ", 95 % CI "
        + Formats.difference(e.ci95Low(), metric, currency)
        + " to "
        + Formats.difference(e.ci95High(), metric, currency);
  }

  /** "the reviews and KPIs (Review judges: RESULTS → ACTIVITY; ...)". */
  static String describe(Lever lever, JsonNode parameters) {
    List<String> parts = new ArrayList<>();
    for (String[] s : lever.settings().subList(0, Math.min(2, lever.settings().size()))) {
      String label = Settings.label(s[0], parameters);
      // A lever of one setting with its own name ("team structure") needs only the values.
      boolean same = lever.settings().size() == 1 && label.equalsIgnoreCase(lever.label());
      parts.add((same ? "" : label + ": ") + shown(s[1]) + " \u2192 " + shown(s[2]));
    }
    int more = lever.settings().size() - parts.size();
    String rest =
        more == 0 ? "" : more == 1 ? ", and one more setting" : ", and " + more + " more settings";
    return phrase(lever) + " (" + String.join("; ", parts) + rest + ")";
  }

  private static String shown(String value) {
    return value.isEmpty() ? "none" : value;
  }

  private static Lever lever(List<Lever> levers, String name) {
    for (Lever l : levers) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    throw new MalformedOutputException(Summary.FILE, "levers: no lever named " + name);
  }

  /**
   * One sentence per pair of levers with an interaction beyond its CI, over every metric where it
   * is: "The team structure and the pay plan interact: together they give +USD 178 k of bookings
   * (95 % CI ...) and ... beyond what each gives alone."
   */
  private static List<String> interactionSentences(
      List<Attributed> attributed, List<Lever> levers, String currency) {
    Map<String, List<String>> byPair = new LinkedHashMap<>();
    for (Attributed a : attributed) {
      for (Interaction i : a.interactions()) {
        String pair = phrase(lever(levers, i.a())) + " and " + phrase(lever(levers, i.b()));
        byPair
            .computeIfAbsent(pair, k -> new ArrayList<>())
            .add(
                withCi(i.estimate(), a.metric(), currency)
                    + " of "
                    + PageParts.name(a.metric()).toLowerCase(Locale.ROOT));
      }
    }
    List<String> out = new ArrayList<>();
    byPair.forEach(
        (pair, parts) ->
            out.add(
                capital(pair)
                    + " interact: together they give "
                    + LeverPlan.joined(parts)
                    + " beyond what each gives alone."));
    return out;
  }

  /** The most mechanism metrics a sentence names for one lever. */
  private static final int CHANNEL_SHOWN = 3;

  /**
   * How the largest levers act: each one's clear shares of the mechanism metrics' changes, three at
   * most ("The team structure acts through the reps' work: prospecting −17.1 pts, ...; the pay
   * plan: ...").
   */
  private static String channelSentence(
      List<Lever> top, JsonNode levers, List<String> metrics, String currency) {
    List<String> parts = new ArrayList<>();
    for (Lever lever : top) {
      JsonNode shares = Summary.object(levers, lever.name(), "channel.levers");
      List<String> clear = new ArrayList<>();
      for (String key : metrics) {
        Metric m = AuditSection.metric(key, "channel.metrics");
        Estimate e = AuditSection.estimate(shares, key, "channel.levers." + lever.name(), 0);
        if (e.clear() && clear.size() < CHANNEL_SHOWN) {
          clear.add(
              PageParts.name(m).toLowerCase(Locale.ROOT)
                  + " "
                  + Formats.difference(e.mean(), m, currency));
        }
      }
      String what = clear.isEmpty() ? "nothing beyond the noise" : String.join(", ", clear);
      parts.add(
          parts.isEmpty()
              ? capital(phrase(lever))
                  + " "
                  + verb(lever, "acts", "act")
                  + " through the reps'"
                  + " work: "
                  + what
              : phrase(lever) + ": " + what);
    }
    return String.join("; ", parts) + ".";
  }

  private static salesim.report.chart.Chart waterfall(
      Attributed a,
      List<Lever> levers,
      String base,
      String other,
      PlanBlock[] pair,
      String currency,
      String span) {
    Metric m = a.metric();
    boolean share = Unit.of(m).isShare();
    double scale = share ? 100 : 1;
    List<WaterfallChart.Step> steps = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    levers.forEach(l -> labels.put(l.name(), l.label()));
    for (String name : a.bySize()) {
      Estimate e = a.shares().get(name);
      steps.add(
          new WaterfallChart.Step(
              capital(labels.get(name)) + "\n" + Formats.difference(e.mean(), m, currency),
              new Interval(scale * e.mean(), scale * e.ci95Low(), scale * e.ci95High())));
    }
    Estimate t = a.total();
    String unit =
        share ? "percentage points" : Unit.of(m) == Unit.CURRENCY ? currency : Unit.of(m).word();
    String name = PageParts.name(m).toLowerCase(Locale.ROOT);
    return WaterfallChart.of(
        "waterfall-" + m.key().replace('_', '-'),
        "From " + base + " to " + other + ": " + name + ", lever by lever",
        String.format(
            Locale.ROOT,
            "%s %s, %s %s over %s; each bar a lever's share, whiskers 95 %% CIs.",
            base,
            Formats.metric(pair[0].stats(m).mean(), m, currency),
            other,
            Formats.metric(pair[1].stats(m).mean(), m, currency),
            span),
        steps,
        "Total\n" + Formats.difference(t.mean(), m, currency),
        new Interval(scale * t.mean(), scale * t.ci95Low(), scale * t.ci95High()),
        "Change in " + name + " from " + base + " (" + unit + ")",
        share ? AxisFormats.percent() : AxisFormats.compact());
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static salesim.report.chart.Chart channelChart(
      JsonNode channelLevers, List<Lever> levers, JsonNode channel) {
    List<Line> lines = new ArrayList<>();
    List<Map<String, Interval>> values = new ArrayList<>();
    int colour = 2;
    for (Metric m : CHANNEL_CHART) {
      // Not the plans' colours (blue, vermillion): these bars are measures, not plans.
      lines.add(
          new Line(m.key(), PageParts.name(m), salesim.report.chart.ChartStyle.scenario(colour)));
      colour += 2;
      Map<String, Interval> byLever = new LinkedHashMap<>();
      for (Lever l : levers) {
        Estimate e =
            AuditSection.estimate(
                Summary.object(channelLevers, l.name(), "channel.levers"),
                m.key(),
                "channel.levers." + l.name(),
                0);
        byLever.put(
            capital(l.label()),
            new Interval(100 * e.mean(), 100 * e.ci95Low(), 100 * e.ci95High()));
      }
      Estimate total =
          AuditSection.estimate(
              Summary.object(channel, "total", "channel"), m.key(), "channel.total", 0);
      byLever.put(
          "Total", new Interval(100 * total.mean(), 100 * total.ci95Low(), 100 * total.ci95High()));
      values.add(byLever);
    }
    return ComparisonChart.of(
        "channel",
        "Through what each lever acts: the reps' hours",
        lines,
        values,
        "Change in share of selling hours (percentage points)");
  }

  private static Table leverTable(
      List<Lever> levers, String base, String other, JsonNode parameters) {
    List<Row> rows = new ArrayList<>();
    for (Lever l : levers) {
      String leverCell =
          capital(l.label())
              + "\n"
              + l.name()
              + (l.origin().equals(salesim.experiment.Lever.DEFAULT)
                  ? ""
                  : " (" + l.origin() + ")");
      for (String[] s : l.settings()) {
        rows.add(
            new Row(
                List.of(Settings.cell(s[0], parameters), leverCell, shown(s[1]), shown(s[2])),
                false));
      }
    }
    String merged =
        levers.stream()
            .filter(l -> !l.note().isEmpty())
            .map(l -> capital(l.label()) + ": " + l.note())
            .reduce((x, y) -> x + "; " + y)
            .orElse("");
    return new Table(
        "The levers: which setting falls into which",
        "Every setting that differs between the plans, each in exactly one lever; a lever switches"
            + " all its settings from "
            + base
            + "'s values to "
            + other
            + "'s at once."
            + (merged.isEmpty() ? "" : " " + merged + "."),
        List.of("Setting", "Lever", base, other),
        rows,
        false);
  }

  private static Table attributionTable(
      List<Attributed> attributed, List<Lever> levers, String currency, String span) {
    List<String> header = new ArrayList<>(List.of("Lever"));
    for (Attributed a : attributed) {
      header.add(PageParts.name(a.metric()));
      header.add("Part of the total");
    }
    List<Row> rows = new ArrayList<>();
    for (Lever l : levers) {
      List<String> cells = new ArrayList<>(List.of(capital(l.label())));
      for (Attributed a : attributed) {
        Estimate e = a.shares().get(l.name());
        cells.add(cell(e, a.metric(), currency));
        cells.add(part(e.mean(), a.total().mean()));
      }
      rows.add(new Row(cells, false));
    }
    List<String> total = new ArrayList<>(List.of("Total (OTHER \u2212 BASE)"));
    for (Attributed a : attributed) {
      total.add(cell(a.total(), a.metric(), currency));
      total.add("100 %");
    }
    rows.add(new Row(total, false));
    return new Table(
        "Each lever's share of the difference over " + span,
        "Shapley values: each lever's effect averaged over every order of switching the levers;"
            + " the shares add up to the total exactly. Under each, its 95 % CI.",
        header,
        rows,
        false);
  }

  private static String cell(Estimate e, Metric m, String currency) {
    return Formats.difference(e.mean(), m, currency)
        + "\n"
        + Formats.difference(e.ci95Low(), m, currency)
        + " to "
        + Formats.difference(e.ci95High(), m, currency);
  }

  private static String part(double share, double total) {
    if (total == 0 || !Double.isFinite(share / total)) {
      return "\u2014";
    }
    return Formats.decimals(100 * share / total, 0) + " %";
  }

  private static Table interactionTable(
      List<Attributed> attributed,
      Map<String, String> labels,
      String currency,
      String method,
      int leverCount) {
    List<Row> rows = new ArrayList<>();
    for (Attributed a : attributed) {
      for (Interaction i : a.interactions()) {
        rows.add(
            Row.of(
                capital(labels.getOrDefault(i.a(), i.a()))
                    + " \u00d7 "
                    + labels.getOrDefault(i.b(), i.b()),
                PageParts.name(a.metric()),
                cell(i.estimate(), a.metric(), currency)));
      }
    }
    String note;
    if (!method.equals("factorial")) {
      note =
          "Interactions are estimated from the full factorial only; this explanation sampled"
              + " orderings of its levers.";
    } else if (leverCount < 2) {
      note = "One lever: nothing to interact.";
    } else {
      note =
          "The Shapley interaction index of each pair of levers: how much more (positive) or"
              + " less (negative) the two give together than apart, averaged over the other levers'"
              + " settings. Only those whose 95 % CI excludes zero are listed.";
    }
    if (rows.isEmpty()) {
      rows.add(
          Row.of(
              method.equals("factorial") && leverCount >= 2
                  ? "(none beyond its 95 % CI)"
                  : "(not estimated)",
              "",
              ""));
    }
    return new Table(
        "Interactions between levers",
        note,
        List.of("Levers", "Measure", "Interaction"),
        rows,
        false);
  }

  private static Table channelTable(
      JsonNode channel,
      JsonNode channelLevers,
      List<Lever> levers,
      List<String> metrics,
      String currency) {
    List<String> header = new ArrayList<>(List.of("Lever"));
    List<Metric> ms = new ArrayList<>();
    for (String key : metrics) {
      Metric m = AuditSection.metric(key, "channel.metrics");
      ms.add(m);
      header.add(PageParts.name(m));
    }
    List<Row> rows = new ArrayList<>();
    for (Lever l : levers) {
      JsonNode shares = Summary.object(channelLevers, l.name(), "channel.levers");
      List<String> cells = new ArrayList<>(List.of(capital(l.label())));
      for (Metric m : ms) {
        cells.add(
            cell(
                AuditSection.estimate(shares, m.key(), "channel.levers." + l.name(), 0),
                m,
                currency));
      }
      rows.add(new Row(cells, false));
    }
    JsonNode totals = Summary.object(channel, "total", "channel");
    List<String> cells = new ArrayList<>(List.of("Total"));
    for (Metric m : ms) {
      cells.add(cell(AuditSection.estimate(totals, m.key(), "channel.total", 0), m, currency));
    }
    rows.add(new Row(cells, false));
    return new Table(
        "The channel: how each lever moves the reps' work",
        "Each lever's share of the change in the mechanism (Shapley values, like the shares"
            + " above), with the 95 % CI under it. Shares of hours move in percentage points.",
        header,
        rows,
        false);
  }

  private static Table variantTable(
      List<JsonNode> blocks,
      Map<String, String> labels,
      List<Attributed> attributed,
      String currency) {
    List<String> header = new ArrayList<>(List.of("Combination", "Levers switched"));
    for (Attributed a : attributed) {
      header.add(PageParts.name(a.metric()));
    }
    List<Row> rows = new ArrayList<>();
    for (int v = 0; v < blocks.size(); v++) {
      PlanBlock b = PlanBlock.read(blocks.get(v), "scenarios[" + v + "]");
      List<String> switched = new ArrayList<>();
      Summary.array(blocks.get(v), "levers", "scenarios[" + v + "]")
          .forEach(n -> switched.add(labels.getOrDefault(n.asString(), n.asString())));
      List<String> cells =
          new ArrayList<>(
              List.of(b.name(), switched.isEmpty() ? "none" : String.join(", ", switched)));
      for (Attributed a : attributed) {
        Summary.Stats s = b.stats(a.metric());
        cells.add(
            Formats.metric(s.mean(), a.metric(), currency)
                + "\n\u00b1 "
                + Formats.metric((s.high() - s.low()) / 2, a.metric(), currency));
      }
      rows.add(new Row(cells, false));
    }
    return new Table(
        "Every combination simulated",
        "Means over the runs, \u00b1 the 95 % CI's half-width; the first two are the plans"
            + " themselves.",
        header,
        rows,
        false);
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
