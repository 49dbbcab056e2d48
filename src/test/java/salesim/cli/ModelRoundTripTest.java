package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.calibrate.CalibratedScenario;
import salesim.calibrate.Calibration;
import salesim.calibrate.CalibrationOptions;
import salesim.calibrate.Calibrator;
import salesim.calibrate.Estimate;
import salesim.crm.CrmHistory;
import salesim.crm.SimulatedHistory;
import salesim.crm.WorkCalendar;
import salesim.kernel.stat.Tally;
import salesim.model.MonthlyMetric;
import salesim.model.ReplicationResult;
import salesim.model.SalesModel;
import salesim.model.SalesParameters;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;
import salesim.scenario.ScenarioWriter;

/**
 * Issue 17's round trip over real simulated replications: export a known scenario's replications
 * through the model's {@link salesim.model.History} (the adapter, {@link CrmExport}), calibrate,
 * and check that every value the calibration sets covers the scenario's own in its interval in
 * at least 90 % of the seeds (except the values listed in {@link #NOT_THE_SCENARIOS}, with the
 * reason the data identifies something else), and that a run of the calibrated scenario from the
 * state at the as-of date books what the source went on to book.
 *
 * <p>The source runs warm for twice the horizon; its export is cut at the end of the first
 * horizon (the as-of date), and the calibrated run is compared with the source's second horizon,
 * the same company's future. The source's first horizon is not a steady state to compare with:
 * it starts from the warm-up (the lead rate re-measured on the market then, a full pipeline) and
 * books about 10 % more than the second.
 */
final class ModelRoundTripTest {

  /**
   * Seeds in the batch (about 60 s on two cores); {@code -Dsalesim.roundtrip.seeds=N} for more.
   */
  static final int SEEDS = Integer.getInteger("salesim.roundtrip.seeds", 12);

  /** The share of all asserted intervals, over every value and seed, that must cover. */
  static final double COVERAGE = 0.90;

  /**
   * Per value, the chance that an interval covering 90 % of the time shows fewer hits than the
   * value is allowed. A batch of 12 cannot show 90 % per value: a 95 % interval misses twice in
   * 12 seeds 12 % of the time, so over fifty values some would; the floor is what a 90 %
   * interval reaches but with this chance (8 of 12), and the pooled coverage is the sharp test.
   */
  static final double FLOOR_CHANCE = 0.005;

  /**
   * Values the calibration sets whose estimate is, by design, not the scenario's own parameter:
   * the export identifies a product of it with things the export does not hold, or a state rather
   * than a setting. Each is excluded by name, with the reason; the printout still shows them.
   */
  static final Map<String, String> NOT_THE_SCENARIOS = new LinkedHashMap<>();

  static {
    NOT_THE_SCENARIOS.put("inbound.leadsPerMonth", "the model's rate is for the accounts open when"
        + " a run starts (after the warm-up for the source, the whole market for a given start),"
        + " so the rate that reproduces the source from the as-of state is not the source's"
        + " setting; checked by its effect instead, the monthly leads below");
    NOT_THE_SCENARIOS.put("inbound.qualityMean", "identifies the setting times the answering reps'"
        + " inbound skill and ramp; the skills are a lognormal draw per person the export does"
        + " not hold, and the interval counts the leads' sampling only");
    NOT_THE_SCENARIOS.put("outbound.dialsPerHour", "identifies the setting times each rep's effort"
        + " (weighted pay raises it above 1), outbound skill and ramp");
    NOT_THE_SCENARIOS.put("outbound.meetingRateGivenNeed", "identifies meetings per conversation"
        + " over the base's latent need share, but the accounts reached have fewer needs than"
        + " that: an account with a need leaves the lists when it books");
    for (int i = 0; i < 3; i++) {
      NOT_THE_SCENARIOS.put("segments[" + i + "].outboundShare", "a segment's share of outbound"
          + " deals is its effort times the need share of its ready accounts; the fit divides by"
          + " the latent share, but prospecting drains needs faster where there are fewer"
          + " accounts per hour of effort");
    }
    NOT_THE_SCENARIOS.put("team.reps", "the reps on the team at the as-of date, not the seats: a"
        + " leaver's seat is empty until the next hire starts");
    NOT_THE_SCENARIOS.put("management.inboundReps", "the inbound reps at the as-of date: the"
        + " activity review moves failing outbound reps to inbound, so the team drifts from the"
        + " configured split (the start state carries each rep's role)");
    NOT_THE_SCENARIOS.put("team.rampMonths.inbound", "rests on the two to four reps an export"
        + " hires, whose inbound deals depend on how many leads each happened to answer and on"
        + " their skill draw; the interval, from the deals' spread alone, is too narrow");
    for (String field : List.of("meanDays", "cv", "exitProbability")) {
      NOT_THE_SCENARIOS.put("pipeline.outbound[0]." + field, "the first outbound stage's time"
          + " includes the stalls of deals whose effort waited while their rep prospected, and"
          + " its losses the deals lost to that neglect");
    }
  }

