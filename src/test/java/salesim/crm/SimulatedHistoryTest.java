package salesim.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.kernel.random.RandomStream;
import salesim.model.base.Source;
import salesim.model.rep.Role;
import salesim.scenario.ScenarioLoader;

/**
 * The adapter from the model's {@link salesim.model.History} calls to a CRM history, driven by
 * hand (the model does not call it yet), and the Salesforce and HubSpot writers read back by the
 * reader; the work calendar both ways.
 */
final class SimulatedHistoryTest {

  @TempDir Path tmp;

  private static final WorkCalendar CALENDAR = WorkCalendar.of(YearMonth.of(2025, 1));

  /** A small replication, told event by event. */
  static CrmHistory handDriven() {
    var p = new ScenarioLoader().loadDefaults().parameters();
    SimulatedHistory h = new SimulatedHistory(p);
    h.repHired(0, 0, -30.5, Role.INBOUND);
    h.repHired(1, 1, 2.0, Role.MIXED);
    h.roleChanged(1, 3.0, Role.OUTBOUND);
    h.leadArrived(0, 1.0, 0);
    h.leadAnswered(0, 1.1, 0, true);
    h.opportunityOpened(0, 1.1, Source.INBOUND, 0, 12000, 0, 0);
    h.stageEntered(0, 1.1, 0);
    h.stageEntered(0, 5.3, 1);
    h.stageEntered(0, 20.0, 2);
    h.opportunityClosed(0, 30.25, true);
    h.leadArrived(1, 3.0, 1);
    h.leadExpired(1, 13.0);
    h.prospected(1, 4.0, 1.0, 1, 18, 2, 1, 1);
    h.meeting(1, 9.0, 1, true, true);
    h.opportunityOpened(1, 9.0, Source.OUTBOUND, 1, 40000, 1, -1);
    h.stageEntered(1, 9.0, 0);
    h.ownerChanged(1, 15.0, 0);
    h.repLeft(1, 15.0);
    h.opportunityOpened(2, 40.0, Source.INBOUND, 2, 90000, 0, -1);
    h.stageEntered(2, 40.0, 0);
    h.opportunityClosed(2, 50.0, false); // after the horizon: open in the export
    assertThat(h.events()).isEqualTo(21);
    return h.toCrm(CALENDAR, 42.0);
  }

  @Test
  void toCrm_turnsHandDrivenEventsIntoCrmRecords() {
    CrmHistory c = handDriven();
    assertThat(c.users()).extracting(User::id, User::active, User::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("u0", true, "INBOUND"),
            org.assertj.core.groups.Tuple.tuple("u1", false, "OUTBOUND"));
    assertThat(CALENDAR.toWorkingDays(c.users().get(1).lastModified())).isCloseTo(15.0, within(1e-6));
    Opportunity won = c.opportunities().get(0);
    assertThat(won.won()).isTrue();
    assertThat(won.stage()).isEqualTo(SimulatedHistory.WON);
    assertThat(CALENDAR.toWorkingDays(won.created())).isCloseTo(1.1, within(1e-6));
    assertThat(c.opportunities().get(1).ownerId()).isEqualTo("u0");
    assertThat(c.opportunities().get(1).leadSource()).isEqualTo(SimulatedHistory.OUTBOUND_SOURCE);
    Opportunity open = c.opportunities().get(2);
    assertThat(open.closed()).isFalse();
    assertThat(open.stage()).isEqualTo("qualify");
    assertThat(c.changesByOpportunity().get("o0")).extracting(StageChange::stage)
        .containsExactly("qualify", "propose", "close", SimulatedHistory.WON);
    assertThat(c.leads()).extracting(Lead::status).containsExactly("Converted", "Expired");
    assertThat(c.leads().get(0).opportunityId()).isEqualTo("o0");
    assertThat(c.calls()).hasSize(19);
    assertThat(c.calls().stream().filter(x -> "Connected".equals(x.disposition())).count()).isEqualTo(3);
    assertThat(c.calls().stream().filter(x -> x.durationSeconds() >= 60).count()).isEqualTo(2);
    assertThat(c.meetings()).singleElement().satisfies(m -> {
      assertThat(m.outcome()).isEqualTo("Completed");
      assertThat(m.whatId()).isEqualTo("o1");
    });
    Segmentation bands = Segmentation.of(new ScenarioLoader().loadDefaults().parameters());
    assertThat(c.accounts()).extracting(a -> bands.segment(a.employees())).containsExactly(0, 1, 2);
    assertThat(c.stages()).extracting(StageDefinition::name).startsWith("qualify", "identify the need")
        .endsWith(SimulatedHistory.WON, SimulatedHistory.LOST);
  }

  @Test
  void toCrm_laysABlocksSegmentPartsEndToEnd() {
    var p = new ScenarioLoader().loadDefaults().parameters();
    double day = p.calendar().sellingHoursPerDay();
    SimulatedHistory h = new SimulatedHistory(p);
    h.repHired(0, 0, 0.0, Role.OUTBOUND);
    // One two-hour block the model reports once per segment, each part from the block's start.
    h.prospected(0, 4.0, 1.5, 0, 30, 0, 0, 0);
    h.prospected(0, 4.0, 0.5, 1, 10, 0, 0, 0);
    List<Double> times = h.toCrm(CALENDAR, 42.0).calls().stream()
        .map(c -> CALENDAR.toWorkingDays(c.at())).toList();
    assertThat(times).hasSize(40).isSorted();
    // The second part's calls start where the first part's 1.5 hours end.
    assertThat(times.get(30)).isCloseTo(4.0 + (1.5 + 0.5 * 0.5 / 10) / day, within(1e-6));
    assertThat(times.get(39)).isLessThan(4.0 + 2.0 / day);
  }

