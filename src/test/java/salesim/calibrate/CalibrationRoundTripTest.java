package salesim.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import salesim.model.SalesParameters;
import salesim.model.base.Source;
import salesim.model.funnel.Stage;
import salesim.model.market.Segment;
import salesim.scenario.ScenarioLoader;

/**
 * The round trip of issue 17: CRM histories generated from a known scenario ({@code truth.yaml},
 * {@link SyntheticCompany}) over a batch of seeds, calibrated against the reference, recover each
 * parameter within its stated 95 % interval at least 90 % of the time over the batch.
 */
final class CalibrationRoundTripTest {

  /** Seeds in the batch. */
  static final int SEEDS = 20;
  static final LocalDate AS_OF = SyntheticCompany.ORIGIN.minusMonths(1).atEndOfMonth();

  @Test
  void calibrate_recoversKnownParameters_withinTheirIntervals() {
    ScenarioLoader loader = new ScenarioLoader();
    SalesParameters truth =
        loader.load(Path.of("src/test/resources/salesim/calibrate/truth.yaml")).parameters();
    SalesParameters reference = loader.loadDefaults().parameters();
    Map<String, Double> truths = truths(truth);
    Map<String, int[]> coverage = new LinkedHashMap<>();
    for (int seed = 1; seed <= SEEDS; seed++) {
      Calibration c = Calibrator.calibrate(SyntheticCompany.generate(truth, 24, seed, 1.0), reference,
          CalibrationOptions.of(AS_OF));
      for (Map.Entry<String, Double> t : truths.entrySet()) {
        Estimate e = c.estimate(t.getKey());
        assertThat(e).as(t.getKey()).isNotNull();
        int[] hits = coverage.computeIfAbsent(t.getKey(), k -> new int[3]);
        if (e.status() == Status.INSUFFICIENT_HISTORY) {
          hits[2]++; // below its floor in this history: kept, so there is no interval to check
          continue;
        }
        hits[0] += e.covers(t.getValue()) ? 1 : 0;
        hits[1]++;
      }
    }
    long covered = 0;
    long total = 0;
    List<String> report = new ArrayList<>();
    for (Map.Entry<String, int[]> c : coverage.entrySet()) {
      covered += c.getValue()[0];
      total += c.getValue()[1];
      report.add(String.format(Locale.ROOT, "%s %d/%d%s", c.getKey(), c.getValue()[0],
          c.getValue()[1], c.getValue()[2] > 0 ? " (" + c.getValue()[2] + " kept)" : ""));
    }
    System.out.printf(Locale.ROOT, "round trip: %d of %d intervals (%.1f %%) hold the truth over %d"
        + " seeds: %s%n", covered, total, 100.0 * covered / total, SEEDS, String.join(", ", report));
    assertThat((double) covered / total).isGreaterThanOrEqualTo(0.90);
    for (Map.Entry<String, int[]> c : coverage.entrySet()) {
      int n = c.getValue()[1];
      assertThat(n).as(c.getKey() + " estimated in at least half the seeds").isGreaterThanOrEqualTo(SEEDS / 2);
      // At a true 95 %, fewer hits than this have a chance below 0.1 %: a biased method.
      int bound = new BinomialDistribution(null, n, 0.95).inverseCumulativeProbability(0.001);
      assertThat(c.getValue()[0]).as(c.getKey()).isGreaterThanOrEqualTo(bound);
    }
  }

  /** Every value the generator's process determines, at its scenario path. */
  static Map<String, Double> truths(SalesParameters p) {
    Map<String, Double> t = new LinkedHashMap<>();
    t.put("inbound.leadsPerMonth", p.inbound().leadsPerMonth());
    t.put("inbound.growthPerMonth", p.inbound().growthPerMonth());
    for (int i = 0; i < 12; i++) {
      t.put("inbound.seasonality[" + i + "]", p.inbound().season(i));
    }
    t.put("inbound.qualityMean", p.inbound().qualityMean());
    for (Source s : Source.values()) {
      List<Stage> path = p.pipeline().path(s);
      String key = s.name().toLowerCase(Locale.ROOT);
      for (int i = 0; i < path.size(); i++) {
        t.put("pipeline." + key + "[" + i + "].meanDays", path.get(i).meanDays());
        t.put("pipeline." + key + "[" + i + "].cv", path.get(i).cv());
        t.put("pipeline." + key + "[" + i + "].exitProbability", path.get(i).exitProbability());
      }
    }
    for (int i = 0; i < 2; i++) { // enterprise wins too few deals in two years for the floor
      Segment s = p.segments().get(i);
      t.put("segments[" + i + "].dealValueMean", s.dealValueMean());
      t.put("segments[" + i + "].dealValueCv", s.dealValueCv());
    }
    for (int i = 0; i < p.segments().size(); i++) {
      t.put("segments[" + i + "].inboundShare", p.segments().get(i).inboundShare());
      t.put("segments[" + i + "].outboundShare", p.segments().get(i).outboundShare());
    }
    t.put("outbound.dialsPerHour", p.outbound().dialsPerHour());
    t.put("outbound.connectRate", p.outbound().connectRate());
    t.put("outbound.conversationRate", p.outbound().conversationRate());
    t.put("outbound.meetingRateGivenNeed", p.outbound().meetingRateGivenNeed());
    t.put("outbound.showRate", p.outbound().showRate());
    t.put("outbound.meetingToOpportunity", p.outbound().meetingToOpportunity());
    t.put("team.rampMonths.inbound", p.team().rampMonths().inbound());
    t.put("team.attritionPerYear.inbound", p.team().attritionPerYear().inbound());
    t.put("team.attritionPerYear.outbound", p.team().attritionPerYear().outbound());
    return t;
  }
}
