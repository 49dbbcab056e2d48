package salesim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.model.Metric;
import salesim.report.Page.Row;
import salesim.report.Page.Section;
import salesim.report.Page.Table;
import salesim.report.chart.MonthlyTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CFO's page of a comparison (issue 15 item 6) states summary.json's numbers: ARR at the
 * horizon and its paired difference, CAC payback, the share of the value still expected, the
 * payback of an outbound hire over the runs that hired one; "within the noise" whenever a CI
 * spans zero. Read from the committed comparison (src/test/resources/salesim/report/compare).
 */
final class CfoPageTest {

  @TempDir Path tmp;

  private static final String USD = "USD";

  /** The committed comparison's summary.json, as a tree a test may edit. */
  private ObjectNode tree() {
    Path folder = Fixtures.compare(tmp.resolve("fixture"));
    return (ObjectNode) JsonMapper.builder().build().readTree(folder.resolve(Summary.FILE).toFile());
  }

  private Page page(JsonNode tree) {
    Path folder = Fixtures.compare(tmp.resolve("page"));
    return ComparePage.build(
        GoldenFolders.summary(folder, tree),
        MonthlyTable.read(folder.resolve(MonthlyTable.FILE)),
        folder.resolve("no-runs.csv"));
  }

  private static Section cfo(Page page) {
    assertThat(page.sections()).extracting(Section::id).containsExactly(CfoPage.ID);
    return page.sections().get(0);
  }

  private static JsonNode metrics(JsonNode tree, int scenario) {
    return tree.get("scenarios").get(scenario).get("metrics");
  }

  private static double mean(JsonNode tree, int scenario, String metric) {
    return metrics(tree, scenario).get(metric).get("mean").doubleValue();
  }

  private static ObjectNode paired(JsonNode tree, String metric) {
    return (ObjectNode) tree.get("paired_differences").get("split-weighted").get(metric);
  }

