package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The CFO's ratios in runs.csv are their stated definitions (issue 15), recomputed by a reader
 * from the same row and the scenario's gross margin in summary.json: CAC payback = cost of sales /
 * (new ARR × gross margin) × 12, CAC = cost of sales / deals won, magic number = net new ARR / cost
 * of sales, net new ARR = new − churned + expansion, cost of sales ratio = cost / bookings.
 */
final class CfoMetricsFromRunsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/salesim/golden/compare-structures");

  @Test
  void everyRowsRatios_areTheirDefinitions() throws IOException {
    JsonNode summary = GoldenFolders.json("compare-structures");
    Map<String, Double> margin = new HashMap<>();
    for (JsonNode s : summary.get("scenarios")) {
      margin.put(
          s.get("scenario").asString(),
          s.get("parameters").get("finance").get("grossMargin").doubleValue());
    }
    List<String> lines = Files.readAllLines(GOLDEN.resolve("runs.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(lines).hasSizeGreaterThan(4);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      Map<String, Double> row = new HashMap<>();
      for (int i = 2; i < cells.length; i++) {
        row.put(header.get(i), Double.parseDouble(cells[i]));
      }
      double cost = row.get("cost_of_sales");
      double won = row.get("deals_won_inbound") + row.get("deals_won_outbound");
      double gm = margin.get(cells[0]);
      // runs.csv keeps 12 significant digits: compare to a relative 1e-9.
      assertThat(row.get("cac_payback_months"))
          .as(line)
          .isCloseTo(cost / (row.get("new_arr") * gm) * 12, within(1e-9 * row.get("cac_payback_months")));
      assertThat(row.get("cac")).isCloseTo(cost / won, within(1e-9 * row.get("cac")));
      assertThat(row.get("net_new_arr"))
          .isCloseTo(
              row.get("new_arr") - row.get("churned_arr") + row.get("expansion_arr"),
              within(1e-9 * row.get("arr_end")));
      assertThat(row.get("magic_number"))
          .isCloseTo(row.get("net_new_arr") / cost, within(1e-9 * Math.abs(row.get("magic_number"))));
      assertThat(row.get("cost_of_sales_ratio"))
          .isCloseTo(cost / row.get("bookings_total"), within(1e-9 * row.get("cost_of_sales_ratio")));
      assertThat(row.get("total_value"))
          .isCloseTo(
              row.get("contribution") + row.get("pipeline_value_end") + row.get("customer_value_end"),
              within(1e-9 * Math.abs(row.get("total_value")) + 1e-3));
    }
  }
}
