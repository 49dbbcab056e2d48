package salesim.experiment;

import java.util.List;
import java.util.Locale;
import salesim.model.Calendar;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.model.SalesParameters;
import salesim.model.market.InboundFlow;
import salesim.model.shock.Shock;

/**
 * What an experiment will cost, estimated from its parameters alone before anything runs, so that
 * a typo (ten million reps, a billion replications) is refused with an explanation instead of
 * running for a week or dying of an out-of-memory error.
 *
 * <p>Events per replication, calibrated on the reference scenario and variants of it (issue 8):
 * each rep-month fires about one event per selling hour divided by the shortest activity a rep can
 * do (a prospecting block, an idle check, a lead response, a meeting) — 137 events measured against
 * 168 estimated at the reference, 400 against 1,260 with 0.1-hour blocks, a tenth of the estimate
 * with 0.05-hour idle checks — and each inbound lead about one (two estimated). The estimate is an
 * upper bound (WorkloadTest: never more than 1.2 times below the measured count). Only the order of magnitude matters: the limits sit a hundred times
 * above a large real experiment. Memory per variant is dominated by the monthly quantile sketches
 * (one per month and monthly metric) and per running replication by its month-by-metric tables.
 *
 * @param eventsPerReplication the events of one replication of every variant together
 * @param replications the replications planned per variant
 * @param bytes the heap the experiment is estimated to hold at once
 */
public record Workload(double eventsPerReplication, long replications, double bytes) {

  /** Most simulated events an experiment may plan without --force: about a day on two cores. */
  public static final double MAX_EVENTS = 1e11;

  /** Most events one replication may plan without --force: an hour or so on one core. */
  public static final double MAX_EVENTS_PER_REPLICATION = 5e9;

  /** Events per second one thread sustains on the benchmark machine, rounded down (benchmarks/). */
  static final double EVENTS_PER_SECOND_PER_THREAD = 1e6;

  /** Bytes a monthly quantile sketch may grow to (128 buckets per factor of two, sparse). */
  private static final double SKETCH_BYTES = 4_096;

  /** Bytes per open lead, deal or meeting a replication tracks (a few parallel array slots). */
  private static final double ITEM_BYTES = 128;

  /**
   * The workload of {@code replications} replications of each variant on {@code threads} threads.
   */
  public static Workload of(List<SalesParameters> variants, long replications, int threads) {
    double events = 0;
    double perVariant = 0;
    double perReplication = 0;
    for (SalesParameters p : variants) {
      events += eventsPerReplication(p);
      int months = salesim.model.SalesModel.simulatedMonths(p);
      perVariant += (double) months * MonthlyMetric.count() * SKETCH_BYTES;
      double leadsInFlight =
          peakLeadsPerMonth(p.inbound(), p.shocks(), months)
              / p.calendar().daysPerMonth()
              * p.inbound().expiryDays();
      perReplication =
          Math.max(
              perReplication,
              (double) months * (MonthlyMetric.count() + Metric.count()) * Double.BYTES
                  + (double) p.team().reps() * months * 3 * Double.BYTES
                  + (leadsInFlight + 64.0 * p.team().reps()) * ITEM_BYTES);
    }
    return new Workload(events, replications, perVariant + perReplication * threads);
  }

  /** Estimated events of one replication of one variant. */
  static double eventsPerReplication(SalesParameters p) {
    Calendar c = p.calendar();
    double sellingHours = c.daysPerMonth() * c.hoursPerDay() * c.sellingShare();
    double shortest =
        Math.min(
            Math.min(p.outbound().blockHours(), p.behaviour().idleCheckHours()),
            Math.min(p.inbound().responseHours(), p.outbound().meetingHours()));
    // A warm start simulates its warm-up too.
    int simulated = salesim.model.SalesModel.simulatedMonths(p);
    double repEvents = (double) p.team().reps() * simulated * sellingHours / Math.min(1.0, shortest);
    double leads = 0;
    for (int m = 0; m < c.months(); m++) {
      leads += leadsInMonth(p.inbound(), p.shocks(), m);
    }
    return repEvents + 2 * leads * simulated / c.months() + 10.0 * simulated;
  }