  private static String finding(Section s, String start) {
    return s.findings().stream()
        .filter(f -> f.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding starts with " + start + ": " + s.findings()));
  }

  private static Row row(Table table, String label) {
    return table.rows().stream()
        .filter(r -> r.cells().get(0).equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError(table.title() + " has no row " + label));
  }

  @Test
  void arrAtTheHorizon_isEachPlansMean_fromTheStartThatArrLessNetNewArrGives() {
    ObjectNode tree = tree();
    Section s = cfo(page(tree));
    String start0 = Formats.money(mean(tree, 0, "arr_end") - mean(tree, 0, "net_new_arr"), USD);
    String start1 = Formats.money(mean(tree, 1, "arr_end") - mean(tree, 1, "net_new_arr"), USD);
    assertThat(s.findings().get(0))
        .isEqualTo(
            "ARR at the horizon, after 12 months: mixed-flat "
                + Formats.money(mean(tree, 0, "arr_end"), USD)
                + " (from "
                + start0
                + " at the start), split-weighted "
                + Formats.money(mean(tree, 1, "arr_end"), USD)
                + " (from "
                + start1
                + "), on average.");
    Table plans = s.tables().get(0);
    assertThat(row(plans, "ARR at the start of the horizon").cells())
        .containsExactly("ARR at the start of the horizon", start0, start1);
  }

  @Test
  void arrFinding_isWithinTheNoiseWhenItsCiSpansZero_andStatesTheDifferenceWhenClear() {
    ObjectNode tree = tree();
    ObjectNode d = paired(tree, "arr_end");
    // The committed runs: split-weighted's ARR is level with mixed-flat's.
    assertThat(d.get("ci95_low").doubleValue()).isNegative();
    assertThat(d.get("ci95_high").doubleValue()).isPositive();
    double base = Math.abs(mean(tree, 0, "arr_end"));
    String ci =
        Formats.change(d.get("ci95_low").doubleValue() / base)
            + " to "
            + Formats.change(d.get("ci95_high").doubleValue() / base);
    assertThat(finding(cfo(page(tree)), "On ARR at the horizon"))
        .isEqualTo(
            "On ARR at the horizon, split-weighted and mixed-flat are level: the difference, "
                + Formats.change(d.get("mean").doubleValue() / base)
                + ", is within the noise (95 % CI "
                + ci
                + "); split-weighted is ahead in "
                + Formats.decimals(100 * d.get("p_other_higher").doubleValue(), 0)
                + " % of paired runs.");

    // The same difference, measured more precisely: no longer within the noise, and worded by
    // its sign ("more" or "less", the size unsigned), the interval low end first.
    double m = d.get("mean").doubleValue();
    double low = Math.min(m / 2, 3 * m / 2);
    double high = Math.max(m / 2, 3 * m / 2);
    d.put("ci95_low", low).put("ci95_high", high);
    assertThat(finding(cfo(page(tree)), "split-weighted ends with"))
        .isEqualTo(
            "split-weighted ends with "
                + Formats.decimals(100 * Math.abs(m) / base, 1)
                + (m > 0 ? " % more" : " % less")
                + " ARR than mixed-flat: "
                + Formats.signedMoney(m, USD)
                + " on average (95 % CI "
                + Formats.change(low / base)
                + " to "
                + Formats.change(high / base)
                + "), ahead in "
                + Formats.decimals(100 * d.get("p_other_higher").doubleValue(), 0)
                + " % of paired runs.")
        .doesNotContain("noise");
  }

  @Test
  void cacPayback_isLongerWithItsPairedCi_orLevelWhenTheCiSpansZero() {
    ObjectNode tree = tree();
    ObjectNode d = paired(tree, "cac_payback_months");
    assertThat(d.get("ci95_low").doubleValue()).as("the committed runs: clearly longer").isPositive();
    assertThat(finding(cfo(page(tree)), "CAC payback"))
        .isEqualTo(
            "CAC payback is longer under split-weighted: "
                + Formats.decimals(mean(tree, 1, "cac_payback_months"), 1)
                + " months against "
                + Formats.decimals(mean(tree, 0, "cac_payback_months"), 1)
                + " months under mixed-flat, +"
                + Formats.decimals(d.get("mean").doubleValue(), 1)
                + " months (95 % CI +"
                + Formats.decimals(d.get("ci95_low").doubleValue(), 1)
                + " months to +"
                + Formats.decimals(d.get("ci95_high").doubleValue(), 1)
                + " months), longer in "
                + Formats.decimals(100 * d.get("p_other_higher").doubleValue(), 0)
                + " % of paired runs.");

    d.put("ci95_low", -0.4);
    assertThat(finding(cfo(page(tree)), "CAC payback"))
        .startsWith("CAC payback is level between split-weighted and mixed-flat (")
        .contains("is within the noise (95 % CI \u22120.4 months to +");
  }

  @Test
  void valueAtTheHorizon_splitsIntoRealisedAndExpected_andSaysHowMuchIsStillExpected() {
    ObjectNode tree = tree();
    Section s = cfo(page(tree));
    double total = mean(tree, 0, "total_value");
    double pipeline = mean(tree, 0, "pipeline_value_end");
    double customers = mean(tree, 0, "customer_value_end");
    double contribution = mean(tree, 0, "contribution");
    // The three parts add up to the total in every run, so their means do too.
    assertThat(contribution + pipeline + customers).isCloseTo(total, org.assertj.core.api.Assertions.within(1e-6 * total));
    String share = Formats.percent((pipeline + customers) / total);
    double total1 = mean(tree, 1, "total_value");
    String share1 =
        Formats.percent(
            (mean(tree, 1, "pipeline_value_end") + mean(tree, 1, "customer_value_end")) / total1);
    assertThat(finding(s, "Of mixed-flat's total value"))
        .isEqualTo(
            "Of mixed-flat's total value at the horizon, "
                + Formats.money(total, USD)
                + ", "
                + share
                + " is still expected rather than realised: "
                + Formats.money(customers, USD)
                + " from the customer base and "
                + Formats.money(pipeline, USD)
                + " from the open pipeline, against "
                + Formats.money(contribution, USD)
                + " of contribution realised; "
                + share1
                + " of split-weighted's "
                + Formats.money(total1, USD)
                + " is still expected.");
    Table value = s.tables().get(1);
    assertThat(row(value, "Share still expected").cells())
        .containsExactly("Share still expected", share, share1);
    assertThat(row(value, "Total value at the horizon").cells().get(1))
        .startsWith(Formats.money(total, USD) + "\n\u00b1 ");
  }

  @Test
  void hirePayback_isOverTheRunsThatHiredOne_andAPlanThatHiredNoneSaysTheHorizonIsAPlaceholder() {
    ObjectNode tree = tree();
    JsonNode hires = tree.get("scenarios").get(1).get(SummaryJson.HIRE_PAYBACK);
    assertThat(tree.get("scenarios").get(0).get(SummaryJson.HIRE_PAYBACK).get("runs_hiring").asLong())
        .isZero();
    long hiring = hires.get("runs_hiring").asLong();
    assertThat(hiring).as("split-weighted hires in some runs, not all").isBetween(2L, 11L);
    Section s = cfo(page(tree));
    assertThat(s.findings().get(s.findings().size() - 1))
        .isEqualTo(
            "mixed-flat hires no hunter in any run, so it has no payback of an outbound hire (the"
                + " model then writes the horizon, 12 months, into outbound_hire_payback_months as"
                + " a placeholder); under split-weighted a hunter hired into an outbound seat pays"
                + " back her loaded cost from the margin on her bookings after "
                + Formats.decimals(hires.get("mean_months_among_hiring").doubleValue(), 1)
                + " months on average (95 % CI "
                + Formats.decimals(hires.get("ci95_low").doubleValue(), 1)
                + "\u2013"
                + Formats.decimals(hires.get("ci95_high").doubleValue(), 1)
                + "), over the "
                + hiring
                + " of 12 runs that hired one (a hunter not paid back by the horizon counts at her"
                + " months so far, so this is a lower bound).");
    Table plans = s.tables().get(0);
    assertThat(row(plans, "Runs that hired a hunter").cells())
        .containsExactly("Runs that hired a hunter", "0 of 12", hiring + " of 12");
    assertThat(row(plans, "Payback of an outbound hire").cells().get(1))
        .isEqualTo("no hunter hired\nin any run");
    // Not the metric's own mean, which counts the runs without a hire at the horizon.
    assertThat(row(plans, "Payback of an outbound hire").cells().get(2))
        .startsWith(
            Formats.decimals(hires.get("mean_months_among_hiring").doubleValue(), 1) + " months\n")
        .doesNotStartWith(Formats.decimals(mean(tree, 1, "outbound_hire_payback_months"), 1) + " ");

    // An output written before the block: the metric's mean, said to count those runs.
    for (JsonNode scenario : tree.get("scenarios")) {
      ((ObjectNode) scenario).remove(SummaryJson.HIRE_PAYBACK);
    }
    Section older = cfo(page(tree));
    assertThat(older.findings().get(older.findings().size() - 1))
        .startsWith("mixed-flat hires no hunter in any run")
        .contains(
            "under split-weighted the payback of an outbound hire is "
                + Formats.decimals(mean(tree, 1, "outbound_hire_payback_months"), 1)
                + " months on average, counting the runs that hired no hunter at the horizon");
    assertThat(row(older.tables().get(0), "Runs that hired a hunter").cells().get(2))
        .isEqualTo("not recorded\n(an older output)");
  }

  @Test
  void pairedTable_isSummaryJsonsPairedDifferences_forTheCfosMeasures() {
    ObjectNode tree = tree();
    Table paired = cfo(page(tree)).tables().get(2);
    assertThat(paired.rows()).extracting(r -> r.cells().get(0))
        .containsExactlyElementsOf(CfoPage.PAIRED.stream().map(PageParts::name).toList());
    for (int k = 0; k < CfoPage.PAIRED.size(); k++) {
      Metric metric = CfoPage.PAIRED.get(k);
      ObjectNode d = paired(tree, metric.key());
      assertThat(paired.rows().get(k).cells().get(3))
          .as(metric.key())
          .startsWith(Formats.difference(d.get("mean").doubleValue(), metric, USD));
      assertThat(paired.rows().get(k).cells().get(4))
          .isEqualTo(Formats.decimals(100 * d.get("p_other_higher").doubleValue(), 0) + " %");
    }
  }

  @Test
  void planTable_carriesEachPlansMeanAndHalfItsCi() {
    ObjectNode tree = tree();
    Table plans = cfo(page(tree)).tables().get(0);
    for (Metric metric : List.of(
        Metric.CAC, Metric.MAGIC_NUMBER, Metric.REVENUE, Metric.ARR_PER_REP, Metric.BOOKINGS_PER_REP)) {
      JsonNode s = metrics(tree, 1).get(metric.key());
      assertThat(row(plans, PageParts.name(metric)).cells().get(2))
          .as(metric.key())
          .isEqualTo(
              Formats.metric(s.get("mean").doubleValue(), metric, USD)
                  + "\n\u00b1 "
                  + Formats.metric(
                      (s.get("ci95_high").doubleValue() - s.get("ci95_low").doubleValue()) / 2,
                      metric,
                      USD));
    }
  }

  @Test
  void aRun_getsTheCfosPageToo_withoutPairedDifferences() {
    String name = "run-shocked";
    JsonNode m = GoldenFolders.json(name).get("metrics");
    Page page =
        ComparePage.build(
            GoldenFolders.summary(name),
            GoldenFolders.monthly(name),
            Path.of("src/test/resources/salesim/golden", name, "runs.csv"));
    Section s = cfo(page);
    assertThat(s.tables()).hasSize(2);
    assertThat(s.findings().get(0))
        .startsWith("Over 18 months, split-flat's ARR goes from ")
        .contains(
            Formats.money(
                m.get("arr_end").get("mean").doubleValue()
                    - m.get("net_new_arr").get("mean").doubleValue(),
                USD))
        .contains(Formats.money(m.get("arr_end").get("mean").doubleValue(), USD) + " at the horizon")
        .contains("net new ARR of " + Formats.money(m.get("net_new_arr").get("mean").doubleValue(), USD));
    assertThat(s.findings().get(1))
        .contains(Formats.money(m.get("revenue").get("mean").doubleValue(), USD) + " of revenue")
        .contains(Formats.money(m.get("cac").get("mean").doubleValue(), USD) + " per deal won")
        .contains(
            Formats.decimals(m.get("cac_payback_months").get("mean").doubleValue(), 1) + " months")
        .contains(Formats.decimals(m.get("magic_number").get("mean").doubleValue(), 2) + " of net new ARR");
  }
}