  @TempDir Path tmp;

  /** What one seed measured. */
  private record Seed(Map<String, Boolean> covered, Map<String, Double> values,
      double[] source, double[] calibrated, double sourceFirstHorizon) {}

  /** Metrics compared month for month: bookings, then their parts and the leads. */
  private static final List<MonthlyMetric> LEVELS = List.of(MonthlyMetric.BOOKINGS_TOTAL,
      MonthlyMetric.BOOKINGS_INBOUND, MonthlyMetric.BOOKINGS_OUTBOUND,
      MonthlyMetric.DEALS_WON_INBOUND, MonthlyMetric.DEALS_WON_OUTBOUND,
      MonthlyMetric.INBOUND_LEADS, MonthlyMetric.OPPORTUNITIES_INBOUND,
      MonthlyMetric.OPPORTUNITIES_OUTBOUND, MonthlyMetric.MEETINGS_BOOKED,
      MonthlyMetric.HOURS_PROSPECTING, MonthlyMetric.DIALS);

  @Test
  void simulatedExports_calibrateBackToTheScenario_andBookWhatTheSourceWentOnToBook()
      throws Exception {
    long started = System.nanoTime();
    ScenarioLoader loader = new ScenarioLoader();
    Path file = Path.of("scenarios/split-weighted.yaml");
    Scenario truth = loader.load(file);
    SalesParameters p = truth.parameters();
    int months = p.calendar().months();
    SalesParameters twice = twiceTheHorizon(loader, file, months);
    List<Seed> seeds = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Seed>> runs = new ArrayList<>();
      for (int seed = 1; seed <= SEEDS; seed++) {
        long s = seed;
        runs.add(pool.submit(() -> roundTrip(truth, twice, s)));
      }
      for (Future<Seed> f : runs) {
        seeds.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }

    Map<String, int[]> coverage = new TreeMap<>();
    Map<String, Tally> values = new TreeMap<>();
    for (Seed s : seeds) {
      s.covered().forEach((key, hit) -> {
        int[] c = coverage.computeIfAbsent(key, k -> new int[2]);
        c[0] += hit ? 1 : 0;
        c[1]++;
      });
      s.values().forEach((key, v) -> values.computeIfAbsent(key, k -> new Tally()).add(v));
    }
    System.out.printf(Locale.ROOT, "model round trip over %d seeds of %s: coverage of each value"
        + " the calibration sets (its 95 %% interval holds the scenario's value)%n", SEEDS,
        truth.name());
    for (Map.Entry<String, int[]> e : coverage.entrySet()) {
      String why = NOT_THE_SCENARIOS.get(e.getKey());
      System.out.printf(Locale.ROOT, "  %-40s %2d/%2d  mean estimate %-10.5g truth %-10.5g%s%n",
          e.getKey(), e.getValue()[0], e.getValue()[1], values.get(e.getKey()).mean(),
          truthOf(truth, e.getKey()), why == null ? "" : "  (not asserted: " + why + ")");
    }
    Tally[] source = new Tally[LEVELS.size()];
    Tally[] calibrated = new Tally[LEVELS.size()];
    Tally firstHorizon = new Tally();
    for (int i = 0; i < LEVELS.size(); i++) {
      source[i] = new Tally();
      calibrated[i] = new Tally();
    }
    for (Seed s : seeds) {
      for (int i = 0; i < LEVELS.size(); i++) {
        source[i].add(s.source()[i]);
        calibrated[i].add(s.calibrated()[i]);
      }
      firstHorizon.add(s.sourceFirstHorizon());
    }
    double[] se = new double[LEVELS.size()];
    System.out.println("monthly levels, the source's second horizon against the calibrated run"
        + " from the state at as-of (mean over seeds, SE of the difference):");
    for (int i = 0; i < LEVELS.size(); i++) {
      se[i] = Math.sqrt(source[i].variance() / SEEDS + calibrated[i].variance() / SEEDS);
      System.out.printf(Locale.ROOT, "  %-20s source %10.1f  calibrated %10.1f  difference"
          + " %+9.1f = %+.2f SE%n", LEVELS.get(i).name().toLowerCase(Locale.ROOT),
          source[i].mean(), calibrated[i].mean(), calibrated[i].mean() - source[i].mean(),
          (calibrated[i].mean() - source[i].mean()) / se[i]);
    }
    System.out.printf(Locale.ROOT, "  (the source's first horizon, the export's own months, booked"
        + " %.0f a month; %.1f s for the test)%n", firstHorizon.mean(),
        (System.nanoTime() - started) / 1e9);

    assertThat(coverage.keySet()).as("every excluded value is one the calibration sets")
        .containsAll(NOT_THE_SCENARIOS.keySet());
    long hits = 0;
    long intervals = 0;
    for (Map.Entry<String, int[]> e : coverage.entrySet()) {
      if (!NOT_THE_SCENARIOS.containsKey(e.getKey())) {
        int n = e.getValue()[1];
        hits += e.getValue()[0];
        intervals += n;
        assertThat(e.getValue()[0]).as("hits of " + e.getKey() + " in " + n + " seeds")
            .isGreaterThanOrEqualTo(floor(n));
      }
    }
    System.out.printf(Locale.ROOT, "pooled coverage of the asserted values: %d of %d = %.1f %%"
        + " (per value at least %d of %d)%n", hits, intervals, 100.0 * hits / intervals,
        floor(SEEDS), SEEDS);
    assertThat((double) hits / intervals).as("pooled coverage").isGreaterThanOrEqualTo(COVERAGE);
    int bookings = LEVELS.indexOf(MonthlyMetric.BOOKINGS_TOTAL);
    assertThat(Math.abs(calibrated[bookings].mean() - source[bookings].mean()))
        .as("monthly bookings level").isLessThan(2 * se[bookings]);
    int leads = LEVELS.indexOf(MonthlyMetric.INBOUND_LEADS);
    assertThat(Math.abs(calibrated[leads].mean() - source[leads].mean()))
        .as("monthly inbound leads (the lead rate's effect)").isLessThan(2 * se[leads]);
  }