  /** The most leads any month can bring. */
  static double peakLeadsPerMonth(InboundFlow inbound, List<Shock> shocks, int months) {
    double peak = 0;
    for (int m = 0; m < months; m++) {
      peak = Math.max(peak, leadsInMonth(inbound, shocks, m));
    }
    return peak;
  }

  /** An upper bound on month m's expected leads: growth, season and the strongest shock boost. */
  static double leadsInMonth(InboundFlow inbound, List<Shock> shocks, int m) {
    double boost = 1.0;
    for (Shock s : shocks) {
      boost = Math.max(boost, s.inboundLeads());
    }
    return inbound.leadsPerMonth(m) * boost;
  }

  /**
   * The wall-clock time on {@code threads} threads of an idle machine: the planned events (an
   * upper bound themselves) at {@link #EVENTS_PER_SECOND_PER_THREAD}, rounded down from the rate
   * measured on a quiet machine. A machine busy with other work takes longer (measured: 30 runs
   * of the 37-variant default tornado on split-weighted, estimated at 32 s on two threads, took
   * about 75 s with load average 11 on two cores).
   */
  public double seconds(int threads) {
    return totalEvents() / (EVENTS_PER_SECOND_PER_THREAD * Math.max(1, threads));
  }

  /** {@link #seconds} in words: "under a minute", "about 12 minutes", "about 3 hours". */
  public String runTime(int threads) {
    double seconds = seconds(threads);
    return seconds < 60 ? "under a minute" : "about " + duration(seconds);
  }

  /** All events planned. */
  public double totalEvents() {
    return eventsPerReplication * replications;
  }

  /**
   * Why this workload should not run without {@code --force}, or null if it may: too many events
   * in all or in one replication, or more memory than {@code maxHeapBytes}.
   */
  public String refusal(long maxHeapBytes, int threads) {
    if (!(eventsPerReplication <= MAX_EVENTS_PER_REPLICATION)) {
      return String.format(
          Locale.ROOT,
          "one replication would simulate about %s events (the limit is %s): check team.reps,"
              + " calendar.months, inbound.leadsPerMonth and its growth",
          sci(eventsPerReplication),
          sci(MAX_EVENTS_PER_REPLICATION));
    }
    if (!(totalEvents() <= MAX_EVENTS)) {
      return String.format(
          Locale.ROOT,
          "%,d replications of about %s events each make about %s events, roughly %s on %d"
              + " thread(s) (the limit is %s): lower --runs, or add --precision to stop once the"
              + " estimate is precise enough",
          replications,
          sci(eventsPerReplication),
          sci(totalEvents()),
          duration(totalEvents() / (EVENTS_PER_SECOND_PER_THREAD * threads)),
          threads,
          sci(MAX_EVENTS));
    }
    if (!(bytes <= maxHeapBytes)) {
      return String.format(
          Locale.ROOT,
          "it would need about %s of memory and the JVM may use %s: lower calendar.months,"
              + " team.reps or --threads, or raise -Xmx",
          size(bytes),
          size(maxHeapBytes));
    }
    return null;
  }

  private static String sci(double value) {
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      return "infinitely many";
    }
    return value < 1e6 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1e", value);
  }

  private static String duration(double seconds) {
    if (seconds < 2 * 3600) {
      long minutes = Math.round(seconds / 60);
      return minutes == 1 ? "1 minute" : String.format(Locale.ROOT, "%d minutes", minutes);
    }
    if (seconds < 3 * 86_400) {
      return String.format(Locale.ROOT, "%.0f hours", seconds / 3600);
    }
    if (seconds < 1000 * 365.25 * 86_400) {
      return String.format(Locale.ROOT, "%,.0f days", seconds / 86_400);
    }
    return "more than a thousand years";
  }

  private static String size(double bytes) {
    if (Double.isInfinite(bytes) || Double.isNaN(bytes)) {
      return "unbounded";
    }
    return bytes < 1e9
        ? String.format(Locale.ROOT, "%.0f MB", bytes / 1e6)
        : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }
}