  @Test
  void toCrm_leavesOutWhatHappenedAfterTheEnd() {
    var p = new ScenarioLoader().loadDefaults().parameters();
    SimulatedHistory h = new SimulatedHistory(p);
    h.repHired(0, 0, 0.0, Role.OUTBOUND);
    h.repHired(1, 1, 0.0, Role.INBOUND);
    h.opportunityOpened(0, 10.0, Source.OUTBOUND, 0, 12000, 0, -1);
    h.stageEntered(0, 10.0, 0);
    h.roleChanged(0, 42.0, Role.INBOUND); // at the end itself: the next month's review
    h.ownerChanged(0, 45.0, 1);
    h.repHired(2, 2, 42.0, Role.MIXED);
    h.opportunityOpened(1, 43.0, Source.INBOUND, 0, 12000, 1, -1);
    CrmHistory c = h.toCrm(CALENDAR, 42.0);
    assertThat(c.users()).extracting(User::id, User::role).containsExactly(
        org.assertj.core.groups.Tuple.tuple("u0", "OUTBOUND"),
        org.assertj.core.groups.Tuple.tuple("u1", "INBOUND"));
    assertThat(c.opportunities()).singleElement().satisfies(o -> {
      assertThat(o.id()).isEqualTo("o0");
      assertThat(o.ownerId()).isEqualTo("u0");
    });
  }

  @Test
  void writers_salesforceAndHubspot_readBackToTheSameHistory() throws IOException {
    CrmHistory c = handDriven();
    for (String shape : List.of("salesforce", "hubspot")) {
      Path dir = Files.createDirectories(tmp.resolve(shape));
      Mapping mapping = shape.equals("salesforce") ? Mapping.SALESFORCE : Mapping.HUBSPOT;
      if (shape.equals("salesforce")) {
        ExportWriter.salesforce(c, dir);
      } else {
        ExportWriter.hubspot(c, dir);
      }
      CrmHistory back = ExportReader.read(dir, mapping, null, null);
      Map<String, String> ids = new HashMap<>();
      for (int i = 0; i < c.users().size(); i++) {
        ids.put(c.users().get(i).id(), back.users().get(i).id());
      }
      assertThat(back.opportunities()).hasSameSizeAs(c.opportunities());
      for (int i = 0; i < c.opportunities().size(); i++) {
        Opportunity a = c.opportunities().get(i);
        Opportunity b = back.opportunities().get(i);
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.ownerId()).isEqualTo(ids.get(a.ownerId()));
        assertThat(b.created().at()).as(shape).isEqualTo(shape.equals("hubspot")
            ? a.created().at().withNano(0) : a.created().at());
        assertThat(b.closeDate().date()).isEqualTo(a.closeDate().date());
        assertThat(b.stage()).isEqualTo(a.stage());
        assertThat(b.won()).isEqualTo(a.won());
        assertThat(b.amount()).isEqualTo(a.amount());
        assertThat(b.leadSource()).isEqualTo(a.leadSource());
      }
      assertThat(back.changesByOpportunity().get("o0")).extracting(StageChange::stage)
          .containsExactly("qualify", "propose", "close", SimulatedHistory.WON);
      assertThat(back.leads()).extracting(Lead::id, Lead::converted).containsExactlyElementsOf(
          c.leads().stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.id(), l.converted())).toList());
      assertThat(back.calls()).extracting(Call::durationSeconds)
          .containsExactlyElementsOf(c.calls().stream().map(Call::durationSeconds).toList());
      assertThat(back.meetings()).hasSize(1);
      assertThat(back.stages()).isEqualTo(c.stages());
      assertThat(back.accounts()).extracting(Account::employees)
          .containsExactlyElementsOf(c.accounts().stream().map(Account::employees).toList());
    }
  }

  @Test
  void workCalendar_isTwentyOneWorkingDaysAMonth_bothWays() {
    RandomStream rng = new RandomStream(7);
    for (int i = 0; i < 2000; i++) {
      double t = rng.uniform(-500, 500);
      LocalDateTime at = CALENDAR.fromWorkingDays(t);
      assertThat(at.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(at.getHour()).isBetween(9, 17);
      assertThat(CALENDAR.toWorkingDays(at)).isCloseTo(t, within(1e-6));
      assertThat(CALENDAR.monthOf(at)).isEqualTo((int) Math.floor(t / 21));
    }
    assertThat(CALENDAR.toWorkingDays(LocalDateTime.of(2025, 2, 1, 0, 0))).isEqualTo(21.0);
    assertThat(CALENDAR.toWorkingDays(LocalDateTime.of(2025, 3, 1, 12, 0))).isEqualTo(42.0); // a Saturday
    assertThat(CALENDAR.toWorkingDays(LocalDateTime.of(2024, 12, 31, 23, 0))).isEqualTo(0.0);
  }
}
