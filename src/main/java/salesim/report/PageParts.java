package salesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.experiment.Unit;
import salesim.model.Metric;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.Page.Term;
import salesim.report.chart.ChartStyle;
import salesim.report.chart.FanChart;
import salesim.report.chart.Line;
import salesim.scenario.ParameterPaths;
import tools.jackson.databind.JsonNode;

/** Pieces every kind of report shares: scenario colours, parameter tables, method notes. */
final class PageParts {

  /** The context every report opens with (DESIGN.md §1), in a leadership team's words. */
  static final String CONTEXT =
      "The background: CEOs often find that their reps wait for inbound leads instead of making"
          + " cold calls. This simulation lets a company test what changes that, on its own"
          + " numbers: how reps are paid for inbound and outbound deals, whether one team does"
          + " both jobs or the roles are split, what management measures and how long it waits"
          + " for results, and what a recession does to each plan. Nothing in the model assumes"
          + " the answer; every outcome comes from the reps' choices, the funnel and the market.";

  /** Settings worth showing on the first page even when they do not differ. */
  static final List<String> KEY_SETTINGS =
      List.of(
          ParameterPaths.MONTHS,
          ParameterPaths.REPS,
          ParameterPaths.STRUCTURE,
          ParameterPaths.INBOUND_REPS,
          ParameterPaths.BASE_MONTHLY,
          ParameterPaths.COMMISSION_TYPE,
          ParameterPaths.COMMISSION_RATE,
          ParameterPaths.OUTBOUND_MULTIPLIER,
          ParameterPaths.REVIEW_KPI,
          ParameterPaths.REVIEW_PATIENCE,
          ParameterPaths.REVIEW_REACTION,
          ParameterPaths.LEADS_PER_MONTH,
          ParameterPaths.GROSS_MARGIN);

  /** Metrics in the main table, beyond {@link HeadlineTable#HEADLINE}: none; kept in one place. */
  static final List<Metric> TABLE_METRICS = HeadlineTable.HEADLINE;

  private PageParts() {}

