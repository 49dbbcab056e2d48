package salesim.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.model.Metric;
import salesim.model.SalesParameters;
import salesim.scenario.ParameterCatalogue;
import salesim.scenario.ScenarioException;
import salesim.scenario.ScenarioWriter;

/**
 * An assumption audit (issue 16): the comparison of two plans run again with each modelling
 * assumption (every grade-D setting of the {@link ParameterCatalogue}, or those the user names) at
 * the low and at the high end of its plausible range, one at a time, on the same random numbers as
 * the main run, to see whether each headline finding survives: the sign of the total difference of
 * each key metric and, in a full audit, which lever contributes most.
 *
 * <p>A quick audit runs only the two plans at each point; a full audit runs every combination of
 * the levers there too, so that the largest lever can be audited. A finding's sign is judged by the
 * point's mean: the audit's points run fewer replications than the main run, and a wider interval
 * is no evidence against the finding. Where the sign turns at an end of a range (clearly or within
 * the noise, the verdict says which), the range between the plans' own value and that end is halved
 * {@link #SEARCH_STEPS} times to bracket the value at which it turns.
 *
 * <p>Each point is checkpointed as it completes, so an interrupted audit resumes where it stopped
 * and ends with the same numbers. Note: This class is not thread-safe.
 */
public final class Audit {

  /** How many times the range is halved to bracket the value where a finding turns. */
  public static final int SEARCH_STEPS = 3;

  private static final String MAGIC = "salesim-audit-1";

  /** How much is audited. */
  public enum Mode {
    /** No audit. */
    NONE,
    /** The two plans at each end of each range: audits the sign of the total differences. */
    QUICK,
    /** Every combination of levers at each point: audits the largest lever too. */
    FULL;

    /** The word the command line and summary.json use. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a word names, or null. */
    public static Mode forWord(String word) {
      for (Mode m : values()) {
        if (m.key().equalsIgnoreCase(word)) {
          return m;
        }
      }
      return null;
    }
  }

  /**
   * One assumption the audit moves.
   *
   * @param path its field path
   * @param label its plain name
   * @param unit its unit as the catalogue writes it
   * @param low the low end of its plausible range
   * @param base its value in the plans
   * @param high the high end
   * @param basis where the range comes from ("" for a range given on the command line)
   * @param whole whether the field holds whole numbers
   */
  public record Setting(
      String path,
      String label,
      String unit,
      double low,
      double base,
      double high,
      String basis,
      boolean whole) {}

  /**
   * An assumption, or one end of one, left out, and why.
   *
   * @param path its field path
   * @param label its plain name
   * @param reason why, in a sentence
   */
  public record Skip(String path, String label, String reason) {}

