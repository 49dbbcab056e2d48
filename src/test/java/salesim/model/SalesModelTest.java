package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class SalesModelTest {

  @Test
  void sameSeedAndReplication_giveTheSameResult_otherReplicationsDiffer() {
    SalesParameters p = Scenarios.reference("calendar.months=12");
    assertThat(SalesModel.run(p, 3, 5)).isEqualTo(SalesModel.run(p, 3, 5));
    assertThat(SalesModel.run(p, 3, 5)).isNotEqualTo(SalesModel.run(p, 3, 6));
    assertThat(SalesModel.run(p, 3, 5)).isNotEqualTo(SalesModel.run(p, 4, 5));
  }

  @Test
  void commonRandomNumbers_sameLeadsWhateverThePayPlan() {
    // A market so large that no account it loses to a deal holds a lead back (one market).
    String vast = "segments[0].accounts=50000000";
    SalesParameters flat =
        Scenarios.reference("calendar.months=12", vast, "segments[1].accounts=50000000",
            "segments[2].accounts=50000000");
    SalesParameters weighted =
        Scenarios.reference(
            "calendar.months=12", vast, "segments[1].accounts=50000000",
            "segments[2].accounts=50000000",
            "comp.commission={type: weighted, rate: 0.1, outboundMultiplier: 4}");
    ReplicationResult a = SalesModel.run(flat, 9, 2);
    ReplicationResult b = SalesModel.run(weighted, 9, 2);
    for (int m = 0; m < 12; m++) {
      assertThat(a.get(MonthlyMetric.INBOUND_LEADS, m))
          .isEqualTo(b.get(MonthlyMetric.INBOUND_LEADS, m));
    }
    assertThat(a.get(Metric.OUTBOUND_HOURS_SHARE)).isNotEqualTo(b.get(Metric.OUTBOUND_HOURS_SHARE));
  }

  @Test
  void flatPlanWithoutQuota_paysTheRateOnEveryDeal_weightedPaysKTimesOnOutbound() {
    SalesParameters flat =
        Scenarios.reference("calendar.months=12", "comp.quota.bookingsPerPeriod=0");
    ReplicationResult f = SalesModel.run(flat, 1, 0);
    assertThat(f.get(Metric.COMMISSION_TOTAL))
        .isCloseTo(0.10 * f.get(Metric.BOOKINGS_TOTAL), within(1e-6));
    SalesParameters weighted =
        Scenarios.reference(
            "calendar.months=12",
            "comp.quota.bookingsPerPeriod=0",
            "comp.commission={type: weighted, rate: 0.1, outboundMultiplier: 3}");
    ReplicationResult w = SalesModel.run(weighted, 1, 0);
    assertThat(w.get(Metric.COMMISSION_OUTBOUND))
        .isCloseTo(0.30 * w.get(Metric.BOOKINGS_OUTBOUND), within(1e-6));
    assertThat(w.get(Metric.COMMISSION_TOTAL) - w.get(Metric.COMMISSION_OUTBOUND))
        .isCloseTo(0.10 * w.get(Metric.BOOKINGS_INBOUND), within(1e-6));
  }

  @Test
  void paidHours_areActiveRepDaysTimesSellingHours_andBasePayFollows() {
    // Vacancies (the hiring delay) remove paid capacity: fewer hours than a full team, and base
    // pay is exactly the paid hours at the monthly base.
    SalesParameters p = Scenarios.reference("calendar.months=36");
    ReplicationResult r = SalesModel.run(p, 1, 0);
    double full = 8 * 36 * p.calendar().sellingHoursPerMonth();
    double available = 0;
    double repMonths = 0;
    for (int m = 0; m < 36; m++) {
      available += r.get(MonthlyMetric.HOURS_AVAILABLE, m);
      repMonths += r.get(MonthlyMetric.ACTIVE_REPS, m);
    }
    assertThat(r.get(Metric.DEPARTURES)).isPositive();
    assertThat(available).isLessThan(full);
    // Reps leave and join only at month starts, so the month-end head count is the month's.
    assertThat(available).isCloseTo(repMonths * p.calendar().sellingHoursPerMonth(), within(1e-6));
    assertThat(r.get(Metric.BASE_PAY))
        .isCloseTo(available / p.calendar().sellingHoursPerMonth() * 5000, within(1e-3));
  }

  /**
   * Bookings per rep divide by the team's mean head count over the months reported, not by the
   * seats or the warm-up's months: with no one leaving it is bookings / 8 exactly; with attrition
   * (seats empty while the backfill is found) it is bookings over the mean of the monthly head
   * count, and more than bookings / 8.
   */
  @Test
  void bookingsPerRep_divideByTheMeanHeadCountOfTheMonthsReported() {
    SalesParameters stable =
        Scenarios.reference(
            "calendar.months=12", "team.attritionPerYear.mixed=0", "team.attritionPerYear.inbound=0",
            "team.attritionPerYear.outbound=0", "team.payAttrition.elasticity=0");
    ReplicationResult r = SalesModel.run(stable, 3, 0);
    assertThat(r.get(Metric.BOOKINGS_PER_REP))
        .isCloseTo(r.get(Metric.BOOKINGS_TOTAL) / 8, within(1e-9 * r.get(Metric.BOOKINGS_TOTAL)));

    SalesParameters leaving =
        Scenarios.reference("calendar.months=12", "team.attritionPerYear.mixed=0.9", "team.hiringDelayMonths=3");
    ReplicationResult q = SalesModel.run(leaving, 3, 0);
    double heads = 0;
    for (int m = 0; m < 12; m++) {
      heads += q.get(MonthlyMetric.ACTIVE_REPS, m);
    }
    assertThat(heads / 12).as("mean head count").isLessThan(8);
    assertThat(q.get(Metric.BOOKINGS_PER_REP))
        .isCloseTo(q.get(Metric.BOOKINGS_TOTAL) / (heads / 12), within(1e-9 * q.get(Metric.BOOKINGS_TOTAL)))
        .isGreaterThan(q.get(Metric.BOOKINGS_TOTAL) / 8);
  }

  /**
   * PARAMETERS fact 10: with a linear ramp of R months from zero and monthly attrition chance q
   * (backfilled at once), a seat's occupant is k whole months into the job with probability
   * q(1 − q)^k, so the ramped-rep-equivalent share of capacity is
   * Σ_k q(1 − q)^k ∫₀¹ min(1, (k + u) / R) du — for a = 35 % a year and R = 3.2 months, 0.9440,
   * within 0.001 of PARAMETERS' continuous formula (1 − e^(−hR)) / (hR) = 0.9447 (the model's
   * reps leave at month starts, not at any instant). Measured where the
   * model shows ramp and nothing else: outbound reps who only prospect (no meetings, no
   * reluctance, a greedy choice: prospecting ties with waiting and wins the tie), so dials per
   * prospecting hour are the dial rate × the ramp.
   */
  @Test
  void rampAndAttrition_capacityMatchesTheSteadyStateFormula() {
    SalesParameters p =
        Scenarios.reference(
            "calendar.months=60", "team.skillSd=0", "team.hiringDelayMonths=0",
            "team.rampStart=0", "team.rampMonths.outbound=3.2", "team.attritionPerYear.outbound=0.35",
            "management.structure=SPLIT", "management.inboundReps=0", "inbound.leadsPerMonth=0",
            "behaviour.choiceTemperature=0", "behaviour.effortElasticity=0", "team.payAttrition.elasticity=0",
            "team.profiles={mixed: {callReluctance: 0, callReluctanceCv: 0}, inbound: {callReluctance: 0, callReluctanceCv: 0}, outbound: {callReluctance: 0, callReluctanceCv: 0}}",
            "outbound.meetingRateGivenNeed=0", "segments[0].accounts=2000000",
            "segments[1].accounts=1000000", "segments[2].accounts=200000");
    double rampMonths = 3.2;
    double q = 1.0 - Math.pow(1.0 - 0.35, 1.0 / 12.0);
    double expected = 0.0;
    for (int k = 0; k < 200; k++) {
      double within = 0.0; // ∫₀¹ min(1, (k + u) / R) du, by the midpoint rule
      for (int i = 0; i < 1000; i++) {
        within += Math.min(1.0, (k + (i + 0.5) / 1000) / rampMonths) / 1000;
      }
      expected += q * Math.pow(1.0 - q, k) * within;
    }
    double h = -Math.log(1.0 - 0.35) / 12.0;
    assertThat(expected).isCloseTo((1 - Math.exp(-h * rampMonths)) / (h * rampMonths), within(1e-3));

    var share = new salesim.kernel.stat.Tally();
    int from = 4; // the age distribution is stationary once R months have passed
    for (int rep = 0; rep < 24; rep++) {
      ReplicationResult r = SalesModel.run(p, 5, rep);
      double dials = 0;
      double hours = 0;
      for (int m = from; m < 60; m++) {
        dials += r.get(MonthlyMetric.DIALS, m);
        hours += r.get(MonthlyMetric.HOURS_PROSPECTING, m);
      }
      assertThat(hours).as("reps prospect all their paid hours")
          .isCloseTo(8 * (60 - from) * p.calendar().sellingHoursPerMonth(), within(1.0));
      share.add(dials / hours / p.outbound().dialsPerHour());
    }
    assertThat(share.mean())
        .as("ramped share %s ± %s against %s", share.mean(), share.standardError(), expected)
        .isCloseTo(expected, within(3 * share.standardError()));
    // Not vacuous: the ramp costs several standard errors.
    assertThat(1.0 - expected).isGreaterThan(5 * share.standardError());
  }
}
