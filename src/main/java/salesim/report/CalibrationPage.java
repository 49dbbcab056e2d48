package salesim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;
import salesim.report.Page.Figure;
import salesim.report.Page.Row;
import salesim.report.Page.Table;
import salesim.report.Page.Term;
import salesim.report.chart.CalibrationCharts;
import salesim.report.chart.MalformedOutputException;
import tools.jackson.databind.JsonNode;

/**
 * The calibration report's page: every estimate beside the base's value and its benchmark range
 * from PARAMETERS.md, the values kept for lack of history, the facts shown for comparison, the
 * starting state, the fitted distributions beside the data, the data's problems and the
 * back-test, all read from calibration.json (nothing is recomputed but the fitted curves' points).
 */
final class CalibrationPage {

  private CalibrationPage() {}

  static Page build(JsonNode root) {
    String scenario = text(root, "scenario", "");
    String format = text(root, "format", "");
    String asOf = text(root, "as_of", "");
    String currency = text(root, "currency", "");
    List<JsonNode> estimates = array(root, "estimates", "");
    List<JsonNode> problems = array(root, "problems", "");
    List<String> sources = new ArrayList<>();
    for (JsonNode s : array(root, "outbound_sources", "")) {
      sources.add(s.asString());
    }
    long set = 0;
    long kept = 0;
    List<Row> setRows = new ArrayList<>();
    List<Row> keptRows = new ArrayList<>();
    List<Row> observedRows = new ArrayList<>();
    List<Row> methodRows = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (int i = 0; i < estimates.size(); i++) {
      JsonNode e = estimates.get(i);
      String at = "estimates[" + i + "]";
      String status = text(e, "status", at);
      String unit = text(e, "unit", at);
      double value = number(e, "value", at);
      double low = number(e, "ci95_low", at);
      double high = number(e, "ci95_high", at);
      String label = text(e, "label", at);
      String key = e.get("path") != null && e.get("path").isString() ? e.get("path").stringValue()
          : text(e, "key", at);
      String setting = key + "\n" + label;
      String ci = Double.isNaN(low) ? "\u2014" : range(low, high, unit, currency);
      String n = Formats.whole((long) number(e, "n", at)) + " " + text(e, "sample_unit", at);
      JsonNode b = e.get("benchmark");
      String bench = "\u2014";
      boolean out = false;
      if (b != null && b.isObject()) {
        double bl = number(b, "low", at + ".benchmark");
        double bt = number(b, "typical", at + ".benchmark");
        double bh = number(b, "high", at + ".benchmark");
        bench = (Double.isNaN(bl) || Double.isNaN(bh) ? value(bt, unit, currency)
            : range(bl, bh, unit, currency) + "\ntypical " + value(bt, unit, currency));
        setting = setting + "; benchmark: " + text(b, "source", at + ".benchmark");
        out = !status.equals("insufficient_history") && !Double.isNaN(bl) && !Double.isNaN(bh)
            && (value < bl || value > bh);
        if (out) {
          outside.add(label.toLowerCase(Locale.ROOT) + " " + value(value, unit, currency) + " (range "
              + value(bl, unit, currency) + " to " + value(bh, unit, currency) + ")");
        }
      }
      double reference = number(e, "reference", at);
      String base = Double.isNaN(reference) ? "\u2014" : value(reference, unit, currency);
      switch (status) {
        case "estimated", "pooled" -> {
          set++;
          setRows.add(new Row(List.of(setting, value(value, unit, currency)
              + (status.equals("pooled") ? "\npooled" : ""), ci, n, base, bench), out));
        }
        case "insufficient_history" -> {
          kept++;
          keptRows.add(Row.of(key + "\n" + label + ". Why: " + text(e, "method", at),
              value(value, unit, currency)));
        }
        default -> observedRows.add(new Row(List.of(setting, value(value, unit, currency), ci, n,
            base, bench), out));
      }
      List<String> columns = new ArrayList<>();
      for (JsonNode c : array(e, "columns", at)) {
        columns.add(c.asString());
      }
      methodRows.add(Row.of(key + "\n" + text(e, "method", at) + ". Columns: "
          + (columns.isEmpty() ? "none" : String.join(", ", columns)) + "."));
    }
    List<Table> plans = new ArrayList<>();
    plans.add(new Table("What the data sets (" + set + " values)", "Each estimate with its 95 %"
        + " confidence interval and sample, beside the base scenario's value and the published"
        + " range (low / typical / high, PARAMETERS.md table (a)); highlighted: outside that range;"
        + " pooled: estimated from both sources or all roles together. For a stage, Base is the"
        + " base path's stage at the same position.",
        List.of("Setting", "Estimate", "95 % CI", "Sample", "Base", "Benchmark"),
        setRows.isEmpty() ? List.of(Row.of("(none)", "", "", "", "", "")) : setRows, false));
    plans.add(new Table("Kept from the base: insufficient history (" + kept + " values)",
        "Below the sample floor of " + Formats.whole((long) number(root, "min_sample", ""))
            + " the base's value is kept, and why is said here.",
        List.of("Setting and why it is kept", "Kept value"),
        keptRows.isEmpty() ? List.of(Row.of("(none)", "")) : keptRows, false));
    plans.add(new Table("What the company shows (for comparison)", "Facts no parameter takes"
        + " directly; the calibrated model should reproduce them. Highlighted: outside the"
        + " published range.", List.of("Fact", "Value", "95 % CI", "Sample", "Base model",
            "Benchmark"), observedRows.isEmpty() ? List.of(Row.of("(none)", "", "", "", "", ""))
            : observedRows, false));
    plans.add(startTable(object(root, "start", ""), currency));

    List<String> findings = new ArrayList<>();
    findings.add(String.format(Locale.ROOT, "The %s export as of %s sets %d values of the"
        + " scenario; %d keep the base's for lack of history (listed under The plans).", format,
        asOf, set, kept));
    for (JsonNode e : estimates) {
      if (text(e, "key", "").equals("inbound.leadsPerMonth") && !text(e, "status", "")
          .equals("insufficient_history")) {
        findings.add("Inbound leads: " + value(number(e, "value", ""), "leads/month", currency)
            + " a month at the simulation's start (95 % CI " + value(number(e, "ci95_low", ""),
                "leads/month", currency) + " to " + value(number(e, "ci95_high", ""), "leads/month",
                currency) + "), against the base's " + value(number(e, "reference", ""),
                "leads/month", currency) + ".");
      }
      String key = text(e, "key", "");
      if (key.startsWith("observed.win_rate_")) {
        findings.add(text(e, "label", "") + ": " + value(number(e, "value", ""), "share", currency)
            + " of closed deals (95 % CI " + value(number(e, "ci95_low", ""), "share", currency)
            + " to " + value(number(e, "ci95_high", ""), "share", currency) + ").");
      }
    }
    if (!outside.isEmpty()) {
      findings.add("Outside the published ranges: " + String.join("; ", outside) + ".");
    }
    long problemRows = 0;
    for (JsonNode p : problems) {
      problemRows += (long) number(p, "count", "problems");
    }
    findings.add(problems.isEmpty() ? "No data problems were found."
        : String.format(Locale.ROOT, "%d kinds of data problems touch %s rows (table below); each"
            + " is left out only of the estimates it would bias.", problems.size(),
            Formats.whole(problemRows)));
    JsonNode backTest = root.get("backtest");
    boolean hasBackTest = backTest != null && backTest.isObject();
    if (hasBackTest) {
      for (JsonNode s : array(backTest, "series", "backtest")) {
        findings.add(text(s, "statement", "backtest.series"));
      }
    }

    List<Figure> figures = new ArrayList<>();
    JsonNode curves = object(root, "curves", "");
    JsonNode leads = object(curves, "leads", "curves");
    List<String> months = texts(leads, "months", "curves.leads");
    if (!months.isEmpty()) {
      List<Long> counts = new ArrayList<>();
      for (JsonNode c : array(leads, "counts", "curves.leads")) {
        counts.add(c.longValue());
      }
      figures.add(Figure.of(CalibrationCharts.leads("leads", months, counts,
          numbers(leads, "fitted", "curves.leads")), "Each bar is one month's inbound leads; the"
              + " line is the fitted mean (season and trend when two years allow)."));
    }
    for (String source : List.of("inbound", "outbound")) {
      List<CalibrationCharts.StageLines> lines = new ArrayList<>();
      for (JsonNode s : array(curves, "stages", "curves")) {
        if (!text(s, "source", "curves.stages").equals(source)) {
          continue;
        }
        List<Double> t = numbers(s, "times", "curves.stages");
        List<Double> v = numbers(s, "survival", "curves.stages");
        double mean = number(s, "mean", "curves.stages");
        double cv = number(s, "cv", "curves.stages");
        double max = 0;
        for (double x : t) {
          max = Math.max(max, x);
        }
        lines.add(new CalibrationCharts.StageLines(text(s, "stage", "curves.stages"), array(t),
            array(v), grid(max), gammaSurvival(grid(max), mean, cv)));
      }
      if (!lines.isEmpty()) {
        figures.add(Figure.of(CalibrationCharts.survival("stages-" + source,
            "Time in each stage: " + source + " deals", lines), "Per stage of the " + source
                + " path, the share of deals still in it after so many working days (each stay"
                + " divided by its segment's cycle factor): the data beside the fitted gamma."));
      }
    }
    for (JsonNode v : array(curves, "values", "curves")) {
      String segment = text(v, "segment", "curves.values");
      List<Double> amounts = numbers(v, "amounts", "curves.values");
      double mu = number(v, "mu", "curves.values");
      double sigma = number(v, "sigma", "curves.values");
      double max = 0;
      for (double a : amounts) {
        max = Math.max(max, a);
      }
      double[] x = grid(max);
      double[] density = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        density[i] = x[i] <= 0 ? 0 : Math.exp(-Math.pow(Math.log(x[i]) - mu, 2) / (2 * sigma * sigma))
            / (x[i] * sigma * Math.sqrt(2 * Math.PI));
      }
      figures.add(Figure.of(CalibrationCharts.values("values-" + slug(segment),
          "Deal values: " + segment, amounts, x, density, currency), "The values of deals in "
              + segment + ", won, lost and open (bars, as a density), beside the lognormal fitted to"
              + " them."));
    }
    List<Table> tables = new ArrayList<>();
    List<Row> problemTable = new ArrayList<>();
    for (JsonNode p : problems) {
      problemTable.add(Row.of(text(p, "kind", "problems").replace('_', ' ') + "\n"
          + text(p, "description", "problems") + ". Done: " + text(p, "effect", "problems") + ".",
          Formats.whole((long) number(p, "count", "problems"))));
    }
    tables.add(new Table("Data problems", "What was found in the export, how many rows it touches,"
        + " and what calibration did about it.", List.of("Problem and what was done", "Rows"),
        problemTable.isEmpty() ? List.of(Row.of("(none found)", "")) : problemTable, false));
    tables.add(new Table("How each value was computed", "Method and the export's columns it read.",
        List.of("Value, method and columns"), methodRows, false));
    List<String> method = new ArrayList<>();
    if (hasBackTest) {
      List<String> held = texts(backTest, "months", "backtest");
      for (JsonNode s : array(backTest, "series", "backtest")) {
        String metric = text(s, "metric", "backtest.series");
        String label = text(s, "label", "backtest.series");
        String unit = text(s, "unit", "backtest.series");
        List<Double> actual = numbers(s, "actual", "backtest.series");
        List<Double> p5 = numbers(s, "p5", "backtest.series");
        List<Double> p25 = numbers(s, "p25", "backtest.series");
        List<Double> p50 = numbers(s, "p50", "backtest.series");
        List<Double> p75 = numbers(s, "p75", "backtest.series");
        List<Double> p95 = numbers(s, "p95", "backtest.series");
        String yLabel = label + " per month (" + (unit.equals("deals") ? "deals" : currency) + ")";
        figures.add(Figure.of(CalibrationCharts.backTest("backtest-" + metric, "Back-test: "
            + label.toLowerCase(Locale.ROOT), yLabel, held, actual, p5, p25, p50, p75, p95),
            text(s, "statement", "backtest.series")));
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < held.size(); m++) {
          String where = actual.get(m) >= p25.get(m) && actual.get(m) <= p75.get(m) ? "50 % band"
              : actual.get(m) >= p5.get(m) && actual.get(m) <= p95.get(m) ? "90 % band" : "outside";
          rows.add(new Row(List.of(held.get(m), amount(actual.get(m), unit, currency),
              amount(p5.get(m), unit, currency), amount(p25.get(m), unit, currency),
              amount(p50.get(m), unit, currency), amount(p75.get(m), unit, currency),
              amount(p95.get(m), unit, currency), where), where.equals("outside")));
        }
        tables.add(new Table("Back-test: " + label.toLowerCase(Locale.ROOT), text(s, "statement",
            "backtest.series"), List.of("Month", "Actual", "P5", "P25", "Median", "P75", "P95",
                "Actual within"), rows, false));
      }
      boolean fromStart = backTest.path("from_start_state").asBoolean();
      method.add(String.format(Locale.ROOT, "Back-test: the scenario was calibrated again on the"
          + " data to %s only, and %s runs of the next %d months were simulated (seed %d)%s. The"
          + " bands are the runs' percentiles in each month (type 7).", text(backTest,
              "fitted_as_of", "backtest"), Formats.whole((long) number(backTest, "runs", "backtest")),
          held.size(), (long) number(backTest, "seed", "backtest"), fromStart
              ? ", each starting from the company's state at that date (its team with their"
                  + " tenures, its open deals at their stages and ages, its customers), so the"
                  + " first held-out month carries the pipeline the company had"
              : ", each starting from the calibrated scenario's own warm start (the export"
                  + " had no team or open deals at that date to start from)"));
    }
    method.add("Each value's method and columns are in the table How each value was computed (The"
        + " numbers) and"
        + " in the side file " + scenario + ".calibration.json. Stage times are fitted as the"
        + " model's gamma (mean and cv, in working days of a 21-day month) by maximum likelihood,"
        + " deals still in a stage at the as-of date counting as survivors so far; exit chances and"
        + " win rates treat won and lost as competing ends; deal values are lognormal by maximum"
        + " likelihood; rates and shares carry Wilson or exact Poisson intervals.");
    method.add("Working time: Monday to Friday, business days from 09:00 (UTC for times with a"
        + " zone); each calendar month holds the model's 21 working days, so monthly totals line"
        + " up with the simulation's months. A date without a time is taken as uniform over its"
        + " business day.");
    method.add("Privacy: owners and users appear only as u1, u2, ... in every output; names, e-mail"
        + " addresses and phone numbers in the export are never read into the calibration.");
    method.add("Lead sources counted as outbound: " + String.join(", ", sources) + ". Everything"
        + " else (including an empty source) counts as inbound. Change the list with"
        + " --outbound-sources or the mapping file's outboundSources.");
    List<Term> glossary = new ArrayList<>();
    glossary.add(new Term("95 % CI", "The range that holds the company's true value with 95 %"
        + " confidence, given how much data there is."));
    glossary.add(new Term("Insufficient history", "Fewer observations than the sample floor: the"
        + " base scenario's value is kept rather than a guess from a handful of deals."));
    glossary.add(new Term("Censoring", "A deal still open at the as-of date has lasted at least so"
        + " long; it counts as a survivor so far, not as a loss or a close."));
    glossary.add(new Term("Pooled", "Too few of this source's or role's own observations: estimated"
        + " from both together."));
    glossary.add(new Term("Working day", "One of the model's 21 working days of a month."));
    return new Page(scenario + ": calibrated from its CRM export", "Calibration",
        String.format(Locale.ROOT, "%s export as of %s \u00b7 %d values from the data, %d kept"
            + " \u00b7 amounts in %s", format, asOf, set, kept, currency),
        List.of("What are this company's own numbers, and how sure are they? Each value the"
            + " simulation needs that a CRM export can inform was estimated from the " + format
            + " export, up to " + asOf + ", with its 95 % confidence interval, its sample, its"
            + " method and the columns it read. Values the data cannot support keep the base"
            + " scenario's, and say so.", "The calibrated scenario extends the base with these"
            + " values and the company's starting state at " + asOf + "; compare it with other plans"
            + " like any scenario. Lead sources counted as outbound: " + String.join(", ", sources)
            + ".", PageParts.CONTEXT),
        plans, findings, figures, tables, method, glossary);
  }

  private static Table startTable(JsonNode start, String currency) {
    Map<String, long[]> roles = new LinkedHashMap<>();
    Map<String, double[]> tenure = new LinkedHashMap<>();
    for (JsonNode r : array(start, "reps", "start")) {
      String role = text(r, "role", "start.reps");
      roles.computeIfAbsent(role, k -> new long[1])[0]++;
      tenure.computeIfAbsent(role, k -> new double[1])[0] += number(r, "tenure_months", "start.reps");
    }
    List<Row> rows = new ArrayList<>();
    roles.forEach((role, n) -> rows.add(Row.of("Reps: " + role.toLowerCase(Locale.ROOT),
        Formats.whole(n[0]), "mean tenure " + Formats.decimals(tenure.get(role)[0] / n[0], 1)
            + " months")));
    Map<String, long[]> deals = new LinkedHashMap<>();
    Map<String, double[]> value = new LinkedHashMap<>();
    for (JsonNode d : array(start, "deals", "start")) {
      String k = text(d, "source", "start.deals").toLowerCase(Locale.ROOT) + ", "
          + text(d, "stage", "start.deals");
      deals.computeIfAbsent(k, x -> new long[1])[0]++;
      value.computeIfAbsent(k, x -> new double[1])[0] += number(d, "value", "start.deals");
    }
    deals.forEach((k, n) -> rows.add(Row.of("Open deals: " + k, Formats.whole(n[0]),
        Formats.money(value.get(k)[0], currency) + " in all")));
    for (JsonNode a : array(start, "arr", "start")) {
      rows.add(Row.of("ARR under contract: " + text(a, "segment", "start.arr"),
          Formats.whole((long) number(a, "customers", "start.arr")) + " customers",
          Formats.money(number(a, "arr", "start.arr"), currency)));
    }
    return new Table("The company at the as-of date (its starting state)", "The scenario's start:"
        + " block holds each rep and each open deal; here they are counted.",
        List.of("What", "How many", "Detail"), rows.isEmpty() ? List.of(Row.of("(none)", "", ""))
            : rows, false);
  }

  /** A value in its unit, as a leadership team reads it. */
  static String value(double v, String unit, String currency) {
    if (Double.isNaN(v)) {
      return "\u2014";
    }
    switch (unit) {
      case "share":
      case "share/year":
        return Formats.decimals(100 * v, 1) + " %";
      case "share/month":
        return Formats.decimals(100 * v, 2) + " %";
      case "currency":
        return Formats.money(v, currency);
      case "leads/month":
      case "reps":
        return Formats.count(v);
      case "working days":
        return Formats.decimals(v, 1) + " days";
      case "months":
        return Formats.decimals(v, 1) + " months";
      case "hours":
        return Formats.decimals(v, 1) + " h";
      default:
        return Formats.decimals(v, 2);
    }
  }

  /** A range with its unit once: "5.7–6.5 days", "22.0–31.6 %", "USD 12.5–17.1 k". */
  static String range(double low, double high, String unit, String currency) {
    if (unit.equals("currency")) {
      return Formats.moneyRange(low, high, currency);
    }
    String a = value(low, unit, currency);
    String b = value(high, unit, currency);
    for (String suffix : List.of(" days", " %", " months", " h")) {
      if (a.endsWith(suffix) && b.endsWith(suffix)) {
        return a.substring(0, a.length() - suffix.length()) + Formats.DASH + b;
      }
    }
    return a + Formats.DASH + b;
  }

  private static String amount(double v, String unit, String currency) {
    return unit.equals("deals") ? Formats.decimals(v, 1) : Formats.money(v, currency);
  }

  /** 120 points from 0 to 1.1 × max. */
  private static double[] grid(double max) {
    double[] x = new double[121];
    for (int i = 0; i < x.length; i++) {
      x[i] = 1.1 * Math.max(max, 1e-9) * i / (x.length - 1);
    }
    return x;
  }

  private static double[] gammaSurvival(double[] x, double mean, double cv) {
    double k = 1 / (cv * cv);
    double theta = mean / k;
    double[] s = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      s[i] = x[i] <= 0 ? 1 : 1 - Gamma.regularizedGammaP(k, x[i] / theta);
    }
    return s;
  }

  private static String slug(String s) {
    String cleaned = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return cleaned.isEmpty() ? "segment" : cleaned;
  }

  private static double[] array(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  // Reading calibration.json: every problem names the file and the field.

  private static MalformedOutputException missing(String where, String field, String what) {
    return new MalformedOutputException(CalibrationReport.FILE,
        (where.isEmpty() ? "" : where + ".") + field + ": expected " + what);
  }

  private static JsonNode object(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    if (child == null || !child.isObject()) {
      throw missing(where, field, "an object");
    }
    return child;
  }

  private static List<JsonNode> array(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    if (child == null || !child.isArray()) {
      throw missing(where, field, "a list");
    }
    List<JsonNode> items = new ArrayList<>();
    child.forEach(items::add);
    return items;
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    if (child == null || !child.isString()) {
      throw missing(where, field, "text");
    }
    return child.stringValue();
  }

  private static List<String> texts(JsonNode node, String field, String where) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array(node, field, where)) {
      out.add(n.asString());
    }
    return out;
  }

  /** A number, or NaN where the file has null. */
  private static double number(JsonNode node, String field, String where) {
    JsonNode child = node.get(field);
    if (child == null) {
      throw missing(where, field, "a number");
    }
    if (child.isNull()) {
      return Double.NaN;
    }
    if (!child.isNumber()) {
      throw missing(where, field, "a number");
    }
    return child.doubleValue();
  }

  private static List<Double> numbers(JsonNode node, String field, String where) {
    List<Double> out = new ArrayList<>();
    for (JsonNode n : array(node, field, where)) {
      out.add(n.isNull() ? Double.NaN : n.doubleValue());
    }
    return out;
  }
}