  /**
   * The comparison run at one value of one assumption.
   *
   * @param path the assumption
   * @param value its value at this point
   * @param role {@code low} or {@code high} (an end of the range) or {@code search} (a point of the
   *     search for where a finding turns)
   * @param totals the total difference OTHER − BASE of each key metric
   * @param largest the largest lever of each key metric (a full audit only; else empty)
   */
  public record Point(
      String path,
      double value,
      String role,
      Map<Metric, Estimate> totals,
      Map<Metric, String> largest) {

    public Point {
      totals = java.util.Collections.unmodifiableMap(new EnumMap<>(totals));
      largest =
          largest.isEmpty()
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new EnumMap<>(largest));
    }
  }

  /** What a finding is about. */
  public enum Kind {
    /** Which plan comes out ahead on a metric: the sign of the total difference. */
    SIGN,
    /** Which lever contributes most (largest share by absolute size). */
    LARGEST_LEVER;

    /** The word summary.json uses. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What became of a finding at a point. A sign is judged by the point's mean, not by whether its
   * fewer runs resolve it: a point that keeps the direction holds, however wide its interval.
   */
  public enum Verdict {
    /** The same direction (or the same largest lever) as in the main run. */
    HOLDS,
    /** The mean difference points the other way, but within the noise (its 95 % CI spans 0). */
    TURNS,
    /** The mean difference points the other way, clearly; or another lever is the largest. */
    REVERSES,
    /** A difference the main run could not tell from zero is clear here. */
    EMERGES;

    /** The word summary.json uses. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A point where a finding did not hold.
   *
   * @param path the assumption
   * @param end {@code low} or {@code high}
   * @param value the assumption's value there
   * @param verdict what became of the finding
   * @param becomes what the finding reads there ({@code positive}, {@code negative}, {@code level},
   *     or a lever's name)
   * @param holdsTo for a reversal, the value closest to the end at which the search still found the
   *     finding (the plans' own value if no point between held); NaN otherwise
   * @param turnsBy for a reversal, the value closest to the plans' own at which it was reversed
   *     (the end itself if no point between was); NaN otherwise
   */
  public record Change(
      String path,
      String end,
      double value,
      Verdict verdict,
      String becomes,
      double holdsTo,
      double turnsBy) {}

  /**
   * A headline finding and where it did not hold.
   *
   * @param kind what it is about
   * @param metric the metric
   * @param reads what it reads in the main run ({@code positive}, {@code negative}, {@code level},
   *     or the largest lever's name)
   * @param changes the points where it did not hold, in the order of the assumptions
   */
  public record Finding(Kind kind, Metric metric, String reads, List<Change> changes) {

    public Finding {
      changes = List.copyOf(changes);
    }

    /** Whether it held at every point. */
    public boolean holds() {
      return changes.isEmpty();
    }

    /** Whether it reversed anywhere. */
    public boolean reverses() {
      return changes.stream().anyMatch(c -> c.verdict() == Verdict.REVERSES);
    }
  }

  /**
   * The audit's outcome.
   *
   * @param mode how much was audited
   * @param runs replications per point
   * @param settings the assumptions moved, in order
   * @param skipped assumptions (or ends) left out
   * @param points every point run, in the order run
   * @param findings each headline finding and where it did not hold
   */
  public record Result(
      Mode mode,
      long runs,
      List<Setting> settings,
      List<Skip> skipped,
      List<Point> points,
      List<Finding> findings) {

    public Result {
      settings = List.copyOf(settings);
      skipped = List.copyOf(skipped);
      points = List.copyOf(points);
      findings = List.copyOf(findings);
    }
  }

  /** Sees the audit's progress. */
  @FunctionalInterface
  public interface Listener {
    /** {@code done} replications of the audit are complete. */
    void replicated(long done);
  }

  private final LeverPlan plan;
  private final Mode mode;
  private final long runs;
  private final long seed;
  private final ReplicationEngine engine;
  private final List<Metric> metrics;
  private final Path checkpoint;
  private final String key;
  private final Listener listener;
  private final Map<String, Attribution> done = new LinkedHashMap<>();
  private final Map<String, String> failed = new LinkedHashMap<>();
  private final List<Point> points = new ArrayList<>();
  private long replicated;

  /**
   * An audit of the plan's comparison.
   *
   * @param metrics the key metrics whose findings are audited
   * @param checkpoint the file completed points are saved to (read back first if it exists)
   * @param key identifies the experiment; a checkpoint of another is refused
   */
  public Audit(
      LeverPlan plan,
      Mode mode,
      long runs,
      long seed,
      ReplicationEngine engine,
      List<Metric> metrics,
      Path checkpoint,
      String key,
      Listener listener) {
    if (mode == Mode.NONE) {
      throw new IllegalArgumentException("an audit needs a mode other than none");
    }
    if (runs < 2) {
      throw new IllegalArgumentException("an audit point needs at least 2 runs (got " + runs + ")");
    }
    this.plan = plan;
    this.mode = mode;
    this.runs = runs;
    this.seed = seed;
    this.engine = engine;
    this.metrics = List.copyOf(metrics);
    this.checkpoint = checkpoint;
    this.key = key;
    this.listener = listener;
    if (checkpoint != null && Files.isRegularFile(checkpoint)) {
      restore();
    }
  }

  /** How many variants each point runs. */
  public int variantsPerPoint() {
    return mode == Mode.FULL ? plan.design().variants() : 2;
  }

  /** The points the ends of {@code settings} make (before any search): two per setting at most. */
  public static int endPoints(List<Setting> settings) {
    int n = 0;
    for (Setting s : settings) {
      n += (s.low() != s.base() ? 1 : 0) + (s.high() != s.base() ? 1 : 0);
    }
    return n;
  }

  /**
   * The assumptions to move: every grade-D setting of the catalogue, or the paths requested ({@code
   * path} for a catalogue assumption, {@code path=LOW..HIGH} for any number), less those the plans
   * do not have and those that differ between them (the audit holds the plans' own settings; a
   * lever is not an assumption).
   *
   * @param requested the requested paths, or empty for every assumption of the catalogue
   * @param skipped receives what is left out, and why
   * @throws IllegalArgumentException with a message for the user if a request is malformed or names
   *     no assumption without giving a range
   */
  public static List<Setting> settings(
      ParameterCatalogue catalogue, LeverPlan plan, List<String> requested, List<Skip> skipped) {
    Map<String, ParameterCatalogue.Assumption> known = new LinkedHashMap<>();
    for (ParameterCatalogue.Assumption a : catalogue.assumptions()) {
      known.put(a.path(), a);
    }
    List<String[]> wanted = new ArrayList<>();
    if (requested.isEmpty()) {
      for (ParameterCatalogue.Assumption a : known.values()) {
        wanted.add(new String[] {a.path(), null});
      }
    } else {
      for (String r : requested) {
        int eq = r.indexOf('=');
        wanted.add(
            eq < 0
                ? new String[] {r.strip(), null}
                : new String[] {r.substring(0, eq).strip(), r.substring(eq + 1).strip()});
      }
    }
    List<Setting> out = new ArrayList<>();
    for (String[] w : wanted) {
      String path = w[0];
      double low;
      double high;
      String basis;
      String unit;
      ParameterCatalogue.Assumption a = known.get(path);
      if (w[1] == null) {
        if (a == null) {
          throw new IllegalArgumentException(
              path
                  + " is not a modelling assumption of the parameter catalogue; give the range"
                  + " to try as "
                  + path
                  + "=LOW..HIGH");
        }
        low = a.low();
        high = a.high();
        basis = a.basis();
        unit = a.unit();
      } else {
        double[] range = range(path, w[1]);
        low = range[0];
        high = range[1];
        basis = "";
        ParameterCatalogue.Entry entry = catalogue.entry(path);
        unit = entry == null ? "" : entry.unit();
      }
      String label = catalogue.label(path, ScenarioWriter.toTree(plan.base()));
      Double base;
      try {
        base = ScenarioWriter.numberAt(plan.base(), path);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
      }
      Double other = ScenarioWriter.numberAt(plan.other(), path);
      if (base == null || other == null) {
        if (w[1] != null || !requested.isEmpty()) {
          throw new IllegalArgumentException(
              path
                  + " is not a number in both "
                  + plan.base().name()
                  + " and "
                  + plan.other().name());
        }
        skipped.add(new Skip(path, label, "not a setting of these plans"));
        continue;
      }
      String lever = leverOf(plan, path);
      if (lever != null) {
        skipped.add(
            new Skip(
                path,
                label,
                "it differs between the plans (lever "
                    + lever
                    + "): the audit holds"
                    + " the plans' own settings and moves only what they share"));
        continue;
      }
      if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
        throw new IllegalArgumentException(path + ": the range's low end must not exceed its high");
      }
      if (low == base && high == base) {
        skipped.add(new Skip(path, label, "its range is its value alone"));
        continue;
      }
      out.add(
          new Setting(
              path,
              label,
              unit,
              low,
              base,
              high,
              basis,
              ScenarioWriter.wholeAt(plan.base(), path)));
    }
    return out;
  }

  private static double[] range(String path, String text) {
    int dots = text.indexOf("..");
    try {
      if (dots > 0) {
        return new double[] {
          Double.parseDouble(text.substring(0, dots).strip()),
          Double.parseDouble(text.substring(dots + 2).strip())
        };
      }
    } catch (NumberFormatException e) {
      // Said below, with the expected form.
    }
    throw new IllegalArgumentException(
        path + ": expected a range LOW..HIGH, such as " + path + "=0.1..0.9 (got " + text + ")");
  }

  /** The lever whose settings include or contain {@code path}, or null. */
  private static String leverOf(LeverPlan plan, String path) {
    for (Lever lever : plan.levers()) {
      for (String s : lever.settings()) {
        if (LeverSpec.covers(s, path) || LeverSpec.covers(path, s)) {
          return lever.name();
        }
      }
    }
    return null;
  }

  /**
   * Runs the audit: each setting at its low and high end, then the search wherever a finding
   * reverses.
   *
   * @param main the main run's attribution, whose findings are audited
   */
  public Result run(List<Setting> settings, Attribution main) {
    List<Skip> skipped = new ArrayList<>();
    for (Setting s : settings) {
      for (String end : List.of("low", "high")) {
        double value = end.equals("low") ? s.low() : s.high();
        if (value != s.base() && point(s, value, end) == null) {
          skipped.add(
              new Skip(
                  s.path(),
                  s.label(),
                  end + " end (" + plain(value) + "): " + failed.get(pointKey(s.path(), value))));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Metric metric : metrics) {
      findings.add(finding(Kind.SIGN, metric, settings, main));
    }
    if (mode == Mode.FULL && !plan.levers().isEmpty()) {
      for (Metric metric : metrics) {
        findings.add(finding(Kind.LARGEST_LEVER, metric, settings, main));
      }
    }
    return new Result(mode, runs, settings, skipped, points, findings);
  }

  private Finding finding(Kind kind, Metric metric, List<Setting> settings, Attribution main) {
    String reads = reads(kind, metric, main);
    List<Change> changes = new ArrayList<>();
    for (Setting s : settings) {
      for (String end : List.of("low", "high")) {
        double value = end.equals("low") ? s.low() : s.high();
        Attribution at = value == s.base() ? null : done.get(pointKey(s.path(), value));
        if (at == null) {
          continue;
        }
        String there = reads(kind, metric, at);
        Verdict verdict = verdict(kind, metric, main, at);
        if (verdict == Verdict.HOLDS) {
          continue;
        }
        double holdsTo = Double.NaN;
        double turnsBy = Double.NaN;
        if (verdict == Verdict.REVERSES || verdict == Verdict.TURNS) {
          double lo = s.base();
          double hi = value;
          for (int step = 0; step < SEARCH_STEPS; step++) {
            double mid = lo + (hi - lo) / 2;
            if (s.whole()) {
              mid = Math.rint(mid);
            }
            if (mid == lo || mid == hi) {
              break;
            }
            Attribution probe = point(s, mid, "search");
            if (probe == null) {
              break;
            }
            if (turned(kind, metric, main, probe)) {
              hi = mid;
            } else {
              lo = mid;
            }
          }
          holdsTo = lo;
          turnsBy = hi;
        }
        changes.add(new Change(s.path(), end, value, verdict, there, holdsTo, turnsBy));
      }
    }
    return new Finding(kind, metric, reads, changes);
  }

  /** What a finding reads under an attribution. */
  private String reads(Kind kind, Metric metric, Attribution a) {
    if (kind == Kind.LARGEST_LEVER) {
      int i = a.largest(metric);
      return i < 0 ? "none" : plan.levers().get(i).name();
    }
    return switch (a.total(metric).clearSign()) {
      case 1 -> "positive";
      case -1 -> "negative";
      default -> "level";
    };
  }

  private static Verdict verdict(Kind kind, Metric metric, Attribution main, Attribution at) {
    if (kind == Kind.LARGEST_LEVER) {
      return main.largest(metric) == at.largest(metric) ? Verdict.HOLDS : Verdict.REVERSES;
    }
    int was = main.total(metric).clearSign();
    int is = at.total(metric).clearSign();
    if (was == 0) {
      return is == 0 ? Verdict.HOLDS : Verdict.EMERGES;
    }
    if (!turned(kind, metric, main, at)) {
      return Verdict.HOLDS;
    }
    return is == -was ? Verdict.REVERSES : Verdict.TURNS;
  }

  /**
   * Whether a search point lies past the turn: the mean difference has the opposite sign, or
   * another lever is the largest. The mean, not the interval, so the search brackets the crossing.
   */
  private static boolean turned(Kind kind, Metric metric, Attribution main, Attribution at) {
    if (kind == Kind.LARGEST_LEVER) {
      return main.largest(metric) != at.largest(metric);
    }
    // A mean of exactly zero has lost the direction too.
    return Math.signum(at.total(metric).mean()) != main.total(metric).clearSign();
  }

  /** The comparison at one value of one setting, run once (or read back), or null if invalid. */
  private Attribution point(Setting s, double value, String role) {
    String k = pointKey(s.path(), value);
    Attribution a = done.get(k);
    if (a != null || failed.containsKey(k)) {
      return a;
    }
    List<SalesParameters> variants;
    try {
      variants = plan.with(k, variantsPerPoint());
    } catch (ScenarioException e) {
      failed.put(k, e.path().isEmpty() ? e.problem() : e.path() + ": " + e.problem());
      save();
      return null;
    }
    Attribution fresh = fresh();
    engine.run(
        variants,
        seed,
        0,
        runs,
        results -> {
          fresh.add(results);
          listener.replicated(++replicated);
        });
    done.put(k, fresh);
    record(s.path(), value, role, fresh);
    save();
    return fresh;
  }

  private void record(String path, double value, String role, Attribution a) {
    Map<Metric, Estimate> totals = new EnumMap<>(Metric.class);
    Map<Metric, String> largest = new EnumMap<>(Metric.class);
    for (Metric m : metrics) {
      totals.put(m, a.total(m));
      if (a.hasShares() && !plan.levers().isEmpty()) {
        largest.put(m, plan.levers().get(a.largest(m)).name());
      }
    }
    points.add(new Point(path, value, role, totals, largest));
  }

  private Attribution fresh() {
    return mode == Mode.FULL
        ? Attribution.of(plan.design(), metrics)
        : Attribution.totalsOnly(plan.design(), metrics);
  }

  /** How a point is keyed: the override it applies. */
  static String pointKey(String path, double value) {
    return path + "=" + plain(value);
  }

  /** A value as a scenario file would write it: plain decimal, 15 significant digits at most. */
  static String plain(double value) {
    return new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros().toPlainString();
  }

  /** Replications run or restored so far. */
  public long replicated() {
    return replicated;
  }

  /** Saves every completed point, atomically: a crash mid-write leaves the previous file. */
  private void save() {
    if (checkpoint == null) {
      return;
    }
    Path temporary = checkpoint.resolveSibling(checkpoint.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(temporary);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeUTF(key);
      out.writeInt(done.size() + failed.size());
      for (Point p : points) {
        String k = pointKey(p.path(), p.value());
        out.writeUTF(k);
        out.writeUTF(p.path());
        out.writeDouble(p.value());
        out.writeUTF(p.role());
        out.writeBoolean(true);
        done.get(k).checkpoint(out);
      }
      for (Map.Entry<String, String> f : failed.entrySet()) {
        out.writeUTF(f.getKey());
        out.writeUTF("");
        out.writeDouble(Double.NaN);
        out.writeUTF("");
        out.writeBoolean(false);
        out.writeUTF(f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit's checkpoint: " + e.getMessage(), e);
    }
    try {
      Files.move(
          temporary,
          checkpoint,
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit's checkpoint: " + e.getMessage(), e);
    }
  }

  private void restore() {
    try (InputStream raw = Files.newInputStream(checkpoint);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
      if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
        throw new IOException("it belongs to another experiment");
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String k = in.readUTF();
        String path = in.readUTF();
        double value = in.readDouble();
        String role = in.readUTF();
        if (in.readBoolean()) {
          Attribution a = fresh();
          a.restore(in);
          done.put(k, a);
          record(path, value, role, a);
          replicated += runs;
        } else {
          failed.put(k, in.readUTF());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot resume the audit from " + checkpoint + ": " + e.getMessage(), e);
    }
  }
}
