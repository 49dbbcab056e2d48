package salesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import salesim.experiment.ExperimentKind;
import salesim.experiment.PairedDifference;
import salesim.experiment.RunResult;
import salesim.experiment.Sensitivity;
import salesim.experiment.Tornado;
import salesim.model.Metric;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a sensitivity analysis writes and prints: sensitivity.csv, summary.json and the terminal
 * table, each in the order of the {@link Tornado} the experiment layer computed.
 */
public final class SensitivityReport {

  /** The metrics every tornado row is given for. */
  public static final List<Metric> METRICS = Tornado.METRICS;

  private SensitivityReport() {}

  /** sensitivity.csv, rows in tornado order of the target metric. */
  public static void writeCsv(Path file, Tornado tornado, List<RunResult> results) {
    try (BufferedWriter out = OutputFiles.writer(file)) {
      out.write(
          "parameter,base_value,low_value,high_value,metric,base_mean,low_mean,low_diff,"
              + "low_diff_ci95_low,low_diff_ci95_high,high_mean,high_diff,high_diff_ci95_low,"
              + "high_diff_ci95_high,swing\n");
      for (Tornado.Row row : tornado.rows()) {
        Sensitivity s = row.move();
        int i = row.index();
        for (Metric metric : METRICS) {
          Tornado.Effect effect = row.effect(metric);
          PairedDifference low = effect.low();
          PairedDifference high = effect.high();
          out.write(
              String.join(
                      ",",
                      Csv.field(s.path()),
                      Numbers.format(s.base()),
                      Numbers.format(s.low()),
                      Numbers.format(s.high()),
                      metric.key(),
                      Numbers.format(results.get(0).summary(metric).mean()),
                      Numbers.format(results.get(2 * i + 1).summary(metric).mean()),
                      Numbers.format(low.mean()),
                      Numbers.format(low.ci95Low()),
                      Numbers.format(low.ci95High()),
                      Numbers.format(results.get(2 * i + 2).summary(metric).mean()),
                      Numbers.format(high.mean()),
                      Numbers.format(high.ci95Low()),
                      Numbers.format(high.ci95High()),
                      Numbers.format(effect.swing()))
                  + "\n");
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
    }
  }

  /** summary.json of a sensitivity analysis. */
  public static void writeJson(
      Path file,
      Scenario base,
      double delta,
      Tornado tornado,
      List<RunResult> results,
      List<String> overrides) {
    ObjectNode root = Json.header(ExperimentKind.SENSITIVITY, base, results.get(0), overrides);
    root.put("delta", Numbers.decimal(delta));
    root.put("target", tornado.target().key());
    ObjectNode baseMetrics = root.putObject("base").putObject("metrics");
    for (Metric m : METRICS) {
      baseMetrics.set(m.key(), Json.summary(results.get(0).summary(m)));
    }
    ArrayNode rows = root.putArray("tornado");
    for (Tornado.Row r : tornado.rows()) {
      Sensitivity s = r.move();
      ObjectNode row = rows.addObject();
      row.put("parameter", s.path());
      row.put("base_value", Numbers.decimal(s.base()));
      row.put("low_value", Numbers.decimal(s.low()));
      row.put("high_value", Numbers.decimal(s.high()));
      ObjectNode effects = row.putObject("effects");
      for (Metric m : METRICS) {
        ObjectNode effect = effects.putObject(m.key());
        effect.set("low", CompareJson.difference(r.effect(m).low()));
        effect.set("high", CompareJson.difference(r.effect(m).high()));
      }
    }
    root.set("parameters", Json.stable(ScenarioWriter.toTree(base)));
    Json.write(file, root);
  }

  /** The tornado as text, widest bar first. */
  public static void print(
      PrintStream out, Scenario base, double delta, Tornado tornado, List<String> skipped) {
    Metric target = tornado.target();
    out.printf(
        Locale.ROOT,
        "%s: effect of each parameter at -/+%.0f%% on %s (paired against the base, common random"
            + " numbers)%n",
        base.name(),
        100 * delta,
        target.key());
    JsonNode tree = ScenarioWriter.toTree(base);
    List<String> names = new ArrayList<>();
    int width = "parameter (low .. high)".length();
    for (Tornado.Row row : tornado.rows()) {
      Sensitivity s = row.move();
      String name =
          Settings.label(s.path(), tree)
              + " ("
              + Numbers.format(s.low())
              + " .. "
              + Numbers.format(s.high())
              + ")";
      names.add(name);
      width = Math.max(width, name.length());
    }
    String line = "  %-" + width + "s %14s %14s %14s  %s%n";
    out.printf(Locale.ROOT, line, "parameter (low .. high)", "low", "high", "swing", "path");
    for (int i = 0; i < names.size(); i++) {
      Tornado.Row row = tornado.rows().get(i);
      Tornado.Effect effect = row.effect(target);
      out.printf(
          Locale.ROOT,
          line,
          names.get(i),
          HeadlineTable.difference(effect.low().mean(), target),
          HeadlineTable.difference(effect.high().mean(), target),
          HeadlineTable.value(effect.swing(), target, ""),
          row.move().path());
    }
    if (!skipped.isEmpty()) {
      out.println("  (not in this scenario, skipped: " + String.join(", ", skipped) + ")");
    }
  }
}
