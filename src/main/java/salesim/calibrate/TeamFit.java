package salesim.calibrate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import salesim.crm.Call;
import salesim.crm.Lead;
import salesim.crm.Meeting;
import salesim.crm.Opportunity;
import salesim.crm.User;
import salesim.model.base.Source;
import salesim.model.policy.TeamStructure;
import salesim.model.rep.Role;

/**
 * The team from users and their work: who is a rep (a user who owns deals, leads, calls or
 * meetings, or has a role), each rep's role, the team at as-of, its structure, annual attrition
 * by role (departures over time on the team, Garwood's interval), and the ramp (the months to full
 * productivity that best explain new reps' deal counts by month of tenure, by profile likelihood).
 * A user's created date is taken as the hire date; an inactive user's last-modified date as the
 * day they left.
 *
 * <p>Stateless; thread-safe.
 */
final class TeamFit {

  /** Attrition needs this much time on the team, in rep-years. */
  static final double MIN_REP_YEARS = 10;
  /** A ramp needs this many reps hired within the data. */
  static final int MIN_HIRES = 5;
  /** The longest ramp considered, in months. */
  static final double MAX_RAMP_MONTHS = 18;
  /** Roles are inferred from the work of this many months before as-of. */
  static final int ROLE_MONTHS = 6;

  private TeamFit() {}

  /** The team: reps in seat order with roles, and the structure. */
  record Team(List<User> reps, Map<String, Role> roles, TeamStructure structure,
      List<User> everyone) {}

  static Team fit(Data d, List<Estimate> out) {
    Set<String> working = new HashSet<>();
    for (Opportunity o : d.opportunities.values()) {
      add(working, o.ownerId());
    }
    for (Lead l : d.h.leads()) {
      add(working, l.ownerId());
    }
    for (Call c : d.h.calls()) {
      add(working, c.ownerId());
    }
    for (Meeting m : d.h.meetings()) {
      add(working, m.ownerId());
    }
    Map<String, Role> roles = new LinkedHashMap<>();
    List<User> everyone = new ArrayList<>();
    Map<String, Integer> how = new LinkedHashMap<>();
    for (User u : d.users.values()) {
      Role named = named(u.role());
      if (named == null && !working.contains(u.id())) {
        continue; // an admin or integration user: never a rep
      }
      everyone.add(u);
      Role role = named != null ? named : inferred(d, u.id());
      how.merge(named != null ? "named in the role column or --roles" : "inferred from work", 1,
          Integer::sum);
      roles.put(u.id(), role);
    }
    List<User> reps = new ArrayList<>();
    for (User u : everyone) {
      if (u.active()) {
        reps.add(u);
      }
    }
    reps.sort((a, b) -> a.created().compareTo(b.created()));
    EnumMap<Role, Integer> count = new EnumMap<>(Role.class);
    for (User u : reps) {
      count.merge(roles.get(u.id()), 1, Integer::sum);
    }
    TeamStructure structure = count.getOrDefault(Role.MIXED, 0) == 0
        && count.getOrDefault(Role.INBOUND, 0) > 0 && count.getOrDefault(Role.OUTBOUND, 0) > 0
        ? TeamStructure.SPLIT : TeamStructure.MIXED;
    List<String> rules = new ArrayList<>();
    how.forEach((k, v) -> rules.add(v + " " + k));
    List<String> cols = List.of("users.id", "users.active", "users.created", "users.lastModified",
        "users.role", "opportunities.owner", "calls.owner");
    if (reps.isEmpty()) {
      out.add(Parameter.REPS.estimate(0, null, "", d.base.team().reps(), Double.NaN, Double.NaN, 0,
          "reps", "kept: no active user owns any record", cols, Status.INSUFFICIENT_HISTORY,
          d.base.team().reps()));
    } else {
      // A count, not a sample estimate: no interval.
      out.add(Parameter.REPS.estimate(0, null, "", reps.size(), Double.NaN, Double.NaN,
          reps.size(), "reps", String.format(Locale.ROOT, "active users who own deals, leads,"
              + " calls or meetings, or hold a role: %d mixed, %d inbound, %d outbound (roles: %s;"
              + " a role inferred from the last %d months' work: prospecting only = outbound,"
              + " answering leads only = inbound, both = mixed); structure %s",
              count.getOrDefault(Role.MIXED, 0), count.getOrDefault(Role.INBOUND, 0),
              count.getOrDefault(Role.OUTBOUND, 0), String.join(", ", rules), ROLE_MONTHS,
              structure), cols, Status.ESTIMATED, d.base.team().reps()));
      if (structure == TeamStructure.SPLIT) {
        int inbound = count.getOrDefault(Role.INBOUND, 0);
        out.add(Parameter.INBOUND_REPS.estimate(0, null, "", inbound, Double.NaN, Double.NaN,
            reps.size(),
            "reps", "reps in the inbound role at as-of (the team is split)", cols,
            Status.ESTIMATED, d.base.management().inboundReps()));
      }
    }
    attrition(d, out, everyone, roles);
    ramp(d, out, everyone, roles, Source.INBOUND);
    ramp(d, out, everyone, roles, Source.OUTBOUND);
    return new Team(reps, roles, structure, everyone);
  }