  /** The fewest hits in n seeds an interval covering 90 % of the time shows but rarely. */
  static int floor(int n) {
    var b = new org.apache.commons.math3.distribution.BinomialDistribution(null, n, COVERAGE);
    int k = 0;
    while (k < n && b.cumulativeProbability(k) <= FLOOR_CHANCE) {
      k++;
    }
    return k;
  }

  /** Exports one seed's first horizon, calibrates it, and runs the calibrated scenario. */
  private static Seed roundTrip(Scenario truth, SalesParameters twice, long seed) {
    ScenarioLoader loader = new ScenarioLoader();
    SalesParameters p = truth.parameters();
    int months = p.calendar().months();
    WorkCalendar calendar = WorkCalendar.of(YearMonth.of(2025, 1));
    LocalDate asOf = calendar.origin().plusMonths(months - 1).atEndOfMonth();
    SimulatedHistory history = new SimulatedHistory(twice);
    SalesModel model = new SalesModel(twice, seed, 0);
    model.setHistory(history);
    ReplicationResult source = model.run();
    CrmHistory h = history.toCrm(calendar, p.calendar().horizonDays());
    Calibration c = Calibrator.calibrate(h, loader.loadDefaults().parameters(),
        CalibrationOptions.of(asOf));
    Map<String, Boolean> covered = new TreeMap<>();
    Map<String, Double> values = new TreeMap<>();
    for (Estimate e : c.estimates()) {
      if (e.sets()) {
        double t = truthOf(truth, e.key());
        assertThat(t).as("the scenario's value of " + e.key()).isNotNaN();
        covered.put(e.key(), e.covers(t));
        values.put(e.key(), e.value());
      }
    }
    SalesParameters fitted = CalibratedScenario.bind(c, "calibrated", null, months,
        "calibrated").parameters();
    ReplicationResult run = SalesModel.run(fitted, seed + 1000L, 0);
    double[] a = new double[LEVELS.size()];
    double[] b = new double[LEVELS.size()];
    for (int i = 0; i < LEVELS.size(); i++) {
      for (int m = 0; m < months; m++) {
        a[i] += source.get(LEVELS.get(i), months + m) / months;
        b[i] += run.get(LEVELS.get(i), m) / months;
      }
    }
    double first = 0;
    for (int m = 0; m < months; m++) {
      first += source.get(MonthlyMetric.BOOKINGS_TOTAL, m) / months;
    }
    return new Seed(covered, values, a, b, first);
  }

  /** The scenario's own value at an estimate's path (no seasonality is a factor of 1). */
  private static double truthOf(Scenario truth, String path) {
    if (path.startsWith("inbound.seasonality[")) {
      int month = Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
      return truth.parameters().inbound().season(month);
    }
    Double v = ScenarioWriter.numberAt(truth, path);
    return v == null ? Double.NaN : v;
  }

  /** The scenario run for twice its horizon: the export is cut after the first. */
  private SalesParameters twiceTheHorizon(ScenarioLoader loader, Path file, int months)
      throws IOException {
    Path longer = tmp.resolve("twice.yaml");
    Files.writeString(longer, "name: twice\nextends: [" + file.toAbsolutePath() + "]\n"
        + "calendar:\n  months: " + 2 * months + "\n");
    return loader.load(longer).parameters();
  }
}
