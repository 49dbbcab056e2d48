package salesim.calibrate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import salesim.crm.Account;
import salesim.crm.Call;
import salesim.crm.CrmHistory;
import salesim.crm.Lead;
import salesim.crm.Opportunity;
import salesim.crm.Segmentation;
import salesim.crm.Stamp;
import salesim.crm.User;
import salesim.crm.WorkCalendar;
import salesim.model.SalesParameters;
import salesim.model.base.Source;

/**
 * A cut history with what every estimator looks up: each deal's source and segment, the inbound
 * leads, the calls that answered leads, working-day times, and the rows the data-quality checks
 * set aside for each kind of estimate.
 *
 * <p>Note: This class is not thread-safe; one calibration uses one.
 */
final class Data {

  final CrmHistory h;
  final SalesParameters base;
  final CalibrationOptions options;
  final WorkCalendar calendar;
  final double asOfDays;
  final Segmentation segmentation;
  final Map<String, Source> source = new HashMap<>();
  final Map<String, Integer> segment = new HashMap<>();
  final Map<String, Account> accounts = new HashMap<>();
  final Map<String, Opportunity> opportunities = new LinkedHashMap<>();
  final Map<String, User> users = new LinkedHashMap<>();
  final Set<String> inboundLeads = new HashSet<>();
  final List<Lead> leads = new ArrayList<>();
  /** Calls whose who is an inbound lead: the answers to leads, not prospecting. */
  final List<Call> leadCalls = new ArrayList<>();
  final List<Call> prospectingCalls = new ArrayList<>();
  /** Deals left out of durations, win rates and cycles (bad dates, a cut-off window). */
  final Set<String> noTiming = new HashSet<>();
  /** Deals left out of values (missing, zero or negative amount, another currency). */
  final Set<String> noValue = new HashSet<>();
  /** Leads left out of the lead rate and conversion (a sentinel created date). */
  final Set<String> badLeads = new HashSet<>();
  /** Users whose created date is a sentinel (not a hire date). */
  final Set<String> badUsers = new HashSet<>();
  String currency;
  /** Problems the estimators find as they go (call results in neither list, ...). */
  final List<Problem> extraProblems = new ArrayList<>();

  Data(CrmHistory h, SalesParameters base, CalibrationOptions options) {
    this.h = h;
    this.base = base;
    this.options = options;
    LocalDate start = options.asOf().plusDays(1);
    this.calendar = new WorkCalendar(YearMonth.from(start), base.calendar().daysPerMonth(), 9,
        base.calendar().hoursPerDay());
    this.asOfDays = calendar.toWorkingDays(HistoryCut.end(options.asOf()));
    this.segmentation = Segmentation.of(base);
    for (Account a : h.accounts()) {
      accounts.put(a.id(), a);
    }
    for (Opportunity o : h.opportunities()) {
      opportunities.put(o.id(), o);
      source.put(o.id(), options.outbound(o.leadSource()) ? Source.OUTBOUND : Source.INBOUND);
      Account a = o.accountId() == null ? null : accounts.get(o.accountId());
      if (a != null && a.employees() != null) {
        segment.put(o.id(), segmentation.segment(a.employees()));
      }
    }
    for (User u : h.users()) {
      users.put(u.id(), u);
    }
    for (Lead l : h.leads()) {
      if (!options.outbound(l.source())) {
        inboundLeads.add(l.id());
        leads.add(l);
      }
    }
    for (Call c : h.calls()) {
      if (c.whoId() != null && inboundLeads.contains(c.whoId())) {
        leadCalls.add(c);
      } else if (c.direction() == null || !c.direction().strip().equalsIgnoreCase("inbound")) {
        prospectingCalls.add(c);
      }
    }
  }

  /** Working days from the simulation's start (negative: before it) of a stamp. */
  double days(Stamp s) {
    return calendar.toWorkingDays(s);
  }

  /** The segment of a deal, or -1 when its account or head count is unknown. */
  int segmentOf(String opportunity) {
    return segment.getOrDefault(opportunity, -1);
  }

  /** The segment names. */
  String segmentName(int i) {
    return segmentation.names().get(i);
  }

  /** Whether the export has accounts with head counts (so segments are known). */
  boolean hasSegments() {
    return !segment.isEmpty();
  }
}