  private static void add(Set<String> set, String id) {
    if (id != null) {
      set.add(id);
    }
  }

  /** A role the export names: INBOUND, OUTBOUND or MIXED in any case; else null. */
  static Role named(String role) {
    if (role == null) {
      return null;
    }
    for (Role r : Role.values()) {
      if (r.name().equalsIgnoreCase(role.strip())) {
        return r;
      }
    }
    return null;
  }

  private static Role inferred(Data d, String user) {
    LocalDate from = d.options.asOf().minusMonths(ROLE_MONTHS);
    boolean inbound = false;
    boolean outbound = false;
    for (Opportunity o : d.opportunities.values()) {
      if (user.equals(o.ownerId()) && !o.created().date().isBefore(from)) {
        if (d.source.get(o.id()) == Source.INBOUND) {
          inbound = true;
        } else {
          outbound = true;
        }
      }
    }
    for (Call c : d.leadCalls) {
      inbound |= user.equals(c.ownerId()) && !c.at().date().isBefore(from);
    }
    for (Call c : d.prospectingCalls) {
      outbound |= user.equals(c.ownerId()) && !c.at().date().isBefore(from);
    }
    return inbound && !outbound ? Role.INBOUND : outbound && !inbound ? Role.OUTBOUND : Role.MIXED;
  }

  private static void attrition(Data d, List<Estimate> out, List<User> everyone,
      Map<String, Role> roles) {
    LocalDate end = d.options.asOf();
    LocalDate start = end.minusMonths(36);
    EnumMap<Role, Double> years = new EnumMap<>(Role.class);
    EnumMap<Role, Long> left = new EnumMap<>(Role.class);
    long unknownLeave = 0;
    for (User u : everyone) {
      if (d.badUsers.contains(u.id())) {
        continue;
      }
      LocalDate hired = u.created().date();
      LocalDate gone = u.active() ? null : u.lastModified() == null ? null : u.lastModified().date();
      if (!u.active() && gone == null) {
        unknownLeave++;
        continue;
      }
      LocalDate from = hired.isAfter(start) ? hired : start;
      LocalDate to = gone == null || gone.isAfter(end) ? end : gone;
      if (!to.isAfter(from)) {
        continue;
      }
      Role r = roles.get(u.id());
      years.merge(r, ChronoUnit.DAYS.between(from, to) / 365.25, Double::sum);
      if (gone != null && !gone.isAfter(end) && gone.isAfter(start)) {
        left.merge(r, 1L, Long::sum);
      }
    }
    if (unknownLeave > 0) {
      d.extraProblems.add(new Problem("leave_date_unknown", "inactive users without a last"
          + " modified date (when they left is unknown)", unknownLeave, "left out of attrition"));
    }
    double allYears = 0;
    long allLeft = 0;
    for (Role r : Role.values()) {
      allYears += years.getOrDefault(r, 0.0);
      allLeft += left.getOrDefault(r, 0L);
    }
    List<String> cols = List.of("users.created", "users.active", "users.lastModified", "users.role");
    for (Role r : Role.values()) {
      Parameter p = r == Role.MIXED ? Parameter.ATTRITION_MIXED
          : r == Role.INBOUND ? Parameter.ATTRITION_INBOUND : Parameter.ATTRITION_OUTBOUND;
      double reference = d.base.team().attritionPerYear().of(r);
      double y = years.getOrDefault(r, 0.0);
      long k = left.getOrDefault(r, 0L);
      if (y >= MIN_REP_YEARS) {
        out.add(attritionEstimate(p, k, y, "departures of " + r.name().toLowerCase(Locale.ROOT)
            + " reps over their time on the team in the last 36 months", cols, Status.ESTIMATED,
            reference));
      } else if (y > 0 && allYears >= MIN_REP_YEARS) {
        out.add(attritionEstimate(p, allLeft, allYears, String.format(Locale.ROOT, "%.1f"
            + " rep-years in this role, below the floor of %.0f: all reps pooled", y,
            MIN_REP_YEARS), cols, Status.POOLED, reference));
      } else {
        out.add(p.estimate(0, null, "", reference, Double.NaN, Double.NaN, Math.round(y),
            "rep-years", String.format(Locale.ROOT, "kept: %.1f rep-years in this role (all"
                + " roles %.1f); the floor is %.0f", y, allYears, MIN_REP_YEARS), cols,
            Status.INSUFFICIENT_HISTORY, reference));
      }
    }
  }

