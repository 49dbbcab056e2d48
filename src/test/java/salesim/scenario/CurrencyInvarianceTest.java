package salesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import salesim.model.Metric;
import salesim.model.ReplicationResult;
import salesim.model.SalesModel;
import salesim.model.SalesParameters;
import tools.jackson.databind.JsonNode;

/**
 * The currency is a label (issue 12, item 4): the same company in SEK, every amount ten times its
 * USD amount, makes the same choices. Every money field the parameter catalogue knows is scaled,
 * so a new one is covered without touching this test; the behaviour settings are shares of the
 * rep's hourly base pay and stay. Counts and shares must come out the same in every replication,
 * and amounts ten times as large. Before the fix (behaviour priced in dollars) a mixed team's
 * prospecting share went from 11.4 % to 4.2 % on the same switch.
 */
final class CurrencyInvarianceTest {

  private static final Path REFERENCE = Path.of("scenarios/reference.yaml");
  private static final double FACTOR = 10.0;

  @Test
  void tenTimesEveryAmountInSek_choosesTheSame_andBooksTenTimesAsMuch() throws Exception {
    ScenarioLoader loader = new ScenarioLoader();
    JsonNode tree = Mappers.YAML.readTree(REFERENCE.toFile());
    ParameterCatalogue catalogue = ParameterCatalogue.load();
    List<String> common = List.of("calendar.months=12", "management.review.kpi=RESULTS");
    List<String> scaled = new ArrayList<>(common);
    scaled.add("finance.currency=SEK");
    int money = 0;
    for (Map.Entry<String, JsonNode> leaf : ParameterCatalogue.leaves(tree).entrySet()) {
      ParameterCatalogue.Entry entry = catalogue.entry(leaf.getKey());
      if (entry != null && entry.isMoney() && leaf.getValue().isNumber()) {
        scaled.add(String.format(Locale.ROOT, "%s=%s", leaf.getKey(),
            leaf.getValue().doubleValue() * FACTOR));
        money++;
      }
    }
    assertThat(money).as("money fields scaled").isGreaterThanOrEqualTo(10);
    SalesParameters usd = loader.load(REFERENCE, common).parameters();
    SalesParameters sek = loader.load(REFERENCE, scaled).parameters();
    assertThat(sek.comp().baseMonthly()).isEqualTo(usd.comp().baseMonthly() * FACTOR);

    List<Metric> same = List.of(Metric.DIALS, Metric.MEETINGS_OUTBOUND, Metric.DEALS_WON_INBOUND,
        Metric.DEALS_WON_OUTBOUND, Metric.OUTBOUND_HOURS_SHARE, Metric.IDLE_HOURS_SHARE,
        Metric.DEPARTURES, Metric.REVIEWS_FAILED, Metric.QUOTA_ATTAINMENT_SHARE);
    List<Metric> scaledMetrics = List.of(Metric.BOOKINGS_TOTAL, Metric.COMMISSION_TOTAL,
        Metric.COST_OF_SALES, Metric.CONTRIBUTION, Metric.ARR_END, Metric.PIPELINE_VALUE_END);
    for (int r = 0; r < 6; r++) {
      ReplicationResult a = SalesModel.run(usd, 11, r);
      ReplicationResult b = SalesModel.run(sek, 11, r);
      for (Metric m : same) {
        assertThat(b.get(m)).as("%s in replication %d", m.key(), r)
            .isCloseTo(a.get(m), within(1e-9 * Math.max(1.0, Math.abs(a.get(m)))));
      }
      for (Metric m : scaledMetrics) {
        assertThat(b.get(m)).as("%s in replication %d", m.key(), r)
            .isCloseTo(a.get(m) * FACTOR, within(1e-8 * Math.max(1.0, Math.abs(a.get(m) * FACTOR))));
      }
    }
  }
}
