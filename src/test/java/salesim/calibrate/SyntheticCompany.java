package salesim.calibrate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import salesim.crm.Account;
import salesim.crm.Call;
import salesim.crm.CrmHistory;
import salesim.crm.Lead;
import salesim.crm.Meeting;
import salesim.crm.Opportunity;
import salesim.crm.Segmentation;
import salesim.crm.Stamp;
import salesim.crm.StageChange;
import salesim.crm.StageDefinition;
import salesim.crm.User;
import salesim.crm.WorkCalendar;
import salesim.kernel.random.RandomStream;
import salesim.model.SalesParameters;
import salesim.model.base.Source;
import salesim.model.funnel.Stage;
import salesim.model.market.Segment;
import salesim.model.rep.Role;

/**
 * A CRM history generated with known parameters, from the project's seeded {@link RandomStream},
 * by the process the calibration's methods assume: Poisson leads with trend and season, each
 * answered after an exponential delay by an inbound rep chosen in proportion to how ramped they
 * are, qualifying with q × decay(delay); one calling block of {@link #BLOCK_HOURS} a day per
 * outbound rep, each dial connecting, becoming a conversation and (for an account with a need)
 * booking a meeting that is held and opens a deal with the scenario's chances; deals walking
 * their path with gamma times (scaled by the segment's cycle factor) and exit chances; lognormal
 * values; reps who leave at the scenario's attrition and are backfilled. The history runs
 * {@code months} months to the as-of date; what happens later is generated too and left for
 * {@link HistoryCut} to remove.
 */
public final class SyntheticCompany {

  static final double BLOCK_HOURS = 2.0;
  static final double MEAN_DELAY_DAYS = 0.3;
  public static final YearMonth ORIGIN = YearMonth.of(2026, 1);

  private SyntheticCompany() {}

  public static CrmHistory generate(SalesParameters p, int months, long seed) {
    return generate(p, months, seed, BLOCK_HOURS);
  }

