package salesim.calibrate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import salesim.crm.Lead;
import salesim.crm.Opportunity;
import salesim.crm.Stamp;
import salesim.crm.User;

/**
 * The data's problems, found before anything is estimated, each with its count and what is done
 * about it: rows the reader dropped (repeated ids, missing required values), deals closed before
 * they were created, closed deals with a missing, zero or negative amount, a sentinel date repeated
 * many times (a bulk import, a placeholder such as 2099-12-31), an export window that cuts off
 * early closes, mixed currencies, deals without a lead source or without stage history, and open
 * deals long past their close date. The rows each problem touches are set aside in {@link Data}
 * for the estimates they would bias, and only those.
 *
 * <p>Stateless; thread-safe.
 */
final class DataQuality {

  /** A date is a sentinel when at least this many rows share it ... */
  static final int SENTINEL_MIN_ROWS = 25;
  /** ... and it is this many times the median count of a day with any rows. */
  static final int SENTINEL_RATIO = 20;
  /** Dates before this are not real CRM dates. */
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private DataQuality() {}

  static List<Problem> check(Data d) {
    List<Problem> problems = new ArrayList<>();
    d.h.log().dropped().forEach((reason, count) -> problems.add(new Problem(
        reason.contains("repeated") ? "duplicate_id" : "dropped_rows", reason, count,
        reason.contains("not an error") ? "skipped: not a call" : "left out of every estimate")));
    long beforeCreated = 0;
    for (Opportunity o : d.opportunities.values()) {
      if (o.closed() && o.closeDate() != null && o.closeDate().date().isBefore(o.created().date())) {
        beforeCreated++;
        d.noTiming.add(o.id());
      }
    }
    if (beforeCreated > 0) {
      problems.add(new Problem("closed_before_created",
          "closed deals whose close date is before their created date", beforeCreated,
          "left out of stage times, win rates and cycles"));
    }
    amounts(d, problems);
    sentinels(d, problems);
    earlyCloses(d, problems);
    long noSource = d.opportunities.values().stream().filter(o -> o.leadSource() == null).count();
    if (noSource > 0) {
      problems.add(new Problem("missing_lead_source", "deals without a lead source", noSource,
          "counted as inbound (a source outside the outbound list)"));
    }
    if (!d.h.stageChanges().isEmpty()) {
      Map<String, ?> changes = d.h.changesByOpportunity();
      long without = d.opportunities.keySet().stream().filter(id -> !changes.containsKey(id)).count();
      if (without > 0) {
        problems.add(new Problem("no_stage_history", "deals with no row in the stage history",
            without, "left out of stage times and exit chances (kept for values and win rates)"));
      }
    }
    long stale = 0;
    for (Opportunity o : d.opportunities.values()) {
      if (!o.closed() && o.closeDate() != null
          && o.closeDate().date().isBefore(d.options.asOf().minusDays(90))) {
        stale++;
      }
    }
    if (stale > 0) {
      problems.add(new Problem("stale_open_deals",
          "open deals whose close date passed more than 90 days before the as-of date", stale,
          "kept as open (censored at the as-of date); they lengthen the time in their stage"));
    }
    return problems;
  }

