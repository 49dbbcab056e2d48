package salesim.bench;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import salesim.report.chart.ChartFiles;
import salesim.report.chart.ChartStyle;
import salesim.report.chart.ScalingChart;
import salesim.report.chart.ScalingChart.Series;

/**
 * Measures the scaling curves of issue 6 and draws them with the project's chart code: time and
 * heap per replication against team size, horizon, replication count and threads. Every point
 * runs in a fresh JVM ({@link ScalingPoint} for the model, {@code salesim.cli.Main run} for whole
 * batches), so no point inherits another's JIT profile or heap.
 *
 * <pre>
 * benchmarks/scaling [OUT_DIR]        (default benchmarks/curves; ~30 min on 2 cores)
 * benchmarks/scaling --quick [OUT]    (small sizes only, ~2 min: checks the harness)
 * benchmarks/scaling --draw [OUT]     (redraws the charts from OUT/scaling.csv)
 * </pre>
 *
 * <p>Writes {@code scaling.csv} (one row per point) and four charts as PNG and SVG.
 */
public final class Scaling {

  private static final String SPLIT_40 = "benchmarks/scenarios/split-40.yaml";
  private static final int[] SEGMENT_ACCOUNTS = {30_000, 15_000, 3_000};
  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M");

  private final Path out;
  private final boolean quick;
  private final String classpath = System.getProperty("java.class.path");
  private final String java =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final List<Map<String, String>> rows = new ArrayList<>();

  private Scaling(Path out, boolean quick) {
    this.out = out;
    this.quick = quick;
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 && args[0].startsWith("--") ? args[0] : "";
    int folderAt = mode.isEmpty() ? 0 : 1;
    Path out = Path.of(args.length > folderAt ? args[folderAt] : "benchmarks/curves");
    Files.createDirectories(out);
    Scaling scaling = new Scaling(out, mode.equals("--quick"));
    if (mode.equals("--draw")) {
      scaling.readCsv();
      scaling.draw();
    } else {
      scaling.measure();
    }
  }