  /** The same with calling blocks of {@code blockHours} (shorter: fewer calls, a faster test). */
  public static CrmHistory generate(SalesParameters p, int months, long seed, double blockHours) {
    RandomStream rng = new RandomStream(seed * 0x9E3779B97F4A7C15L + 17);
    WorkCalendar calendar = WorkCalendar.of(ORIGIN);
    int dpm = p.calendar().daysPerMonth();
    double start = -months * (double) dpm;
    double dayHours = p.calendar().sellingHoursPerDay();
    Segmentation bands = Segmentation.of(p);
    // The team: each seat's occupants from five years back.
    List<double[]> people = new ArrayList<>(); // {seat, hired, left, role}
    int inboundSeats = p.management().inboundReps();
    for (int seat = 0; seat < p.team().reps(); seat++) {
      Role role = seat < inboundSeats ? Role.INBOUND : Role.OUTBOUND;
      double hazard = -Math.log(1 - p.team().attritionPerYear().of(role)) / (12.0 * dpm);
      double t = -60.0 * dpm - rng.uniform(0, 24.0 * dpm);
      while (t < 12.0 * dpm) {
        double left = t + rng.exponential(1 / hazard);
        people.add(new double[] {seat, t, left, role.ordinal()});
        t = left + p.team().hiringDelayMonths() * (double) dpm;
      }
    }
    List<User> users = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      double[] r = people.get(i);
      users.add(new User("u" + i, r[2] > 0, stamp(calendar, r[1]),
          r[2] > 0 ? null : stamp(calendar, r[2]), Role.values()[(int) r[3]].name()));
    }
    List<Opportunity> opportunities = new ArrayList<>();
    List<StageChange> changes = new ArrayList<>();
    List<Account> accounts = new ArrayList<>();
    List<Lead> leads = new ArrayList<>();
    List<Call> calls = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    double[] inboundWeights = new double[p.segments().size()];
    double[] outboundWeights = new double[p.segments().size()];
    for (int s = 0; s < inboundWeights.length; s++) {
      inboundWeights[s] = p.segments().get(s).inboundShare();
      outboundWeights[s] = p.segments().get(s).outboundShare();
    }
    // Inbound leads.
    for (int m = -months; m < 0; m++) {
      double mean = p.inbound().leadsPerMonth() * Math.pow(1 + p.inbound().growthPerMonth(), m)
          * p.inbound().season(Math.floorMod(m, 12));
      long n = rng.poisson(mean);
      for (long i = 0; i < n; i++) {
        double arrived = (m + rng.nextDouble()) * dpm;
        String id = "l" + leads.size();
        int rep = pick(rng, people, arrived, Role.INBOUND, p.team().rampMonths().inbound() * dpm);
        if (rep < 0) {
          leads.add(new Lead(id, stamp(calendar, arrived), "Web", "Open", false, null, null, null));
          continue;
        }
        double answered = arrived + rng.exponential(MEAN_DELAY_DAYS);
        double chance = p.inbound().qualityMean()
            * p.inbound().decay().multiplier((answered - arrived) * dayHours);
        boolean qualified = rng.bernoulli(chance);
        String opp = null;
        if (qualified) {
          int segment = pickWeighted(rng, inboundWeights);
          opp = deal(p, rng, calendar, Source.INBOUND, segment, answered, "u" + rep, bands,
              opportunities, changes, accounts);
        }
        leads.add(new Lead(id, stamp(calendar, arrived), "Web", qualified ? "Converted" : "Unqualified",
            qualified, qualified ? stamp(calendar, answered) : null, opp, "u" + rep));
        calls.add(new Call("c" + calls.size(), "u" + rep, stamp(calendar, answered), "Outbound",
            300.0, "Connected", id, opp));
      }
    }
    // Prospecting: one block a working day for each outbound rep on the team.
    var out = p.outbound();
    for (int day = (int) start; day < 0; day++) {
      for (int i = 0; i < people.size(); i++) {
        double[] r = people.get(i);
        double blockStart = day + 0.1;
        if (r[3] != Role.OUTBOUND.ordinal() || r[1] > blockStart || r[2] <= blockStart + 1) {
          continue;
        }
        long dials = rng.poisson(out.dialsPerHour() * blockHours);
        double length = blockHours / dayHours;
        for (long k = 0; k < dials; k++) {
          double at = blockStart + (k + 0.5) * length / dials;
          boolean connected = rng.bernoulli(out.connectRate());
          boolean conversation = connected && rng.bernoulli(out.conversationRate());
          String contact = "p" + calls.size();
          calls.add(new Call("c" + calls.size(), "u" + i, stamp(calendar, at), "Outbound",
              conversation ? 240.0 : connected ? 30.0 : 0.0,
              connected ? "Connected" : "No Answer", contact, null));
          if (!conversation) {
            continue;
          }
          int segment = pickWeighted(rng, outboundWeights);
          Segment seg = p.segments().get(segment);
          if (!rng.bernoulli(seg.latentNeedShare()) || !rng.bernoulli(out.meetingRateGivenNeed())) {
            continue;
          }
          double meetingAt = at + 3 + rng.nextDouble();
          boolean held = rng.bernoulli(out.showRate());
          String opp = null;
          if (held && rng.bernoulli(out.meetingToOpportunity())) {
            opp = deal(p, rng, calendar, Source.OUTBOUND, segment, meetingAt, "u" + i, bands,
                opportunities, changes, accounts);
          }
          meetings.add(new Meeting("m" + meetings.size(), "u" + i, stamp(calendar, meetingAt),
              held ? "Completed" : "No show", contact, opp));
        }
      }
    }
    return new CrmHistory("simulated", opportunities, changes, leads, calls, meetings, users,
        accounts, stages(), CrmHistory.ReadLog.none());
  }

  /** The company's stage definitions: both paths' names in one order, then the closed stages. */
  static List<StageDefinition> stages() {
    return List.of(new StageDefinition("Discovery", 1, false, false),
        new StageDefinition("Qualification", 2, false, false),
        new StageDefinition("Proposal", 3, false, false),
        new StageDefinition("Negotiation", 4, false, false),
        new StageDefinition("Closed Won", 5, true, true),
        new StageDefinition("Closed Lost", 6, true, false));
  }

  /** A deal walking its path from {@code opened}; returns its id. */
  private static String deal(SalesParameters p, RandomStream rng, WorkCalendar calendar,
      Source source, int segment, double opened, String owner, Segmentation bands,
      List<Opportunity> opportunities, List<StageChange> changes, List<Account> accounts) {
    String id = "o" + opportunities.size();
    Segment seg = p.segments().get(segment);
    double sigma2 = Math.log(1 + seg.dealValueCv() * seg.dealValueCv());
    double value = Math.round(rng.lognormal(Math.log(seg.dealValueMean()) - sigma2 / 2,
        Math.sqrt(sigma2)) * 100) / 100.0;
    double t = opened;
    boolean won = true;
    for (Stage s : p.pipeline().path(source)) {
      changes.add(new StageChange(id, stamp(calendar, t), s.name()));
      double k = 1 / (s.cv() * s.cv());
      t += rng.gamma(k, s.meanDays() * seg.cycleFactor() / k);
      if (rng.bernoulli(s.exitProbability())) {
        won = false;
        break;
      }
    }
    String stage = won ? "Closed Won" : "Closed Lost";
    changes.add(new StageChange(id, stamp(calendar, t), stage));
    opportunities.add(new Opportunity(id, "a" + id, owner, stamp(calendar, opened),
        Stamp.ofDate(calendar.fromWorkingDays(t).toLocalDate()), stage, true, won, value,
        source == Source.INBOUND ? "Web" : "Outbound", "New Business", null, 0));
    accounts.add(new Account("a" + id, bands.employees(segment), null, null));
    return id;
  }

  /** An inbound rep on the team at {@code t}, chosen in proportion to how ramped; -1 if none. */
  private static int pick(RandomStream rng, List<double[]> people, double t, Role role,
      double rampDays) {
    double total = 0;
    double[] w = new double[people.size()];
    for (int i = 0; i < w.length; i++) {
      double[] r = people.get(i);
      if (r[3] == role.ordinal() && r[1] <= t && r[2] > t) {
        w[i] = Math.min(1, (t - r[1]) / rampDays);
        total += w[i];
      }
    }
    if (total <= 0) {
      return -1;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < w.length; i++) {
      u -= w[i];
      if (u < 0 && w[i] > 0) {
        return i;
      }
    }
    for (int i = w.length - 1; i >= 0; i--) {
      if (w[i] > 0) {
        return i;
      }
    }
    return -1;
  }

  private static int pickWeighted(RandomStream rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static Stamp stamp(WorkCalendar calendar, double t) {
    return Stamp.of(calendar.fromWorkingDays(t));
  }
}
