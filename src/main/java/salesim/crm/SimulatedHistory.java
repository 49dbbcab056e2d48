package salesim.crm;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import salesim.model.History;
import salesim.model.SalesParameters;
import salesim.model.base.Source;
import salesim.model.funnel.Stage;
import salesim.model.rep.Role;

/**
 * The adapter from a simulated replication to a CRM history ({@code salesim run --crm-export}):
 * it listens to the model's {@link History} calls and, at the end, turns them into the records a
 * CRM would hold, on the calendar of a {@link WorkCalendar} (model month m is calendar month
 * origin + m). Ids are synthetic ({@code u3}, {@code o17}, {@code l204}); there are no names.
 *
 * <p>What a CRM would log: an opportunity per opened deal with its stage entries and its close
 * (stages named as in the scenario's paths, closed stages "Closed Won" and "Closed Lost"), an
 * account per opportunity with a head count in its segment's band ({@link Segmentation}), a lead
 * per inbound lead (converted when it qualified into a deal), a call per dial of each prospecting
 * block (spread evenly over the block; the first connects connected, the conversations among
 * them lasting four minutes) and one per lead answered, a meeting per booked meeting that came
 * due, and a user per person with the role they held last. Whatever happened after the end
 * (a later hire, deal, role or owner) is left out, so a longer run exports as a shorter one.
 *
 * <p>Note: This class is not thread-safe; attach one to one replication.
 */
public final class SimulatedHistory implements History {

  /** Lead source of inbound leads and inbound deals in the export. */
  public static final String INBOUND_SOURCE = "Web";
  /** Lead source of outbound deals in the export (in the default outbound list). */
  public static final String OUTBOUND_SOURCE = "Outbound";
  /** Stage names of closed deals. */
  public static final String WON = "Closed Won";

  public static final String LOST = "Closed Lost";

  private final SalesParameters parameters;

  private final Map<Integer, Person> people = new LinkedHashMap<>();
  private final Map<Long, LeadEvents> leads = new LinkedHashMap<>();
  private final Map<Long, Deal> deals = new LinkedHashMap<>();
  private final List<double[]> blocks = new ArrayList<>();
  private final List<double[]> meetings = new ArrayList<>();
  private long events;

  /** An adapter for a replication of {@code parameters} (for stage and segment names). */
  public SimulatedHistory(SalesParameters parameters) {
    this.parameters = parameters;
  }

  private static final class Person {
    double hired;
    double left = Double.NaN;
    final List<Double> since = new ArrayList<>(); // when each role began
    final List<Role> roles = new ArrayList<>();

    Role roleAt(double end) {
      Role held = roles.get(0);
      // A change at the end itself is the next month's (a review at its start): not yet held.
      for (int i = 1; i < roles.size() && since.get(i) < end; i++) {
        held = roles.get(i);
      }
      return held;
    }
  }

  private static final class LeadEvents {
    double arrived;
    int segment;
    double answered = Double.NaN;
    int person = -1;
    boolean qualified;
    double expired = Double.NaN;
  }

  private static final class Deal {
    double opened;
    Source source;
    int segment;
    double value;
    final List<double[]> owners = new ArrayList<>(); // {time, person}
    int opener;
    long lead;
    final List<double[]> stages = new ArrayList<>(); // {time, stage}
    double closed = Double.NaN;
    boolean won;
  }

  /** How many events the model reported: 0 means the model did not report its history. */
  public long events() {
    return events;
  }

  @Override
  public void repHired(int person, int seat, double time, Role role) {
    events++;
    Person p = new Person();
    p.hired = time;
    p.since.add(time);
    p.roles.add(role);
    people.put(person, p);
  }

  @Override
  public void repLeft(int person, double time) {
    events++;
    Person p = people.get(person);
    if (p != null) {
      p.left = time;
    }
  }

  @Override
  public void roleChanged(int person, double time, Role role) {
    events++;
    Person p = people.get(person);
    if (p != null) {
      p.since.add(time);
      p.roles.add(role);
    }
  }

  @Override
  public void leadArrived(long lead, double time, int segment) {
    events++;
    LeadEvents l = new LeadEvents();
    l.arrived = time;
    l.segment = segment;
    leads.put(lead, l);
  }

  @Override
  public void leadAnswered(long lead, double time, int person, boolean qualified) {
    events++;
    LeadEvents l = leads.get(lead);
    if (l != null) {
      l.answered = time;
      l.person = person;
      l.qualified = qualified;
    }
  }

  @Override
  public void leadExpired(long lead, double time) {
    events++;
    LeadEvents l = leads.get(lead);
    if (l != null) {
      l.expired = time;
    }
  }

  @Override
  public void prospected(int person, double start, double hours, int segment, long dials,
      long connects, long conversations, long meetingsBooked) {
    events++;
    blocks.add(new double[] {person, start, hours, segment, dials, connects, conversations});
  }