  /** Reloads the rows of an earlier run, to redraw its charts without measuring again. */
  private void readCsv() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("scaling.csv"), StandardCharsets.UTF_8);
    String[] columns = lines.get(0).split(",", -1);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.length; i++) {
        if (!cells[i].isEmpty()) {
          row.put(columns[i], cells[i]);
        }
      }
      rows.add(row);
    }
  }

  private void measure() throws Exception {
    // Team size: split-40 scaled whole (leads, inbound seats and the account universe in
    // proportion), so the load per rep, and hence the work per rep-month, is the same at every
    // size; any bend in time per rep is the cost of size itself.
    int[] teams = quick ? new int[] {10, 40} : new int[] {10, 40, 160, 640, 2560};
    for (int reps : teams) {
      List<String> sets = new ArrayList<>();
      sets.add("team.reps=" + reps);
      sets.add("management.inboundReps=" + reps / 2);
      sets.add("inbound.leadsPerMonth=" + 15 * reps);
      for (int s = 0; s < SEGMENT_ACCOUNTS.length; s++) {
        sets.add("segments[" + s + "].accounts=" + (long) SEGMENT_ACCOUNTS[s] * reps / 40);
      }
      int runs = Math.max(2, 400 / reps);
      point("reps", reps, runs, 1, sets);
    }
    for (int months : quick ? new int[] {12} : new int[] {12, 36, 120}) {
      point("months", months, Math.max(3, 360 / months), 1, List.of("calendar.months=" + months));
    }
    for (int threads : new int[] {1, 2}) {
      point("threads", threads, quick ? 10 : 60, threads, List.of());
    }
    // Whole batches through the CLI, as users run them: split-40 up to 10,000 replications (the
    // wall time issue 6 asks for), and a tiny scenario up to a million, which isolates what the
    // experiment engine (aggregation, exact percentiles, outputs) costs per replication.
    for (long runs : quick ? new long[] {20} : new long[] {100, 1_000, 10_000}) {
      batch("replications-split-40", runs, SPLIT_40, List.of());
    }
    List<String> tiny =
        List.of(
            "team.reps=2",
            "calendar.months=3",
            "inbound.leadsPerMonth=20",
            "behaviour.idleCheckHours=4");
    for (long runs :
        quick ? new long[] {100, 1_000} : new long[] {100, 1_000, 10_000, 100_000, 1_000_000}) {
      batch("replications-tiny", runs, "scenarios/reference.yaml", tiny);
    }
    writeCsv();
    draw();
  }

  /** One model point in a fresh JVM. */
  private void point(String axis, long x, int runs, int threads, List<String> sets)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xms1g");
    command.add("-Xmx4g");
    command.add("-cp");
    command.add(classpath);
    command.add(ScalingPoint.class.getName());
    command.add(SPLIT_40);
    command.add(Integer.toString(runs));
    command.add(Integer.toString(threads));
    command.add(quick ? "1" : "4");
    command.addAll(sets);
    String line = run(command).strip();
    Map<String, String> row = new LinkedHashMap<>();
    row.put("axis", axis);
    row.put("x", Long.toString(x));
    row.put("runs", Integer.toString(runs));
    row.put("threads", Integer.toString(threads));
    for (String pair : line.split(" ")) {
      String[] kv = pair.split("=", 2);
      row.put(kv[0], kv[1]);
    }
    record(row);
  }

  /** One batch through the CLI in a fresh JVM with a 512 MB heap and a GC log. */
  private void batch(String axis, long runs, String scenario, List<String> sets) throws Exception {
    Path work = Files.createTempDirectory("salesim-scaling");
    Path log = work.resolve("gc.log");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx512m");
    command.add("-Xlog:gc:file=" + log);
    command.add("-cp");
    command.add(classpath);
    command.add("salesim.cli.Main");
    command.add("run");
    command.add(scenario);
    command.add("--runs");
    command.add(Long.toString(runs));
    command.add("--threads");
    command.add("2");
    command.add("--quiet");
    command.add("--out");
    command.add(work.resolve("out").toString());
    for (String set : sets) {
      command.add("--set");
      command.add(set);
    }
    long start = System.nanoTime();
    run(command);
    double seconds = (System.nanoTime() - start) / 1e9;
    long live = 0;
    long used = 0;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher m = GC_LINE.matcher(line);
      if (m.find()) {
        used = Math.max(used, Long.parseLong(m.group(1)));
        live = Math.max(live, Long.parseLong(m.group(2)));
      }
    }
    delete(work);
    Map<String, String> row = new LinkedHashMap<>();
    row.put("axis", axis);
    row.put("x", Long.toString(runs));
    row.put("runs", Long.toString(runs));
    row.put("threads", "2");
    row.put("seconds", String.format(Locale.ROOT, "%.3f", seconds));
    row.put("msPerReplication", String.format(Locale.ROOT, "%.4f", seconds * 1000.0 / runs));
    row.put("liveHeapMB", Long.toString(live));
    row.put("usedHeapMB", Long.toString(used));
    record(row);
  }

  private void record(Map<String, String> row) {
    rows.add(row);
    System.out.println(row);
  }

  private static String run(List<String> command) throws Exception {
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = process.waitFor();
    if (code != 0) {
      throw new IllegalStateException("exit " + code + " from " + command + "\n" + output);
    }
    return output;
  }

  private void writeCsv() throws IOException {
    String[] columns = {
      "axis", "x", "runs", "threads", "seconds", "msPerReplication", "cpuMsPerReplication", "p10", "p50", "p90",
      "events", "retainedBytes", "liveHeapMB", "usedHeapMB"
    };
    StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String c : columns) {
        cells.add(row.getOrDefault(c, ""));
      }
      csv.append(String.join(",", cells)).append('\n');
    }
    Files.writeString(out.resolve("scaling.csv"), csv, StandardCharsets.UTF_8);
  }

  // Charts ---------------------------------------------------------------------------------------

  private static final Color TIME = ChartStyle.scenario(0);
  private static final Color HEAP = ChartStyle.scenario(1);
  private static final float DASH = 7f;

  private void draw() {
    drawModelAxis(
        "reps",
        "scaling-reps",
        "Cost per replication against team size",
        "split-40 scaled whole (leads and accounts in proportion), 36 months, one thread",
        "reps (log scale)");
    drawModelAxis(
        "months",
        "scaling-months",
        "Cost per replication against the horizon",
        "split-40, 40 reps, one thread",
        "months simulated (log scale)");
    drawBatches();
    drawThreads();
  }

  private void drawModelAxis(String axis, String name, String title, String subtitle, String x) {
    double[] xs = column(axis, "x");
    double[] ms = column(axis, "cpuMsPerReplication");
    double[] mb = scale(column(axis, "retainedBytes"), 1.0 / (1 << 20));
    List<Series> time = List.of(
        new Series("CPU time per replication (ms)", TIME, 0f, false, xs, ms),
        new Series("time, if proportional to the first point", TIME, DASH, true, xs, proportional(xs, ms)));
    List<Series> heap = List.of(
        new Series("heap held by one replication (MB)", HEAP, 0f, false, xs, mb),
        new Series("heap, if proportional", HEAP, DASH, true, xs, proportional(xs, mb)));
    ChartFiles.write(
        ScalingChart.of(name, title, subtitle, x, true, "CPU milliseconds per replication", time,
            "MB held by one replication", true, heap),
        out);
  }

  private void drawBatches() {
    double[] xs = column("replications-tiny", "x");
    double[] big = column("replications-split-40", "x");
    List<Series> time = List.of(
        new Series("split-40: ms per replication", TIME, 0f, false, big,
            column("replications-split-40", "msPerReplication")),
        new Series("tiny scenario: ms per replication", ChartStyle.scenario(2), 0f, false, xs,
            column("replications-tiny", "msPerReplication")));
    List<Series> heap = List.of(
        new Series("split-40: peak live heap (MB)", HEAP, DASH, false, big,
            column("replications-split-40", "liveHeapMB")),
        new Series("tiny: peak live heap (MB)", ChartStyle.scenario(3), DASH, false, xs,
            column("replications-tiny", "liveHeapMB")));
    ChartFiles.write(
        ScalingChart.of(
            "scaling-replications",
            "Cost per replication against the batch size",
            "salesim run, 2 threads, -Xmx512m, whole command (JVM start to outputs written)",
            "replications in the batch (log scale)",
            true,
            "milliseconds per replication",
            time,
            "peak live heap of the whole run (MB)",
            false,
            heap),
        out);
  }

  private void drawThreads() {
    double[] xs = column("threads", "x");
    double[] rate = column("threads", "msPerReplication");
    for (int i = 0; i < rate.length; i++) {
      rate[i] = 1000.0 / rate[i];
    }
    double[] ideal = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ideal[i] = rate[0] * xs[i];
    }
    ChartFiles.write(
        ScalingChart.of(
            "scaling-threads",
            "Replications per second against threads",
            "split-40, 40 reps, 36 months; 2 cores",
            "threads",
            false,
            "replications per second",
            List.of(
                new Series("measured", TIME, 0f, false, xs, rate),
                new Series("ideal (linear in threads)", TIME, DASH, true, xs, ideal)),
            "",
            false,
            List.of()),
        out);
  }

  private double[] column(String axis, String key) {
    return rows.stream()
        .filter(r -> r.get("axis").equals(axis))
        .mapToDouble(r -> Double.parseDouble(r.get(key)))
        .toArray();
  }

  private static double[] proportional(double[] xs, double[] ys) {
    double[] line = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      line[i] = ys[0] * xs[i] / xs[0];
    }
    return line;
  }

  private static double[] scale(double[] values, double factor) {
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = values[i] * factor;
    }
    return scaled;
  }

  private static void delete(Path folder) {
    try (var walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
