package salesim.calibrate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import salesim.crm.Call;
import salesim.crm.CrmHistory;
import salesim.crm.Lead;
import salesim.crm.Meeting;
import salesim.crm.Opportunity;
import salesim.crm.Stamp;
import salesim.crm.StageChange;
import salesim.crm.StageDefinition;
import salesim.crm.User;

/**
 * A history as it stood at the end of a day: what happened later is removed, so a deal that
 * closed later is open, in the stage it was in then; a lead converted later is not converted; a
 * rep who left later is still on the team. Calibration always reads a cut history, so nothing
 * after the as-of date can leak into an estimate, and the back-test's fit sees only its past.
 *
 * <p>Stateless; thread-safe.
 */
final class HistoryCut {

  private HistoryCut() {}

  /** The end of a day: anything at or before it happened by then. */
  static LocalDateTime end(LocalDate day) {
    return day.plusDays(1).atStartOfDay();
  }

  static boolean by(Stamp s, LocalDate day) {
    return s != null && s.at().isBefore(end(day));
  }

  /** The history at the end of {@code asOf}. */
  static CrmHistory at(CrmHistory h, LocalDate asOf) {
    Map<String, List<StageChange>> changes = h.changesByOpportunity();
    List<Opportunity> opportunities = new ArrayList<>();
    List<StageChange> kept = new ArrayList<>();
    for (Opportunity o : h.opportunities()) {
      if (!by(o.created(), asOf)) {
        continue;
      }
      String stage = o.stage();
      boolean closed = o.closed();
      boolean won = o.won();
      List<StageChange> mine = changes.getOrDefault(o.id(), List.of());
      for (StageChange c : mine) {
        if (by(c.at(), asOf)) {
          kept.add(c);
        }
      }
      boolean closedLater = o.closed() && (o.closeDate() == null ? lastChangeAfter(mine, asOf)
          : !by(o.closeDate(), asOf));
      if (closedLater) {
        closed = false;
        won = false;
        stage = null;
        for (StageChange c : mine) {
          StageDefinition d = h.stage(c.stage());
          if (by(c.at(), asOf) && (d == null || !d.closed())) {
            stage = c.stage();
          }
        }
        if (stage == null) {
          stage = firstOpen(h);
        }
      }
      opportunities.add(new Opportunity(o.id(), o.accountId(), o.ownerId(), o.created(),
          o.closeDate(), stage, closed, won, o.amount(), o.leadSource(), o.type(), o.currency(),
          o.row()));
    }
    List<Lead> leads = new ArrayList<>();
    for (Lead l : h.leads()) {
      if (!by(l.created(), asOf)) {
        continue;
      }
      boolean converted = l.converted() && (l.convertedAt() == null || by(l.convertedAt(), asOf));
      leads.add(new Lead(l.id(), l.created(), l.source(), l.status(), converted,
          converted ? l.convertedAt() : null, converted ? l.opportunityId() : null, l.ownerId()));
    }
    List<Call> calls = new ArrayList<>();
    for (Call c : h.calls()) {
      if (by(c.at(), asOf)) {
        calls.add(c);
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting m : h.meetings()) {
      if (by(m.at(), asOf)) {
        meetings.add(m);
      }
    }
    List<User> users = new ArrayList<>();
    for (User u : h.users()) {
      if (!by(u.created(), asOf)) {
        continue;
      }
      boolean left = !u.active() && u.lastModified() != null && by(u.lastModified(), asOf);
      boolean leftUnknown = !u.active() && u.lastModified() == null;
      users.add(new User(u.id(), !(left || leftUnknown), u.created(),
          left || leftUnknown ? u.lastModified() : null, u.role()));
    }
    return new CrmHistory(h.format(), opportunities, kept, leads, calls, meetings, users,
        h.accounts(), h.stages(), h.log());
  }

  private static boolean lastChangeAfter(List<StageChange> changes, LocalDate asOf) {
    return !changes.isEmpty() && !by(changes.get(changes.size() - 1).at(), asOf);
  }

  private static String firstOpen(CrmHistory h) {
    for (StageDefinition d : h.stages()) {
      if (!d.closed()) {
        return d.name();
      }
    }
    return h.stages().get(0).name();
  }
}