  @Override
  public void meeting(int person, double time, int segment, boolean held, boolean opportunity) {
    events++;
    meetings.add(new double[] {person, time, segment, held ? 1 : 0, opportunity ? 1 : 0});
  }

  @Override
  public void opportunityOpened(long opportunity, double time, Source source, int segment,
      double value, int person, long lead) {
    events++;
    Deal d = new Deal();
    d.opened = time;
    d.source = source;
    d.segment = segment;
    d.value = value;
    d.owners.add(new double[] {time, person});
    d.opener = person;
    d.lead = lead;
    deals.put(opportunity, d);
  }

  @Override
  public void stageEntered(long opportunity, double time, int stage) {
    events++;
    Deal d = deals.get(opportunity);
    if (d != null) {
      d.stages.add(new double[] {time, stage});
    }
  }

  @Override
  public void ownerChanged(long opportunity, double time, int person) {
    events++;
    Deal d = deals.get(opportunity);
    if (d != null) {
      d.owners.add(new double[] {time, person});
    }
  }

  @Override
  public void opportunityClosed(long opportunity, double time, boolean won) {
    events++;
    Deal d = deals.get(opportunity);
    if (d != null) {
      d.closed = time;
      d.won = won;
    }
  }

  /**
   * The history as a CRM would hold it after {@code end} working days (the run's horizon): a
   * person still on the team, a deal still open and a lead still waiting are as they were then.
   */
  public CrmHistory toCrm(WorkCalendar calendar, double end) {
    List<StageDefinition> definitions = stageDefinitions(parameters);
    List<User> users = new ArrayList<>();
    for (Map.Entry<Integer, Person> e : people.entrySet()) {
      Person p = e.getValue();
      if (p.hired >= end) { // hired at the end itself: at the next month's start
        continue;
      }
      boolean gone = !Double.isNaN(p.left) && p.left <= end;
      users.add(new User(user(e.getKey()), !gone, stamp(calendar, p.hired),
          gone ? stamp(calendar, p.left) : null, p.roleAt(end).name()));
    }
    Map<Long, Long> dealOfLead = new HashMap<>();
    Map<String, Long> outboundDealAt = new HashMap<>();
    List<Opportunity> opportunities = new ArrayList<>();
    List<StageChange> changes = new ArrayList<>();
    List<Account> accounts = new ArrayList<>();
    Segmentation segments = Segmentation.of(parameters);
    for (Map.Entry<Long, Deal> e : deals.entrySet()) {
      Deal d = e.getValue();
      if (d.opened > end) {
        continue;
      }
      String id = "o" + e.getKey();
      int owner = (int) d.owners.get(0)[1];
      for (double[] o : d.owners) {
        if (o[0] < end) {
          owner = (int) o[1];
        }
      }
      List<Stage> path = parameters.pipeline().path(d.source);
      boolean closed = !Double.isNaN(d.closed) && d.closed <= end;
      boolean openedAtStage0 = false;
      int current = 0;
      for (double[] s : d.stages) {
        if (s[0] > end) {
          break;
        }
        openedAtStage0 |= s[1] == 0;
        current = (int) s[1];
        changes.add(new StageChange(id, stamp(calendar, s[0]), path.get((int) s[1]).name()));
      }
      if (!openedAtStage0) {
        changes.add(new StageChange(id, stamp(calendar, d.opened), path.get(0).name()));
      }
      double expected = d.opened;
      for (Stage s : path) {
        expected += s.meanDays();
      }
      String stage = closed ? (d.won ? WON : LOST) : path.get(current).name();
      if (closed) {
        changes.add(new StageChange(id, stamp(calendar, d.closed), stage));
      }
      Stamp closeDate = Stamp.ofDate(calendar.fromWorkingDays(closed ? d.closed : expected)
          .toLocalDate());
      opportunities.add(new Opportunity(id, "a" + e.getKey(), user(owner),
          stamp(calendar, d.opened), closeDate, stage, closed, closed && d.won, d.value,
          d.source == Source.INBOUND ? INBOUND_SOURCE : OUTBOUND_SOURCE, "New Business", null, 0));
      accounts.add(new Account("a" + e.getKey(), segments.employees(d.segment), null,
          closed && d.won ? "Customer" : "Prospect"));
      if (d.lead >= 0) {
        dealOfLead.put(d.lead, e.getKey());
      }
      if (d.source == Source.OUTBOUND) {
        outboundDealAt.putIfAbsent(d.opener + "@" + d.opened, e.getKey());
      }
    }
    List<Lead> leadRecords = new ArrayList<>();
    List<Call> calls = new ArrayList<>();
    long call = 0;
    for (Map.Entry<Long, LeadEvents> e : leads.entrySet()) {
      LeadEvents l = e.getValue();
      if (l.arrived > end) {
        continue;
      }
      boolean answered = !Double.isNaN(l.answered) && l.answered <= end;
      Long deal = dealOfLead.get(e.getKey());
      boolean converted = answered && l.qualified && deal != null;
      String status = converted ? "Converted"
          : answered ? "Unqualified"
          : !Double.isNaN(l.expired) && l.expired <= end ? "Expired" : "Open";
      String id = "l" + e.getKey();
      leadRecords.add(new Lead(id, stamp(calendar, l.arrived), INBOUND_SOURCE, status, converted,
          converted ? stamp(calendar, l.answered) : null, converted ? "o" + deal : null,
          answered ? user(l.person) : null));
      if (answered) {
        calls.add(new Call("c" + call++, user(l.person), stamp(calendar, l.answered), "Outbound",
            300.0, "Connected", id, converted ? "o" + deal : null));
      }
    }
    double dayHours = parameters.calendar().sellingHoursPerDay();
    long contact = 0;
    double offset = 0;
    double[] previous = null;
    for (double[] b : blocks) {
      // The model reports a block once per segment it dialled, each with the block's start and
      // its share of the hours: lay the parts end to end, or their calls would overlap and the
      // block would look shorter than it was (a dials-per-hour estimate would come out high).
      boolean sameBlock = previous != null && previous[0] == b[0] && previous[1] == b[1];
      offset = sameBlock ? offset + previous[2] / dayHours : 0;
      previous = b;
      double start = b[1] + offset;
      double days = b[2] / dayHours;
      long dials = (long) b[4];
      long connects = (long) b[5];
      long conversations = (long) b[6];
      if (start > end) {
        continue;
      }
      for (long i = 0; i < dials; i++) {
        // The first dials of a block connect, the first connects are conversations: which of a
        // block's dials did does not matter to any rate estimated from the export.
        boolean connected = i < connects;
        boolean conversation = i < conversations;
        double at = start + (i + 0.5) * days / dials;
        calls.add(new Call("c" + call++, user((int) b[0]), stamp(calendar, at), "Outbound",
            conversation ? 240.0 : connected ? 30.0 : 0.0,
            connected ? "Connected" : "No Answer", "p" + contact++, null));
      }
    }
    List<Meeting> meetingRecords = new ArrayList<>();
    long meeting = 0;
    for (double[] m : meetings) {
      if (m[1] > end) {
        continue;
      }
      Long deal = m[4] > 0 ? outboundDealAt.get((int) m[0] + "@" + m[1]) : null;
      meetingRecords.add(new Meeting("m" + meeting++, user((int) m[0]), stamp(calendar, m[1]),
          m[3] > 0 ? "Completed" : "No show", "p" + contact++, deal == null ? null : "o" + deal));
    }
    return new CrmHistory("simulated", opportunities, changes, leadRecords, calls,
        meetingRecords, users, accounts, definitions, CrmHistory.ReadLog.none());
  }

