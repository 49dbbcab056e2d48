package salesim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import salesim.experiment.Estimate;
import salesim.model.Metric;
import salesim.report.Explanation.Attributed;
import salesim.report.Explanation.Channel;
import salesim.report.Explanation.Interaction;
import salesim.report.Explanation.Lever;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import tools.jackson.databind.JsonNode;

/**
 * The tables of an explanation's report (issue 16): which setting fell into which lever, each
 * lever's share of each metric's difference, the interactions between levers, the channel each acts
 * through, and every combination simulated. Apart from the page because the cells (an estimate over
 * its CI, a share of the total) are formatted the same way in all of them.
 */
final class AttributionTables {

  private AttributionTables() {}

  /** The levers: every setting that differs, the lever it falls into and both plans' values. */
  static Table levers(Explanation x) {
    List<Lever> levers = x.levers();
    String base = x.base();
    String other = x.other();
    JsonNode parameters = x.baseBlock().parameters();
    List<Row> rows = new ArrayList<>();
    for (Lever l : levers) {
      String leverCell =
          Explanation.title(l.label())
              + "\n"
              + l.name()
              + (l.origin().equals(salesim.experiment.Lever.DEFAULT)
                  ? ""
                  : " (" + l.origin() + ")");
      for (String[] s : l.settings()) {
        rows.add(
            new Row(
                List.of(
                    Settings.cell(s[0], parameters),
                    leverCell,
                    Explanation.shown(s[1]),
                    Explanation.shown(s[2])),
                false));
      }
    }
    String merged =
        levers.stream()
            .filter(l -> !l.note().isEmpty())
            .map(l -> Explanation.title(l.label()) + ": " + l.note())
            .reduce((a, b) -> a + "; " + b)
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

  /** Each lever's share of each metric's difference over the span, and its part of the total. */
  static Table shares(Explanation x, String span) {
    List<Attributed> attributed = x.attributed();
    String currency = x.currency();
    List<String> header = new ArrayList<>(List.of("Lever"));
    for (Attributed a : attributed) {
      header.add(PageParts.name(a.metric()));
      header.add("Part of the total");
    }
    List<Row> rows = new ArrayList<>();
    for (Lever l : x.levers()) {
      List<String> cells = new ArrayList<>(List.of(Explanation.title(l.label())));
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
    Formats.Interval i = Formats.Interval.of(e.mean(), e.ci95Low(), e.ci95High(), m, currency);
    return i.mean() + "\n" + i.range();
  }

  private static String part(double share, double total) {
    if (total == 0 || !Double.isFinite(share / total)) {
      return "\u2014";
    }
    return Formats.decimals(100 * share / total, 0) + " %";
  }

  /** The interactions beyond their CIs, or why there are none. */
  static Table interactions(Explanation x) {
    Map<String, String> labels = x.labels();
    String currency = x.currency();
    String method = x.method();
    int leverCount = x.levers().size();
    List<Row> rows = new ArrayList<>();
    for (Attributed a : x.attributed()) {
      for (Interaction i : a.interactions()) {
        rows.add(
            Row.of(
                Explanation.title(labels.getOrDefault(i.a(), i.a()))
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

  /** Each lever's share of the change in each mechanism metric, and the total change. */
  static Table channel(Explanation x, Channel channel) {
    String currency = x.currency();
    List<String> header = new ArrayList<>(List.of("Lever"));
    List<Metric> ms = new ArrayList<>();
    for (String key : channel.metrics()) {
      Metric m = AuditSection.metric(key, "channel.metrics");
      ms.add(m);
      header.add(PageParts.name(m));
    }
    List<Row> rows = new ArrayList<>();
    for (Lever l : x.levers()) {
      JsonNode shares = Summary.object(channel.levers(), l.name(), "channel.levers");
      List<String> cells = new ArrayList<>(List.of(Explanation.title(l.label())));
      for (Metric m : ms) {
        cells.add(
            cell(
                AuditSection.estimate(shares, m.key(), "channel.levers." + l.name(), 0),
                m,
                currency));
      }
      rows.add(new Row(cells, false));
    }
    JsonNode totals = Summary.object(channel.node(), "total", "channel");
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

  /** Every combination simulated, with the levers it switched and its means. */
  static Table variants(Explanation x) {
    List<JsonNode> blocks = x.blocks();
    Map<String, String> labels = x.labels();
    List<Attributed> attributed = x.attributed();
    String currency = x.currency();
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
        cells.add(Formats.meanAndHalf(s.mean(), s.low(), s.high(), a.metric(), currency));
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
}
