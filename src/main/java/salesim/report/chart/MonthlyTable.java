package salesim.report.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * monthly.csv as read back: per scenario, monthly metric and month, the mean and percentiles across
 * replications. Every chart over time draws from this table, so charts and tables show the same
 * numbers. Months are 1-based, as in the file.
 *
 * <p>Note: instances are immutable once read.
 */
public final class MonthlyTable {

  /** The file's name in an output folder. */
  public static final String FILE = "monthly.csv";

  /** The header salesim writes; anything else is not a file this reader understands. */
  static final String HEADER = "scenario,month,metric,mean,p5,p25,p50,p75,p95";

  /** A column of statistics in the file. */
  public enum Stat {
    MEAN,
    P5,
    P25,
    P50,
    P75,
    P95
  }

  /** scenario → metric → [stat][month - 1], in file order. */
  private final Map<String, Map<String, double[][]>> values;

  private final int months;
  private final Map<String, Integer> horizons;

  private MonthlyTable(
      Map<String, Map<String, double[][]>> values, Map<String, Integer> horizons, int months) {
    this.horizons = Map.copyOf(horizons);
    this.values = values;
    this.months = months;
  }

  /** Reads the file, checking the header, that every row is complete and months are 1..M. */
  public static MonthlyTable read(Path file) {
    Map<String, Map<String, List<double[]>>> rows = new LinkedHashMap<>();
    long line = 1;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.equals(HEADER)) {
        throw new MalformedOutputException(FILE, 1, "expected the header " + HEADER);
      }
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (text.isEmpty()) {
          continue;
        }
        List<String> fields = CsvLine.split(text, FILE, line);
        if (fields.size() != 9) {
          throw new MalformedOutputException(
              FILE, line, "expected 9 fields, found " + fields.size());
        }
        int month = (int) CsvLine.number(fields.get(1), FILE, line, "month");
        double[] stats = new double[Stat.values().length];
        for (int s = 0; s < stats.length; s++) {
          stats[s] =
              CsvLine.number(
                  fields.get(3 + s),
                  FILE,
                  line,
                  Stat.values()[s].name().toLowerCase(java.util.Locale.ROOT));
        }
        List<double[]> series =
            rows.computeIfAbsent(fields.get(0), k -> new LinkedHashMap<>())
                .computeIfAbsent(fields.get(2), k -> new ArrayList<>());
        if (month != series.size() + 1) {
          throw new MalformedOutputException(
              FILE,
              line,
              "month " + month + " of " + fields.get(2) + " follows month " + series.size());
        }
        series.add(stats);
      }
    } catch (NoSuchFileException e) {
      throw new MalformedOutputException(FILE, "missing from the folder");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (rows.isEmpty()) {
      throw new MalformedOutputException(FILE, "holds no rows");
    }
    // Each scenario has one horizon; scenarios may differ (a compare of a 24- and a 36-month
    // plan, a sweep of calendar.months): charts then draw the months all of them share.
    int common = Integer.MAX_VALUE;
    Map<String, Map<String, double[][]>> values = new LinkedHashMap<>();
    Map<String, Integer> horizons = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, List<double[]>>> scenario : rows.entrySet()) {
      Map<String, double[][]> metrics = new HashMap<>();
      int months = -1;
      for (Map.Entry<String, List<double[]>> metric : scenario.getValue().entrySet()) {
        List<double[]> series = metric.getValue();
        if (months < 0) {
          months = series.size();
        } else if (series.size() != months) {
          throw new MalformedOutputException(
              FILE,
              scenario.getKey()
                  + " "
                  + metric.getKey()
                  + " has "
                  + series.size()
                  + " months, the scenario's other series "
                  + months);
        }
        double[][] byStat = new double[Stat.values().length][months];
        for (int m = 0; m < months; m++) {
          for (int s = 0; s < byStat.length; s++) {
            byStat[s][m] = series.get(m)[s];
          }
        }
        metrics.put(metric.getKey(), byStat);
      }
      values.put(scenario.getKey(), metrics);
      horizons.put(scenario.getKey(), months);
      common = Math.min(common, months);
    }
    return new MonthlyTable(values, horizons, common);
  }

  /** Scenario names in file order. */
  public List<String> scenarios() {
    return List.copyOf(values.keySet());
  }

  /** The months every scenario's horizon covers (the shortest horizon): what charts draw. */
  public int months() {
    return months;
  }

  /** A scenario's own horizon. */
  public int months(String scenario) {
    Integer m = horizons.get(scenario);
    if (m == null) {
      throw new MalformedOutputException(FILE, "has no rows for the scenario " + scenario);
    }
    return m;
  }

  /** Whether the scenarios' horizons differ. */
  public boolean horizonsDiffer() {
    return horizons.values().stream().distinct().count() > 1;
  }

  /** The longest horizon. */
  public int longest() {
    return horizons.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** Whether the table has this scenario. */
  public boolean has(String scenario) {
    return values.containsKey(scenario);
  }

  /** Whether the table has rows of this metric for this scenario. */
  public boolean has(String scenario, String metric) {
    Map<String, double[][]> metrics = values.get(scenario);
    return metrics != null && metrics.containsKey(metric);
  }

  /**
   * One statistic of a metric for every month the scenarios share (index 0 is month 1); a copy.
   */
  public double[] series(String scenario, String metric, Stat stat) {
    Map<String, double[][]> metrics = values.get(scenario);
    if (metrics == null) {
      throw new MalformedOutputException(FILE, "has no rows for the scenario " + scenario);
    }
    double[][] byStat = metrics.get(metric);
    if (byStat == null) {
      throw new MalformedOutputException(FILE, "has no " + metric + " rows for " + scenario);
    }
    return java.util.Arrays.copyOf(byStat[stat.ordinal()], months);
  }

  /**
   * The first month (1-based) in which two scenarios' rows differ in any metric or statistic, or -1
   * if they never do. Under common random numbers two variants are identical until a change takes
   * effect, so this is the month a shock starts.
   */
  public int firstDifference(String a, String b) {
    Map<String, double[][]> left = values.get(a);
    Map<String, double[][]> right = values.get(b);
    if (left == null || right == null) {
      throw new MalformedOutputException(FILE, "has no rows for " + (left == null ? a : b));
    }
    for (int m = 0; m < months; m++) {
      for (Map.Entry<String, double[][]> e : left.entrySet()) {
        double[][] other = right.get(e.getKey());
        if (other == null) {
          continue;
        }
        for (int s = 0; s < other.length; s++) {
          if (Double.compare(e.getValue()[s][m], other[s][m]) != 0) {
            return m + 1;
          }
        }
      }
    }
    return -1;
  }

  /**
   * The sum over the scenario's own horizon of a metric's monthly means: the mean of its horizon
   * total.
   */
  public double total(String scenario, String metric) {
    series(scenario, metric, Stat.MEAN); // checks the scenario and the metric
    double sum = 0.0;
    for (double v : values.get(scenario).get(metric)[Stat.MEAN.ordinal()]) {
      sum += v;
    }
    return sum;
  }
}