  private static Estimate attritionEstimate(Parameter p, long departures, double years,
      String what, List<String> cols, Status status, double reference) {
    double[] ci = Stats.poisson(departures);
    double rate = 1 - Math.exp(-departures / years);
    return p.estimate(0, null, "", Math.min(0.99, rate), 1 - Math.exp(-ci[0] / years),
        Math.min(0.99, 1 - Math.exp(-ci[1] / years)), Math.round(years), "rep-years",
        String.format(Locale.ROOT, "%s: %d departures in %.1f rep-years, a = 1 - exp(-d / years);"
            + " Garwood's exact interval", what, departures, years), cols, status, reference);
  }

  /**
   * The ramp: in each calendar month, the deals of this source are shared among the reps who do
   * that work in proportion to their time on the team that month × min(1, start + (1 - start) t /
   * R), t their tenure at mid-month; one free rate per month (so lead flow, season and team size
   * cancel), R by profile likelihood over 0.1 to 18 months, its interval where twice the
   * log-likelihood drop stays under 3.84.
   */
  private static void ramp(Data d, List<Estimate> out, List<User> everyone,
      Map<String, Role> roles, Source source) {
    Parameter p = source == Source.INBOUND ? Parameter.RAMP_INBOUND : Parameter.RAMP_OUTBOUND;
    double reference = source == Source.INBOUND ? d.base.team().rampMonths().inbound()
        : d.base.team().rampMonths().outbound();
    double rampStart = d.base.team().rampStart();
    LocalDate dataStart = null;
    for (Opportunity o : d.opportunities.values()) {
      if (d.source.get(o.id()) == source
          && (dataStart == null || o.created().date().isBefore(dataStart))) {
        dataStart = o.created().date();
      }
    }
    List<String> cols = List.of("users.created", "users.lastModified", "opportunities.owner",
        "opportunities.created", "opportunities.source");
    String key = source.name().toLowerCase(Locale.ROOT);
    if (dataStart == null) {
      out.add(p.estimate(0, null, "", reference, Double.NaN, Double.NaN, 0, "hires",
          "kept: no " + key + " deals", cols, Status.INSUFFICIENT_HISTORY, reference));
      return;
    }
    java.time.YearMonth first = java.time.YearMonth.from(dataStart).plusMonths(1);
    java.time.YearMonth last = java.time.YearMonth.from(d.options.asOf()).minusMonths(1);
    int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
    List<String> doers = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    int hires = 0;
    for (User u : everyone) {
      Role r = roles.get(u.id());
      boolean does = source == Source.INBOUND ? r.handlesInbound() : r.mayProspect();
      if (does && !d.badUsers.contains(u.id())) {
        index.put(u.id(), doers.size());
        doers.add(u.id());
        if (!u.created().date().isBefore(first.atDay(1))) {
          hires++;
        }
      }
    }
    if (months < 3 || doers.isEmpty()) {
      out.add(p.estimate(0, null, "", reference, Double.NaN, Double.NaN, hires, "hires",
          "kept: fewer than three whole months of " + key + " deals", cols,
          Status.INSUFFICIENT_HISTORY, reference));
      return;
    }
    // Per rep and month: time on the team (share of the month) and tenure at mid-month.
    double[][] share = new double[doers.size()][months];
    double[][] tenure = new double[doers.size()][months];
    for (int r = 0; r < doers.size(); r++) {
      User u = d.users.get(doers.get(r));
      LocalDate hired = u.created().date();
      LocalDate gone = !u.active() && u.lastModified() != null ? u.lastModified().date() : null;
      for (int m = 0; m < months; m++) {
        LocalDate a = first.plusMonths(m).atDay(1);
        LocalDate b = first.plusMonths(m + 1).atDay(1);
        LocalDate from = hired.isAfter(a) ? hired : a;
        LocalDate to = gone != null && gone.isBefore(b) ? gone : b;
        if (to.isAfter(from)) {
          long days = ChronoUnit.DAYS.between(a, b);
          share[r][m] = (double) ChronoUnit.DAYS.between(from, to) / days;
          LocalDate mid = from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
          tenure[r][m] = ChronoUnit.DAYS.between(hired, mid) / 30.4375;
        }
      }
    }
    long[][] deals = new long[doers.size()][months];
    long rampDeals = 0;
    long total = 0;
    for (Opportunity o : d.opportunities.values()) {
      Integer r = o.ownerId() == null ? null : index.get(o.ownerId());
      if (d.source.get(o.id()) != source || r == null) {
        continue;
      }
      int m = (int) ChronoUnit.MONTHS.between(first, java.time.YearMonth.from(o.created().date()));
      if (m < 0 || m >= months || share[r][m] == 0) {
        continue;
      }
      deals[r][m]++;
      total++;
      if (tenure[r][m] < 12 && !d.users.get(doers.get(r)).created().date().isBefore(first.atDay(1))) {
        rampDeals++;
      }
    }
    if (hires < MIN_HIRES || rampDeals < d.options.minSample()) {
      out.add(p.estimate(0, null, "", reference, Double.NaN, Double.NaN, hires, "hires",
          String.format(Locale.ROOT, "kept: %d reps doing %s work hired within the data, with"
              + " %d %s deals in their first year; the floor is %d hires and %d deals", hires,
              key, rampDeals, key, MIN_HIRES, d.options.minSample()), cols,
          Status.INSUFFICIENT_HISTORY, reference));
      return;
    }
    int steps = (int) Math.round(MAX_RAMP_MONTHS * 10);
    double[] profile = new double[steps];
    double best = Double.NEGATIVE_INFINITY;
    double bestR = Double.NaN;
    for (int s = 1; s <= steps; s++) {
      double ramp = s / 10.0;
      double ll = 0;
      for (int m = 0; m < months; m++) {
        double weight = 0;
        long y = 0;
        for (int r = 0; r < doers.size(); r++) {
          weight += share[r][m] * ramped(tenure[r][m], ramp, rampStart);
          y += deals[r][m];
        }
        if (y == 0 || weight <= 0) {
          continue;
        }
        for (int r = 0; r < doers.size(); r++) {
          if (deals[r][m] > 0) {
            ll += deals[r][m] * Math.log(share[r][m] * ramped(tenure[r][m], ramp, rampStart) / weight);
          }
        }
      }
      profile[s - 1] = ll;
      if (ll > best) {
        best = ll;
        bestR = ramp;
      }
    }
    double low = Double.NaN;
    double high = Double.NaN;
    for (int s = 1; s <= steps; s++) {
      if (2 * (best - profile[s - 1]) <= 3.841458820694124) {
        if (Double.isNaN(low)) {
          low = s / 10.0;
        }
        high = s / 10.0;
      }
    }
    String edge = high >= MAX_RAMP_MONTHS ? "; the interval reaches the longest ramp tried" : "";
    out.add(p.estimate(0, null, "", bestR, low, high, hires, "hires", String.format(Locale.ROOT,
        "profile likelihood of a linear ramp from %.0f %% (the base's rampStart) to full at R"
            + " months: each month's %d %s deals shared among the reps in proportion to their time"
            + " on the team x ramp at mid-month tenure (a free rate per month); likelihood-ratio"
            + " interval on a 0.1-month grid%s", 100 * rampStart, total, key, edge), cols,
        Status.ESTIMATED, reference));
  }

  /** Productivity at tenure t months under a linear ramp of R months (never exactly 0). */
  static double ramped(double t, double months, double start) {
    return Math.max(1e-9, Math.min(1.0, start + (1 - start) * t / months));
  }
}