  /** Each scenario in its report colour, in the order of the summary. */
  static List<Line> lines(List<String> names) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      lines.add(new Line(names.get(i), names.get(i), ChartStyle.scenario(i)));
    }
    return lines;
  }

  /**
   * The scenarios' settings side by side: the settings that differ (or, for one scenario, the key
   * settings) in the open, every setting folded away, differing rows highlighted in both.
   */
  static List<Table> plans(List<String> names, List<JsonNode> parameters, String note) {
    List<Map<String, String>> flat = new ArrayList<>();
    Map<String, Boolean> paths = new LinkedHashMap<>();
    for (JsonNode tree : parameters) {
      Map<String, String> values = new LinkedHashMap<>();
      flatten("", tree, values);
      values.remove("name");
      values.remove("description");
      values.keySet().forEach(p -> paths.put(p, Boolean.TRUE));
      flat.add(values);
    }
    List<String> header = new ArrayList<>(List.of("Setting"));
    header.addAll(names);
    List<Row> all = new ArrayList<>();
    List<Row> differing = new ArrayList<>();
    List<Row> key = new ArrayList<>();
    for (String path : paths.keySet()) {
      List<String> cells = new ArrayList<>(List.of(Settings.cell(path, parameters.get(0))));
      boolean used = false;
      List<String> values = new ArrayList<>();
      for (int i = 0; i < flat.size(); i++) {
        String value = flat.get(i).getOrDefault(path, "\u2014");
        values.add(value);
        boolean matters = Settings.matters(path, parameters.get(i));
        used |= matters;
        cells.add(matters ? value : value + "\nnot used here");
      }
      // A setting that does nothing for any of the plans (inboundReps on a mixed team) is no
      // difference worth a row; it stays in the full list, marked.
      boolean differs = names.size() > 1 && used && values.stream().distinct().count() > 1;
      Row row = new Row(cells, differs);
      all.add(row);
      if (differs) {
        differing.add(row);
      }
      if (KEY_SETTINGS.contains(path) && used) {
        key.add(row);
      }
    }
    List<Table> tables = new ArrayList<>();
    if (names.size() > 1) {
      tables.add(
          new Table(
              "What differs between the plans",
              note.isEmpty()
                  ? "Every setting that is not the same in all scenarios and matters for at least"
                      + " one of them; under each name, its path in the scenario files."
                  : note,
              header,
              differing.isEmpty() ? List.of(emptyRow(header.size())) : differing,
              false));
    } else {
      tables.add(new Table("Key settings", note, header, key, false));
    }
    tables.add(
        new Table(
            "Every setting (" + all.size() + ")",
            "The resolved scenario as the simulation ran it; highlighted rows differ.",
            header,
            all,
            true));
    return tables;
  }

  private static Row emptyRow(int columns) {
    List<String> cells = new ArrayList<>();
    cells.add("(none: the scenarios' settings are identical)");
    for (int i = 1; i < columns; i++) {
      cells.add("");
    }
    return new Row(cells, false);
  }

  /** Leaves of a parameter tree as path → text; lists of plain values stay one value. */
  static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      boolean scalars = true;
      for (JsonNode element : node) {
        scalars &= !element.isContainer();
      }
      if (node.isEmpty()) {
        out.put(prefix, "none");
      } else if (scalars) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(scalar(v)));
        out.put(prefix, String.join(", ", values));
      } else {
        for (int i = 0; i < node.size(); i++) {
          flatten(prefix + "[" + i + "]", node.get(i), out);
        }
      }
    } else {
      out.put(prefix, scalar(node));
    }
  }

  private static String scalar(JsonNode node) {
    if (node.isNull()) {
      return "\u2014";
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    }
    return node.asString();
  }

  /** The method notes every report carries. */
  static List<String> method(
      long runs,
      long seed,
      long months,
      String modelVersion,
      Map<String, String> hashes,
      boolean paired) {
    List<String> notes = new ArrayList<>();
    notes.add(
        String.format(
            Locale.ROOT,
            "Each scenario was simulated %s times (runs), each over %d months, from seed %d. A run"
                + " is one possible history of the company: the same plan meets different leads,"
                + " accounts and chance events in each.",
            Formats.whole(runs),
            months,
            seed));
    if (paired) {
      notes.add(
          "Common random numbers: run r of every scenario faces the same simulated market (the"
              + " same leads, accounts and chance events), so a difference between scenarios comes"
              + " from the plan, not from luck. Differences are taken run by run (paired), which"
              + " makes them far more precise than comparing two separate sets of runs.");
    }
    notes.add(
        "Averages are the mean over the runs; the 95 % confidence interval (CI) says how precisely"
            + " the runs pin that average down (Student's t). The spread of outcomes a company"
            + " could actually see is the P5\u2013P95 range: nine runs in ten fall inside it.");
    notes.add(
        "Totals' percentiles are exact; the monthly percentiles in the fan charts come from a"
            + " bounded-memory sketch, within 0.8 % of the exact value. Charts and tables are"
            + " drawn from this folder's output files (summary.json, monthly.csv and, for the"
            + " run-to-run distributions, runs.csv), so they show the same numbers.");
    StringBuilder versions =
        new StringBuilder(
            "Model version "
                + modelVersion
                + ". Scenario hashes (they change whenever a setting changes): ");
    List<String> parts = new ArrayList<>();
    hashes.forEach((name, hash) -> parts.add(name + " " + shortHash(hash)));
    versions.append(String.join("; ", parts)).append('.');
    notes.add(versions.toString());
    notes.add(
        "To redraw this report from the stored numbers without simulating again: salesim report"
            + " FOLDER.");
    return notes;
  }

  /** A hash's first twelve characters: enough to tell versions apart in print. */
  static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  /** Words a reader may not know. */
  static List<Term> glossary(boolean paired) {
    List<Term> terms = new ArrayList<>();
    terms.add(new Term("Bookings", "The value of deals won (annual contract value, ACV)."));
    terms.add(
        new Term(
            "Inbound / outbound",
            "Deals from leads that came in through marketing / deals the reps sourced themselves by"
                + " prospecting (cold calls)."));
    terms.add(
        new Term(
            "Selling cost (cost of sales)",
            "Fully loaded: base pay, commission and bonuses with their loading (benefits, payroll"
                + " taxes), sales managers, tools per seat, the marketing cost of inbound leads and"
                + " hiring cost."));
    terms.add(
        new Term(
            "Contribution",
            "Subscription revenue recognised over the horizon \u00d7 gross margin \u2212 selling"
                + " cost: what the sales team adds to profit within the horizon."));
    terms.add(
        new Term(
            "Median, P5, P25, P75, P95",
            "Half the runs end below the median; 5 %, 25 %, 75 % and 95 % of runs end below P5,"
                + " P25, P75 and P95."));
    terms.add(
        new Term(
            "95 % CI",
            "The range that contains the true average with 95 % confidence, given the number of"
                + " runs."));
    if (paired) {
      terms.add(
          new Term(
              "Ahead in x % of paired runs",
              "In x % of runs, facing the same market, this plan came out higher than the"
                  + " baseline."));
    }
    terms.add(
        new Term(
            "Idle / waiting",
            "Selling hours with nothing chosen: no lead to answer, no deal to work, and no"
                + " prospecting."));
    return terms;
  }

  /** "name: description" from a resolved scenario tree (the name alone if it has none). */
  static String described(String name, JsonNode parameters) {
    JsonNode description = parameters.get("description");
    return description != null && description.isString() && !description.stringValue().isBlank()
        ? name
            + ", as its scenario file describes it: "
            + description.stringValue()
            + " (Settings changed on the command line are in the tables below, not in this"
            + " description.)"
        : name + ".";
  }

  /** The report's currency, wherever the summary keeps it. */
  static String currency(JsonNode block, String where) {
    if (block.has("currency")) {
      return Summary.text(block, "currency", where);
    }
    JsonNode parameters = Summary.object(block, "parameters", where);
    return Summary.text(
        Summary.object(parameters, "finance", where + ".parameters"),
        "currency",
        where + ".parameters.finance");
  }

  /** What a leadership team calls the headline metrics; the rest keep their description. */
  private static final Map<Metric, String> NAMES = names();

  private static Map<Metric, String> names() {
    Map<Metric, String> names = new java.util.EnumMap<>(Metric.class);
    names.put(Metric.BOOKINGS_TOTAL, "Bookings");
    names.put(Metric.BOOKINGS_INBOUND, "Bookings from inbound leads");
    names.put(Metric.BOOKINGS_OUTBOUND, "Bookings the reps sourced (outbound)");
    names.put(Metric.CONTRIBUTION, "Contribution");
    names.put(Metric.COST_OF_SALES, "Selling cost");
    names.put(Metric.COMMISSION_TOTAL, "Commission paid");
    names.put(Metric.COST_OF_SALES_RATIO, "Selling cost per unit of bookings");
    names.put(Metric.OUTBOUND_HOURS_SHARE, "Selling hours spent prospecting");
    names.put(Metric.IDLE_HOURS_SHARE, "Selling hours spent idle");
    names.put(Metric.MEETINGS_OUTBOUND, "Outbound meetings held");
    names.put(Metric.INBOUND_LEADS_LOST, "Inbound leads lost unanswered");
    names.put(Metric.MEAN_RESPONSE_HOURS, "Time to answer a lead");
    names.put(Metric.OUTBOUND_REPS_END, "Reps still prospecting at the end");
    names.put(Metric.QUOTA_ATTAINMENT_SHARE, "Rep-quarters at or above quota");
    names.put(Metric.DEALS_LOST_NEGLECT, "Deals lost to neglect");
    // The CFO's measures (issue 15).
    names.put(Metric.ARR_END, "ARR at the horizon");
    names.put(Metric.NEW_ARR, "New ARR (deals won)");
    names.put(Metric.CHURNED_ARR, "Churned ARR");
    names.put(Metric.EXPANSION_ARR, "Expansion ARR");
    names.put(Metric.NET_NEW_ARR, "Net new ARR");
    names.put(Metric.REVENUE, "Revenue recognised");
    names.put(Metric.CAC, "CAC (selling cost per deal won)");
    names.put(Metric.CAC_PAYBACK_MONTHS, "CAC payback");
    names.put(Metric.MAGIC_NUMBER, "Magic number");
    names.put(Metric.OUTBOUND_HIRE_PAYBACK_MONTHS, "Payback of an outbound hire");
    names.put(Metric.OUTBOUND_HIRES, "Hunters hired into outbound seats");
    names.put(Metric.ARR_PER_REP, "ARR per rep at the horizon");
    names.put(Metric.BOOKINGS_PER_REP, "Bookings per rep");
    names.put(Metric.PIPELINE_VALUE_END, "Value of the open pipeline");
    names.put(Metric.CUSTOMER_VALUE_END, "Value of the customer base");
    names.put(Metric.TOTAL_VALUE, "Total value (realised and expected)");
    return names;
  }

  /** A metric's name in plain words. */
  static String name(Metric metric) {
    return NAMES.getOrDefault(metric, metric.description());
  }

  /**
   * A metric's name inside a sentence: its first letter in lower case, unless it opens with an
   * acronym ("ARR at the horizon", "CAC payback"), which keeps its capitals.
   */
  static String inSentence(Metric metric) {
    String name = name(metric);
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** A metric's plain-words label with its unit. */
  static String label(Metric metric, String currency) {
    String unit =
        switch (Unit.of(metric)) {
          case CURRENCY -> currency;
          case SHARE -> "%";
          case FLAG -> "% of runs";
          default -> Unit.of(metric).word();
        };
    return name(metric) + " (" + unit + ")";
  }

  /** The scenarios' own shock windows (each once), for shading. */
  static List<FanChart.Window> windows(List<PlanBlock> blocks) {
    List<FanChart.Window> windows = new ArrayList<>();
    for (PlanBlock b : blocks) {
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
}
