package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import salesim.model.base.Source;
import salesim.model.rep.Role;

/**
 * Issue 13, item 2: each component checks its own books at the end of a run — the payroll, the
 * roster with its seats, the meeting book and the customers' subscriptions, beside the checks the
 * inbound desk, the ledger's hours, prospecting and the deal flow already made. A normal
 * replication balances every book (the model's {@code finish} runs the checks, and they are run
 * again here, explicitly); each book that is unbalanced on purpose fails its own check, with a
 * message naming the quantities.
 */
final class BooksTest {

  private static final int RUNS = 3;

  /** Plans that exercise every book: pay, people coming and going, meetings, customers. */
  static Stream<Arguments> plans() {
    var shock =
        new salesim.scenario.ScenarioLoader()
            .load(Path.of("scenarios/shocks/covid-2020-like.yaml"), List.of())
            .parameters()
            .shocks();
    return Stream.of(
        Arguments.of("mixed-flat", Scenarios.file("mixed-flat.yaml", "calendar.months=24")),
        Arguments.of("split-weighted", Scenarios.file("split-weighted.yaml", "calendar.months=24")),
        Arguments.of(
            "split-when-ready", Scenarios.file("split-when-ready.yaml", "calendar.months=24")),
        Arguments.of("impatient-ceo", Scenarios.file("impatient-ceo.yaml", "calendar.months=24")),
        Arguments.of(
            "split-weighted under a covid-like shock",
            Scenarios.file("split-weighted.yaml", "calendar.months=24").withShocks(shock)),
        Arguments.of(
            "split-weighted from a warm start",
            Scenarios.file("split-weighted.yaml", "calendar.months=12", "calendar.warmStart=true")),
        Arguments.of(
            "a given team and customer base",
            Scenarios.reference("calendar.months=12",
                "start={reps: [{id: a, role: INBOUND, tenureMonths: 24, rampedShare: 1},"
                    + " {id: b, role: OUTBOUND, tenureMonths: 1, rampedShare: 0.5}], deals: [],"
                    + " accounts: [], arr: [{segment: enterprise, arr: 1200000, customers: 10}]}")),
        Arguments.of(
            "a split team that turns over, hires for load and cuts by plan",
            Scenarios.reference("calendar.months=24", "team.attritionPerYear.inbound=0.6",
                "team.attritionPerYear.outbound=0.6", "management.structure=SPLIT",
                "management.inboundReps=3", "management.sizing.mode=HIRE",
                "management.sizing.maxReps=12", "inbound.growthPerMonth=0.05",
                "team.headcountPlan=[{month: 9, role: OUTBOUND, reps: 2, layoffs: true}]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void aNormalReplication_balancesEachComponentsBooks(String name, SalesParameters p) {
    double won = 0;
    double turnover = 0;
    double meetings = 0;
    for (int run = 0; run < RUNS; run++) {
      SalesModel model = new SalesModel(p, 13, run);
      ReplicationResult result = model.run(); // finish() checks every book; none threw
      model.payroll().checkBooks(model.ledger());
      model.roster().checkBooks();
      model.meetings().checkBooks();
      model.customers().checkBooks();
      won += result.get(Metric.DEALS_WON_INBOUND) + result.get(Metric.DEALS_WON_OUTBOUND);
      turnover += model.ledger().total(MonthlyMetric.HIRES)
          + model.ledger().total(MonthlyMetric.DEPARTURES);
      meetings += model.ledger().total(MonthlyMetric.MEETINGS_BOOKED);
    }
    assertThat(won).as("deals won, paid and turned into contracts").isPositive();
    assertThat(turnover).as("reps hired or gone").isPositive();
    assertThat(meetings).as("meetings booked").isPositive();
  }

  @Test
  void payroll_failsWhenItPaidOnADealTheLedgerNeverWon() {
    SalesModel model = toTheHorizon(Scenarios.reference("calendar.months=3"));
    model.payroll().payOnWin(0, Source.OUTBOUND, 50_000);
    assertUnbalanced(model::finish, "pay not conserved on OUTBOUND deals");
  }

  @Test
  void roster_failsWhenADepartureIsBookedForNoOneWhoLeft() {
    SalesModel model = toTheHorizon(Scenarios.reference("calendar.months=3"));
    model.ledger().add(1, MonthlyMetric.DEPARTURES, 1);
    assertUnbalanced(model::finish, "reps not conserved in month 1");
  }

  @Test
  void seats_failWhenARepSitsInAClosedSeat_orAVacantSeatAwaitsNoBackfill() {
    Seats seats = new Seats(3);
    seats.open(0, Role.MIXED);
    seats.occupy(0);
    seats.open(1, Role.INBOUND);
    seats.occupy(1);
    seats.vacate(1);
    seats.closeOrBackfill(1, 4);
    seats.checkBooks(3); // seat 1 is backfilled at month 4's start
    assertUnbalanced(() -> seats.checkBooks(4), "seat 1 inconsistent");
    Seats closed = new Seats(2);
    closed.occupy(1);
    assertUnbalanced(() -> closed.checkBooks(0), "seat 1 inconsistent");
  }

  @Test
  void meetingBook_failsWhenANoShowIsCountedForAMeetingNeverBooked() {
    SalesModel model = toTheHorizon(Scenarios.file("split-weighted.yaml", "calendar.months=3"));
    model.ledger().add(2, MonthlyMetric.MEETINGS_NO_SHOW, 1);
    assertUnbalanced(model::finish, "meetings not conserved");
  }

  @Test
  void meetingBook_failsWhenAMeetingIsBookedPastProspecting() {
    SalesModel model =
        new SalesModel(Scenarios.file("split-weighted.yaml", "calendar.months=3"), 1, 0);
    model.run();
    int seat = model.roster().heirFor(Source.OUTBOUND);
    model.meetings().booked(seat, 0, 1); // the ledger never saw it booked
    assertUnbalanced(() -> model.meetings().checkBooks(), "meetings not conserved");
  }

  @Test
  void subscriptions_failWhenNewArrIsBookedWithNoContractBehindIt() {
    SalesModel model = toTheHorizon(Scenarios.reference("calendar.months=3"));
    model.ledger().add(2, MonthlyMetric.NEW_ARR, 1_000);
    assertUnbalanced(model::finish, "ARR not conserved");
  }

  @Test
  void subscriptions_failWhenAContractStartsWithoutAWonDeal() {
    SalesModel model = toTheHorizon(Scenarios.reference("calendar.months=3"));
    model.customers().won(0, 1_000, false);
    assertUnbalanced(model::finish, "contracts not conserved");
  }

  /** The check throws, naming the book that does not balance. */
  private static void assertUnbalanced(ThrowingCallable check, String message) {
    assertThatThrownBy(check)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(message);
  }

  /** A replication run to its horizon, its books not yet closed. */
  private static SalesModel toTheHorizon(SalesParameters p) {
    SalesModel model = new SalesModel(p, 1, 0);
    model.start();
    Replication r = model.replication();
    model.runUntil(r.startDays + r.calendar.horizonDays());
    return model;
  }
}
