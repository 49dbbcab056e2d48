package salesim.report;

import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.model.Metric;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The explanation's findings state the numbers summary.json holds, lever by lever. */
final class ExplainPageTest {

  private static final String CASE = "explain";
  private static final String USD = "USD";

  @TempDir Path tmp;

  private static String ci(JsonNode e, Metric m) {
    return Formats.difference(e.get("mean").doubleValue(), m, USD)
        + " (95 % CI "
        + Formats.difference(e.get("ci95_low").doubleValue(), m, USD)
        + " to "
        + Formats.difference(e.get("ci95_high").doubleValue(), m, USD)
        + ")";
  }

  private static Page page(Summary summary) {
    return ExplainPage.build(summary, GoldenFolders.monthly(CASE));
  }

  /** The finding that names the levers of a metric: it starts with its largest share. */
  private static String leverFinding(List<String> findings, String metric) {
    return findings.stream()
        .filter(f -> f.contains(" on " + metric + ", ") || f.contains(" the " + metric + " "))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no finding on the levers of " + metric + ": " + findings));
  }

  @Test
  void eachLeverSentence_carriesEveryShareOfSummaryJson() {
    JsonNode root = GoldenFolders.json(CASE);
    List<String> findings = page(GoldenFolders.summary(CASE)).findings();
    for (String key : List.of("bookings_total", "contribution")) {
      Metric m = Metric.forKey(key);
      JsonNode levers = root.get("attribution").get(key).get("levers");
      String sentence =
          leverFinding(findings, PageParts.name(m).toLowerCase(java.util.Locale.ROOT));
      String largest = null;
      double size = -1;
      for (String lever : levers.propertyNames()) {
        double mean = Math.abs(levers.get(lever).get("mean").doubleValue());
        if (mean > size) {
          size = mean;
          largest = lever;
        }
      }
      // The largest with its interval, the others with their means.
      assertThat(sentence).as(key).contains(ci(levers.get(largest), m));
      for (String lever : levers.propertyNames()) {
        assertThat(sentence)
            .as(key + " " + lever)
            .contains(Formats.difference(levers.get(lever).get("mean").doubleValue(), m, USD));
      }
    }
  }

  @Test
  void theTotalSentence_isTheComparisonsOwn() {
    JsonNode d = GoldenFolders.json(CASE).get("paired_differences").get("split-weighted");
    List<String> findings = page(GoldenFolders.summary(CASE)).findings();
    String share =
        Formats.decimals(100 * d.get("bookings_total").get("p_other_higher").doubleValue(), 0);
    assertThat(findings.get(0)).contains("over 12 months").contains(share + " % of paired runs");
  }

  /**
   * Plants a change of the contribution finding (the audit's second) at the high end of the
   * audit's second assumption, holding to 0.2 and turned by 0.3; returns the assumption.
   */
  private static JsonNode plantChange(ObjectNode audit, String verdict, String becomes) {
    JsonNode assumption = audit.get("assumptions").get(1);
    ObjectNode finding = (ObjectNode) audit.get("findings").get(1);
    finding.put("reads", "negative");
    finding.put("holds", false);
    ObjectNode change = ((ArrayNode) finding.get("changes")).addObject();
    change.put("path", assumption.get("path").asString());
    change.put("end", "high");
    change.put("value", assumption.get("high").doubleValue());
    change.put("verdict", verdict);
    change.put("becomes", becomes);
    change.put("holds_to", 0.2);
    change.put("turns_by", 0.3);
    return assumption;
  }

  @Test
  void plantedInteractionsAndReversals_areStatedWithTheirNumbers() {
    ObjectNode root = (ObjectNode) GoldenFolders.json(CASE);
    ObjectNode interaction = Json.NODES.objectNode();
    interaction.putArray("levers").add("reviews").add("patience");
    interaction.put("mean", 123456.0);
    interaction.put("ci95_low", 23456.0);
    interaction.put("ci95_high", 223456.0);
    ((ArrayNode) root.get("attribution").get("contribution").get("interactions")).add(interaction);
    // The audit's second assumption reverses the contribution finding at its high end.
    ObjectNode audit = (ObjectNode) root.get("audit");
    JsonNode assumption = plantChange(audit, "reverses", "positive");
    double high = assumption.get("high").doubleValue();
    JsonNode point = null;
    for (JsonNode p : audit.get("points")) {
      if (p.get("path").equals(assumption.get("path")) && p.get("value").doubleValue() == high) {
        point = p;
      }
    }
    List<String> findings = page(GoldenFolders.summary(tmp, root)).findings();
    assertThat(findings)
        .anyMatch(
            f ->
                f.startsWith("The reviews and KPIs and patience interact")
                    && f.contains(ci(interaction, Metric.CONTRIBUTION) + " of contribution"));
    String label = assumption.get("label").asString();
    String lowered = Character.toLowerCase(label.charAt(0)) + label.substring(1);
    JsonNode total = point.get("totals").get("contribution");
    assertThat(findings)
        .anyMatch(
            f ->
                f.startsWith(
                        "That split-weighted earns less contribution than impatient-ceo turns on "
                            + lowered
                            + " above 0.2 (it has turned by 0.3): at ")
                    && f.contains(
                        "the difference is "
                            + ci(total, Metric.CONTRIBUTION)
                            + ", clearly reversed"));
  }

  @Test
  void aMeanThatOnlyCrossesZero_isNoLongerClear_notATurn() {
    ObjectNode root = (ObjectNode) GoldenFolders.json(CASE);
    ObjectNode audit = (ObjectNode) root.get("audit");
    JsonNode assumption = plantChange(audit, "turns", "level");
    List<String> findings = page(GoldenFolders.summary(tmp, root)).findings();
    String label = assumption.get("label").asString();
    String lowered = Character.toLowerCase(label.charAt(0)) + label.substring(1);
    String runs = Formats.whole(audit.get("runs_per_point").asLong());
    String sentence =
        findings.stream()
            .filter(f -> f.startsWith("That split-weighted earns less contribution"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no audit sentence: " + findings));
    assertThat(sentence)
        .startsWith(
            "That split-weighted earns less contribution than impatient-ceo is no longer clear"
                + " with " + lowered + " above 0.2: at ")
        .contains(", within the noise of " + runs + " runs")
        .doesNotContain("turns on")
        .doesNotContain("clearly reversed");
  }

  @Test
  void theBoardPack_carriesTheWaterfallsAndTheAttributionFirst() {
    Page page = page(GoldenFolders.summary(CASE));
    assertThat(page.keyFigureList())
        .extracting(Page.Figure::name)
        .containsExactly("waterfall-bookings-total", "waterfall-contribution");
    assertThat(page.keyTableList().get(0).title()).startsWith("Each lever's share");
    assertThat(page.plans().get(0).title()).isEqualTo("The levers: which setting falls into which");
    assertThat(page.method())
        .anyMatch(n -> n.startsWith("The shares add up to the paired total exactly"));
  }
}