  private static String user(int person) {
    return "u" + person;
  }

  private static Stamp stamp(WorkCalendar calendar, double t) {
    LocalDateTime at = calendar.fromWorkingDays(t);
    return Stamp.of(at);
  }

  /**
   * The stage definitions of a scenario's two paths: every open stage once, ordered so that each
   * path keeps its order (a stage both paths name sits at its later position), then Closed Won
   * and Closed Lost.
   */
  public static List<StageDefinition> stageDefinitions(SalesParameters p) {
    Map<String, Double> position = new LinkedHashMap<>();
    for (List<Stage> path : List.of(p.pipeline().inbound(), p.pipeline().outbound())) {
      for (int i = 0; i < path.size(); i++) {
        double at = (double) i / path.size();
        position.merge(path.get(i).name(), at, Math::max);
      }
    }
    List<String> names = new ArrayList<>(position.keySet());
    names.sort((a, b) -> Double.compare(position.get(a), position.get(b)));
    if (!keepsOrder(names, p.pipeline().inbound()) || !keepsOrder(names, p.pipeline().outbound())) {
      names = new ArrayList<>();
      for (Stage s : p.pipeline().outbound()) {
        names.add(s.name());
      }
      for (Stage s : p.pipeline().inbound()) {
        if (!names.contains(s.name())) {
          names.add(s.name());
        }
      }
    }
    List<StageDefinition> definitions = new ArrayList<>();
    for (String name : names) {
      definitions.add(new StageDefinition(name, definitions.size() + 1, false, false));
    }
    definitions.add(new StageDefinition(WON, definitions.size() + 1, true, true));
    definitions.add(new StageDefinition(LOST, definitions.size() + 1, true, false));
    return definitions;
  }

  private static boolean keepsOrder(List<String> names, List<Stage> path) {
    int last = -1;
    for (Stage s : path) {
      int at = names.indexOf(s.name());
      if (at <= last) {
        return false;
      }
      last = at;
    }
    return true;
  }
}
