package salesim.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import salesim.model.Metric;
import salesim.scenario.ParameterCatalogue;

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
 * and ends with the same numbers. The assumptions and their ranges are chosen by {@link
 * AssumptionRanges}, the points run and checkpointed by {@link AuditPoints} ({@link
 * AuditCheckpoint} owns the file), and the findings judged by {@link Verdicts}; this class holds
 * the audit's vocabulary and its order of work. Note: This class is not thread-safe.
 */
public final class Audit {

  /** How many times the range is halved to bracket the value where a finding turns. */
  public static final int SEARCH_STEPS = 3;

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
  private final List<Metric> metrics;
  private final AuditPoints points;

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
    this.metrics = List.copyOf(metrics);
    this.points =
        new AuditPoints(plan, mode, runs, seed, engine, this.metrics, checkpoint, key, listener);
  }

  /** How many variants each point runs. */
  public int variantsPerPoint() {
    return points.variantsPerPoint();
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
    return AssumptionRanges.settings(catalogue, plan, requested, skipped);
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
        if (value != s.base() && points.point(s, value, end) == null) {
          skipped.add(
              new Skip(
                  s.path(),
                  s.label(),
                  end
                      + " end ("
                      + AuditPoints.plain(value)
                      + "): "
                      + points.failure(s.path(), value)));
        }
      }
    }
    Verdicts verdicts = new Verdicts(plan, points);
    List<Finding> findings = new ArrayList<>();
    for (Metric metric : metrics) {
      findings.add(verdicts.finding(Kind.SIGN, metric, settings, main));
    }
    if (mode == Mode.FULL && !plan.levers().isEmpty()) {
      for (Metric metric : metrics) {
        findings.add(verdicts.finding(Kind.LARGEST_LEVER, metric, settings, main));
      }
    }
    return new Result(mode, runs, settings, skipped, points.points(), findings);
  }

  /** Replications run or restored so far. */
  public long replicated() {
    return points.replicated();
  }
}
