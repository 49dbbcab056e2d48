package salesim.report.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distribution of one scalar metric per scenario, counted from runs.csv on bins shared by all
 * scenarios (so bars line up). runs.csv can hold millions of rows: it is streamed twice (range,
 * then counts) and never held in memory.
 *
 * <p>Note: instances are immutable; accessors return copies.
 */
public final class Histogram {

  /** The file's name in an output folder. */
  public static final String FILE = "runs.csv";

  /** The fewest and most bins: about √runs in between, so 100 runs are not all noise. */
  static final int MIN_BINS = 10;

  static final int MAX_BINS = 40;

  private final String metric;

  /** Bin edges, ascending; bin i is [edges[i], edges[i + 1]). */
  private final double[] edges;

  /** Per scenario, in file order, the runs in each bin. */
  private final Map<String, long[]> counts;

  Histogram(String metric, double[] edges, Map<String, long[]> counts) {
    this.metric = metric;
    this.edges = edges;
    this.counts = counts;
  }

  /** The metric key. */
  public String metric() {
    return metric;
  }

  /** Bin edges, ascending (one more than the bins). */
  public double[] edges() {
    return edges.clone();
  }

  /** Scenarios in file order. */
  public List<String> scenarios() {
    return List.copyOf(counts.keySet());
  }

  /** The runs of a scenario in each bin. */
  public long[] counts(String scenario) {
    return counts.get(scenario).clone();
  }

  /** The runs a scenario has. */
  public long runs(String scenario) {
    long n = 0;
    for (long c : counts.get(scenario)) {
      n += c;
    }
    return n;
  }

  /** Histograms of several metrics, from one pair of passes over the file. */
  public static Map<String, Histogram> read(Path file, List<String> metrics) {
    double[] min = new double[metrics.size()];
    double[] max = new double[metrics.size()];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    Set<String> scenarios = new LinkedHashSet<>();
    long[] rows = new long[1];
    scan(
        file,
        metrics,
        (scenario, values) -> {
          scenarios.add(scenario);
          rows[0]++;
          for (int k = 0; k < values.length; k++) {
            min[k] = Math.min(min[k], values[k]);
            max[k] = Math.max(max[k], values[k]);
          }
        });
    if (scenarios.isEmpty()) {
      throw new MalformedOutputException(FILE, "holds no runs");
    }
    List<double[]> edges = new ArrayList<>();
    List<Map<String, long[]>> counts = new ArrayList<>();
    for (int k = 0; k < metrics.size(); k++) {
      double[] e = edges(min[k], max[k], bins(rows[0] / scenarios.size()));
      edges.add(e);
      Map<String, long[]> perScenario = new LinkedHashMap<>();
      for (String s : scenarios) {
        perScenario.put(s, new long[e.length - 1]);
      }
      counts.add(perScenario);
    }
    scan(
        file,
        metrics,
        (scenario, values) -> {
          for (int k = 0; k < values.length; k++) {
            counts.get(k).get(scenario)[bin(edges.get(k), values[k])]++;
          }
        });
    Map<String, Histogram> result = new LinkedHashMap<>();
    for (int k = 0; k < metrics.size(); k++) {
      result.put(metrics.get(k), new Histogram(metrics.get(k), edges.get(k), counts.get(k)));
    }
    return result;
  }

  /**
   * Bin edges covering [min, max] with a round width (1, 2, 2.5 or 5 times a power of ten), so bars
   * start at readable values.
   */
  static double[] edges(double min, double max, int bins) {
    if (!(max > min)) {
      double half = min == 0 ? 0.5 : Math.abs(min) * 0.05;
      return new double[] {min - half, min + half};
    }
    double raw = (max - min) / bins;
    // StrictMath: the same bins on every JVM.
    double power = StrictMath.pow(10, StrictMath.floor(StrictMath.log10(raw)));
    double width = power * 10;
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (power * step >= raw) {
        width = power * step;
        break;
      }
    }
    long first = (long) Math.floor(min / width);
    long last = (long) Math.floor(max / width) + 1;
    double[] edges = new double[(int) (last - first) + 1];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = (first + i) * width;
    }
    return edges;
  }

  /** About √runs bins, within [MIN_BINS, MAX_BINS]. */
  static int bins(long runs) {
    return (int) Math.max(MIN_BINS, Math.min(MAX_BINS, Math.round(StrictMath.sqrt(runs))));
  }

  /** The bin holding a value (values exactly on the top edge fall in the last bin). */
  static int bin(double[] edges, double value) {
    int lo = 0;
    int hi = edges.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (edges[mid] <= value) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private interface RowConsumer {
    void accept(String scenario, double[] values);
  }

  private static void scan(Path file, List<String> metrics, RowConsumer consumer) {
    long line = 1;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new MalformedOutputException(FILE, "is empty");
      }
      List<String> columns = CsvLine.split(header, FILE, 1);
      if (columns.size() < 2 || !columns.get(0).equals("scenario")) {
        throw new MalformedOutputException(
            FILE, 1, "expected a header starting scenario,replication");
      }
      int[] index = new int[metrics.size()];
      for (int k = 0; k < index.length; k++) {
        index[k] = columns.indexOf(metrics.get(k));
        if (index[k] < 0) {
          throw new MalformedOutputException(FILE, 1, "has no column " + metrics.get(k));
        }
      }
      double[] values = new double[metrics.size()];
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (text.isEmpty()) {
          continue;
        }
        List<String> fields = CsvLine.split(text, FILE, line);
        if (fields.size() != columns.size()) {
          throw new MalformedOutputException(
              FILE, line, "expected " + columns.size() + " fields, found " + fields.size());
        }
        for (int k = 0; k < index.length; k++) {
          values[k] = CsvLine.number(fields.get(index[k]), FILE, line, metrics.get(k));
        }
        consumer.accept(fields.get(0), values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