  private static void amounts(Data d, List<Problem> problems) {
    Map<String, Long> currencies = new TreeMap<>();
    for (Opportunity o : d.opportunities.values()) {
      if (o.currency() != null) {
        currencies.merge(o.currency().toUpperCase(Locale.ROOT), 1L, Long::sum);
      }
    }
    String main = null;
    for (Map.Entry<String, Long> e : currencies.entrySet()) {
      if (main == null || e.getValue() > currencies.get(main)) {
        main = e.getKey();
      }
    }
    d.currency = main;
    if (currencies.size() > 1) {
      long other = 0;
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Long> e : currencies.entrySet()) {
        parts.add(e.getKey() + " " + e.getValue());
        if (!e.getKey().equals(main)) {
          other += e.getValue();
        }
      }
      for (Opportunity o : d.opportunities.values()) {
        if (o.currency() != null && !o.currency().equalsIgnoreCase(main)) {
          d.noValue.add(o.id());
        }
      }
      problems.add(new Problem("mixed_currencies",
          "deals in more than one currency (" + String.join(", ", parts) + ")", other,
          "values estimated in " + main + " only; the other deals are left out of values"));
    }
    long missing = 0;
    long zero = 0;
    long negative = 0;
    for (Opportunity o : d.opportunities.values()) {
      if (!o.closed()) {
        continue; // open deals without an amount are counted with the starting state
      }
      if (o.amount() == null) {
        missing++;
        d.noValue.add(o.id());
      } else if (o.amount() == 0) {
        zero++;
        d.noValue.add(o.id());
      } else if (o.amount() < 0) {
        negative++;
        d.noValue.add(o.id());
      }
    }
    if (missing > 0) {
      problems.add(new Problem("missing_amount", "closed deals without an amount", missing,
          "left out of deal values (kept for counts, win rates and stage times)"));
    }
    if (zero > 0) {
      problems.add(new Problem("zero_amount", "closed deals with an amount of zero", zero,
          "left out of deal values (kept for counts, win rates and stage times)"));
    }
    if (negative > 0) {
      problems.add(new Problem("negative_amount", "closed deals with a negative amount", negative,
          "left out of deal values"));
    }
  }

  private static void sentinels(Data d, List<Problem> problems) {
    List<Opportunity> opps = new ArrayList<>(d.opportunities.values());
    sentinel(problems, "Opportunity created date", opps, Opportunity::created,
        o -> d.noTiming.add(o.id()), "left out of stage times, win rates and cycles");
    List<Opportunity> closed = opps.stream().filter(Opportunity::closed).toList();
    sentinel(problems, "Opportunity close date", closed, Opportunity::closeDate,
        o -> d.noTiming.add(o.id()), "left out of stage times, win rates and cycles");
    sentinel(problems, "Lead created date", d.leads, Lead::created, l -> d.badLeads.add(l.id()),
        "left out of the lead rate and conversion");
    sentinel(problems, "User created date", new ArrayList<>(d.users.values()), User::created,
        u -> d.badUsers.add(u.id()), "not taken as hire dates: left out of ramp, tenure is unknown");
  }

  /** Flags dates shared by very many rows, and dates no CRM can have. */
  private static <T> void sentinel(List<Problem> problems, String column, List<T> rows,
      Function<T, Stamp> date, java.util.function.Consumer<T> setAside, String effect) {
    Map<LocalDate, Long> perDay = new HashMap<>();
    for (T r : rows) {
      Stamp s = date.apply(r);
      if (s != null) {
        perDay.merge(s.date(), 1L, Long::sum);
      }
    }
    if (perDay.isEmpty()) {
      return;
    }
    long[] counts = perDay.values().stream().mapToLong(Long::longValue).sorted().toArray();
    double median = counts.length % 2 == 1 ? counts[counts.length / 2]
        : (counts[counts.length / 2 - 1] + counts[counts.length / 2]) / 2.0;
    long threshold = Math.max(SENTINEL_MIN_ROWS, (long) Math.ceil(SENTINEL_RATIO * median));
    Map<LocalDate, Long> flagged = new TreeMap<>();
    perDay.forEach((day, n) -> {
      boolean repeated = counts.length >= 10 && n >= threshold;
      boolean impossible = day.isBefore(EARLIEST) || day.getYear() >= 2090;
      if (repeated || impossible) {
        flagged.put(day, n);
      }
    });
    for (Map.Entry<LocalDate, Long> f : flagged.entrySet()) {
      problems.add(new Problem("sentinel_date", String.format(Locale.ROOT,
          "%s %s on %d rows (a typical day has %s): a placeholder or a bulk import, not real"
              + " dates", column, f.getKey(), f.getValue(), trim(median)), f.getValue(), effect));
      for (T r : rows) {
        Stamp s = date.apply(r);
        if (s != null && s.date().equals(f.getKey())) {
          setAside.accept(r);
        }
      }
    }
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * An export filtered on close date (or started after the CRM did) holds no deal that closed
   * before its first close date: the deals created before then that it does hold are the slow
   * ones, and would make cycles look long. Expected quick closes among them come from the later
   * deals' close times; if at least five are expected and none is there (chance below 1 %), those
   * early deals are left out of timing.
   */
  private static void earlyCloses(Data d, List<Problem> problems) {
    LocalDate firstClose = null;
    for (Opportunity o : d.opportunities.values()) {
      if (o.closed() && o.closeDate() != null && !d.noTiming.contains(o.id())
          && (firstClose == null || o.closeDate().date().isBefore(firstClose))) {
        firstClose = o.closeDate().date();
      }
    }
    if (firstClose == null) {
      return;
    }
    List<Opportunity> early = new ArrayList<>();
    List<Double> laterCycles = new ArrayList<>();
    long later = 0;
    for (Opportunity o : d.opportunities.values()) {
      if (d.noTiming.contains(o.id())) {
        continue;
      }
      if (o.created().date().isBefore(firstClose)) {
        early.add(o);
      } else {
        later++;
        if (o.closed() && o.closeDate() != null) {
          laterCycles.add((double) (o.closeDate().date().toEpochDay() - o.created().date().toEpochDay()));
        }
      }
    }
    if (early.isEmpty() || later == 0) {
      return;
    }
    double[] cycles = laterCycles.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double expected = 0;
    for (Opportunity o : early) {
      long gap = firstClose.toEpochDay() - o.created().date().toEpochDay();
      int closedWithin = upperBound(cycles, gap - 1);
      expected += (double) closedWithin / later;
    }
    if (expected >= 5) {
      for (Opportunity o : early) {
        d.noTiming.add(o.id());
      }
      problems.add(new Problem("early_closes_cut_off", String.format(Locale.ROOT,
          "the export holds no deal closed before %s, yet %d deals were created before then;"
              + " at the later deals' pace about %.0f of them should have closed before it: the"
              + " window cuts off early closes", firstClose, early.size(), expected),
          early.size(), "deals created before " + firstClose
              + " left out of stage times, win rates and cycles"));
    }
  }

  /** How many sorted values are at most {@code x}. */
  private static int upperBound(double[] sorted, double x) {
    int i = Arrays.binarySearch(sorted, x + 0.5);
    return i >= 0 ? i : -i - 1;
  }
}
