package salesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.Estimate;
import salesim.experiment.LeverPlan;
import salesim.experiment.PairedDifference;
import salesim.experiment.Unit;
import salesim.model.Metric;
import salesim.report.Explanation.Attributed;
import salesim.report.Explanation.Channel;
import salesim.report.Explanation.Interaction;
import salesim.report.Explanation.Lever;
import salesim.report.chart.MonthlyTable;
import tools.jackson.databind.JsonNode;

/**
 * What an explanation's report says in words (issue 16): the question it answers, then the findings
 * a board reads first (the totals, which lever does the most and what the others add, whether the
 * conclusion survives the assumption audit, how the levers interact and through what the largest
 * act), each sentence carrying the numbers of summary.json. Apart from the page, which only lays
 * the parts out, because naming levers and wording their shares is a job of its own.
 */
final class ExplainFindings {

  private ExplainFindings() {}

  /** The question, and the two plans it is asked of. */
  static List<String> question(Explanation x) {
    String base = x.base();
    String other = x.other();
    AuditSection audit = x.audit();
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
            x.settingCount(),
            x.levers().size(),
            x.method().equals("factorial")
                ? "Every combination of levers (" + x.variants() + ") was simulated"
                : x.variants() + " combinations, along sampled orderings, were simulated",
            audit == null
                ? ""
                : " The conclusion is audited against "
                    + audit.assumptions().size()
                    + " modelling assumptions."));
    question.add(base + " (the plan the company has): " + x.baseBlock().description());
    question.add(other + " (the plan it considers): " + x.otherBlock().description());
    question.add(PageParts.CONTEXT);
    return question;
  }

  /**
   * The findings, in the order a board reads them: the totals and the levers behind them, whether
   * they survive the assumptions, then how the levers combine and through what they act.
   */
  static List<String> of(Explanation x, MonthlyTable monthly, String span) {
    String base = x.base();
    String other = x.other();
    String currency = x.currency();
    List<Lever> levers = x.levers();
    List<Attributed> attributed = x.attributed();
    AuditSection audit = x.audit();
    List<String> findings = new ArrayList<>();
    if (monthly.horizonsDiffer()) {
      findings.add(
          "The plans run over different horizons ("
              + ComparePage.horizons(monthly, List.of(base, other))
              + "), so the totals and their shares cover each plan's own horizon.");
    }
    for (Attributed a : attributed) {
      findings.add(totalSentence(a, x, span));
      if (!levers.isEmpty()) {
        findings.add(leverSentence(a, levers, x.baseBlock().parameters(), currency));
      }
    }
    // What a board reads first: the totals, the levers, whether they survive the assumptions;
    // then how the levers combine and act.
    if (audit != null) {
      Map<String, String> phrases = new LinkedHashMap<>();
      levers.forEach(l -> phrases.put(l.name(), phrase(l)));
      findings.addAll(audit.sentences(base, other, currency, phrases));
    }
    findings.addAll(interactionSentences(x));
    Channel channel = x.channel();
    List<Lever> explained = new ArrayList<>();
    for (Attributed a : x.headline()) {
      Lever top = a.bySize().isEmpty() ? null : x.lever(a.bySize().get(0));
      if (top != null && !explained.contains(top)) {
        explained.add(top);
      }
    }
    if (!explained.isEmpty()) {
      findings.add(channelSentence(explained, channel, currency));
    }
    return findings;
  }

  /** A difference with its CI: "+USD 1.2 m (95 % CI +USD 1.0 m to +USD 1.4 m)". */
  static String withCi(Estimate e, Metric metric, String currency) {
    Formats.Interval i = Formats.Interval.of(e.mean(), e.ci95Low(), e.ci95High(), metric, currency);
    return i.mean() + " (95 % CI " + i.range() + ")";
  }

  /** The total difference, as the comparison report states it. */
  private static String totalSentence(Attributed a, Explanation x, String span) {
    PlanBlock[] pair = {x.baseBlock(), x.otherBlock()};
    Metric m = a.metric();
    PairedDifference d = Summary.difference(x.paired(), m.key(), "paired_differences");
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
        withCi(a.total(), m, x.currency()),
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
    String what = PageParts.inSentence(m);
    int sign = a.total().clearSign();
    // Money the company earns gains, loses and costs; any other measure (CAC payback months, a
    // share, the cost of sales) rises or falls, as more of it is not always better.
    boolean money = Unit.of(m) == Unit.CURRENCY && m != Metric.COST_OF_SALES;
    String noun =
        sign > 0 ? (money ? "gain" : "rise") : sign < 0 ? (money ? "loss" : "fall") : "difference";
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
                + shown(a.shares().get(l.name()), m, currency)
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

  /** A difference alone, to the precision its interval supports. */
  static String shown(Estimate e, Metric metric, String currency) {
    return Formats.Interval.of(e.mean(), e.ci95Low(), e.ci95High(), metric, currency).mean();
  }

  /** "+USD 25.7 k, 95 % CI −USD 39.0 k to +USD 90.4 k": for inside parentheses. */
  static String inner(Estimate e, Metric metric, String currency) {
    Formats.Interval i = Formats.Interval.of(e.mean(), e.ci95Low(), e.ci95High(), metric, currency);
    return i.mean() + ", 95 % CI " + i.range();
  }

  /** "the reviews and KPIs (Review judges: RESULTS → ACTIVITY; ...)". */
  static String describe(Lever lever, JsonNode parameters) {
    List<String> parts = new ArrayList<>();
    for (String[] s : lever.settings().subList(0, Math.min(2, lever.settings().size()))) {
      String label = Settings.label(s[0], parameters);
      // A lever of one setting with its own name ("team structure") needs only the values.
      boolean same = lever.settings().size() == 1 && label.equalsIgnoreCase(lever.label());
      parts.add(
          (same ? "" : label + ": ")
              + Explanation.shown(s[1])
              + " \u2192 "
              + Explanation.shown(s[2]));
    }
    int more = lever.settings().size() - parts.size();
    String rest =
        more == 0 ? "" : more == 1 ? ", and one more setting" : ", and " + more + " more settings";
    return phrase(lever) + " (" + String.join("; ", parts) + rest + ")";
  }

  /**
   * One sentence per pair of levers with an interaction beyond its CI, over every metric where it
   * is: "The team structure and the pay plan interact: together they give +USD 178 k of bookings
   * (95 % CI ...) and ... beyond what each gives alone."
   */
  private static List<String> interactionSentences(Explanation x) {
    Map<String, List<String>> byPair = new LinkedHashMap<>();
    for (Attributed a : x.attributed()) {
      for (Interaction i : a.interactions()) {
        String pair = phrase(x.lever(i.a())) + " and " + phrase(x.lever(i.b()));
        byPair
            .computeIfAbsent(pair, k -> new ArrayList<>())
            .add(
                withCi(i.estimate(), a.metric(), x.currency())
                    + " of "
                    + PageParts.inSentence(a.metric()));
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
  private static String channelSentence(List<Lever> top, Channel channel, String currency) {
    List<String> parts = new ArrayList<>();
    for (Lever lever : top) {
      JsonNode shares = Summary.object(channel.levers(), lever.name(), "channel.levers");
      List<String> clear = new ArrayList<>();
      for (String key : channel.metrics()) {
        Metric m = AuditSection.metric(key, "channel.metrics");
        Estimate e = AuditSection.estimate(shares, key, "channel.levers." + lever.name(), 0);
        if (e.clear() && clear.size() < CHANNEL_SHOWN) {
          clear.add(
              PageParts.inSentence(m)
                  + " "
                  + shown(e, m, currency));
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

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
