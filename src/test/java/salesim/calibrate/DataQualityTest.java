package salesim.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.crm.CrmHistory;
import salesim.crm.ExportReader;
import salesim.crm.Mapping;
import salesim.scenario.ScenarioLoader;

/**
 * A hand-written Salesforce export with one of each data problem, in known numbers: every problem
 * is listed with its count, and its rows are left out of the estimates it would bias.
 */
final class DataQualityTest {

  @TempDir Path tmp;

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  /** The export: deals, stage history, calls, users, with each problem planted. */
  static Path export(Path dir) throws IOException {
    StringBuilder opps = new StringBuilder(
        "Id,OwnerId,AccountId,CreatedDate,CloseDate,StageName,IsClosed,IsWon,Amount,LeadSource,CurrencyIsoCode\n");
    StringBuilder history = new StringBuilder("OpportunityId,CreatedDate,StageName\n");
    int n = 0;
    // 60 healthy deals from March on, each closing (won) ten days after it was created.
    for (int i = 0; i < 60; i++) {
      LocalDate created = LocalDate.of(2024, 3, 1).plusDays(3L * i);
      opps.append(row("o" + n, "005A", created, created.plusDays(10), "Closed Won", true, true,
          "20000", "Web", "USD"));
      history.append("o").append(n).append(',').append(created).append("T10:00:00Z,Open\n");
      history.append("o").append(n).append(',').append(created.plusDays(10)).append("T10:00:00Z,Closed Won\n");
      n++;
    }
    // 40 deals created in January and February, none closed before March: the cut-off window.
    for (int i = 0; i < 40; i++) {
      LocalDate created = LocalDate.of(2024, 1, 2).plusDays(i);
      opps.append(row("o" + n++, "005A", created, LocalDate.of(2024, 5, 1).plusDays(i),
          "Closed Lost", true, false, "1000", "Web", "USD"));
    }
    opps.append(row("o" + n++, "005A", LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 1),
        "Closed Lost", true, false, "5000", "Web", "USD")); // closed before created
    opps.append(row("o" + n++, "005A", LocalDate.of(2024, 6, 2), LocalDate.of(2024, 6, 20),
        "Closed Won", true, true, "", "Web", "USD")); // missing amount
    opps.append(row("o" + n++, "005A", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 21),
        "Closed Won", true, true, "0", "Web", "USD")); // zero amount
    opps.append(row("o" + n++, "005A", LocalDate.of(2024, 6, 4), LocalDate.of(2024, 6, 22),
        "Closed Won", true, true, "-100", "Web", "USD")); // negative amount
    opps.append(row("o0", "005A", LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 23),
        "Closed Won", true, true, "100", "Web", "USD")); // a repeated id
    for (int i = 0; i < 3; i++) { // another currency
      opps.append(row("o" + n++, "005A", LocalDate.of(2024, 7, 1 + i), LocalDate.of(2024, 7, 20),
          "Closed Won", true, true, "9000", "Web", "EUR"));
    }
    for (int i = 0; i < 30; i++) { // a bulk import: one created date on 30 rows
      opps.append(row("o" + n++, "005A", LocalDate.of(2024, 8, 15), LocalDate.of(2024, 9, 1)
          .plusDays(i), "Closed Won", true, true, "7000", "Web", "USD"));
    }
    for (int i = 0; i < 2; i++) { // no lead source, open, no amount, its owner gone, stale
      opps.append(row("o" + n++, "005B", LocalDate.of(2024, 4, 1 + i), LocalDate.of(2024, 5, 1),
          "Open", false, false, "", "", "USD"));
    }
    Files.writeString(dir.resolve("Opportunity.csv"), opps.toString());
    Files.writeString(dir.resolve("OpportunityHistory.csv"), history.toString());
    Files.writeString(dir.resolve("OpportunityStage.csv"), "MasterLabel,SortOrder,IsClosed,IsWon\n"
        + "Open,1,false,false\nClosed Won,2,true,true\nClosed Lost,3,true,false\n");
    Files.writeString(dir.resolve("User.csv"), "Id,IsActive,CreatedDate,LastModifiedDate\n"
        + "005A,true,2022-01-03T09:00:00Z,2024-01-01T09:00:00Z\n005B,false,2022-01-03T09:00:00Z,\n");
    StringBuilder calls = new StringBuilder("Id,OwnerId,CreatedDate,TaskSubtype,CallDisposition\n");
    for (int i = 0; i < 7; i++) {
      calls.append("c").append(i).append(",005A,2024-05-0").append(1 + i % 5)
          .append("T10:00:00Z,Call,").append(i < 4 ? "Spoke to assistant" : "No Answer").append('\n');
    }
    Files.writeString(dir.resolve("Task.csv"), calls.toString());
    return dir;
  }

  private static String row(String id, String owner, LocalDate created, LocalDate close,
      String stage, boolean closed, boolean won, String amount, String source, String currency) {
    return String.join(",", id, owner, "a" + id, created + "T09:30:00Z", close.toString(), stage,
        Boolean.toString(closed), Boolean.toString(won), amount, source, currency) + "\n";
  }

  @Test
  void check_listsEachPlantedProblemWithItsCount() throws IOException {
    CrmHistory h = ExportReader.read(export(tmp), Mapping.SALESFORCE, null, null);
    Calibration c = Calibrator.calibrate(h, new ScenarioLoader().loadDefaults().parameters(),
        CalibrationOptions.of(AS_OF));
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Problem p : c.problems()) {
      counts.merge(p.kind(), p.count(), Long::sum);
    }
    assertThat(counts)
        .containsEntry("duplicate_id", 1L)
        .containsEntry("closed_before_created", 1L)
        .containsEntry("missing_amount", 1L)
        .containsEntry("zero_amount", 1L)
        .containsEntry("negative_amount", 1L)
        .containsEntry("mixed_currencies", 3L)
        .containsEntry("sentinel_date", 30L)
        // the 40 early deals and the 4 healthy ones created before the first close (11 March)
        .containsEntry("early_closes_cut_off", 44L)
        .containsEntry("missing_lead_source", 2L)
        .containsEntry("no_stage_history", 79L)
        .containsEntry("stale_open_deals", 2L)
        .containsEntry("unknown_call_results", 4L)
        .containsEntry("leave_date_unknown", 1L)
        .containsEntry("open_deal_without_amount", 2L)
        .containsEntry("open_deal_owner_gone", 2L);
    assertThat(c.problems()).filteredOn(p -> p.kind().equals("sentinel_date")).singleElement()
        .satisfies(p -> assertThat(p.description()).contains("2024-08-15 on 30 rows"));
    // Out of the win rate: the 44 before the first close, the bulk import and the deal closed
    // before it was created; in: 56 healthy deals, 3 with bad amounts and 3 in euros.
    Estimate win = c.estimate("observed.win_rate_inbound");
    assertThat(win.n()).isEqualTo(56 + 3 + 3);
    // Values: every closed deal with a usable amount, won or lost — the 60 healthy, the 30 of the
    // bulk import, the 40 lost early and the one closed before it was created (its amount is
    // sound); the other currency, the missing, zero and negative amounts and the open deals out.
    assertThat(c.curves().values()).singleElement()
        .satisfies(v -> assertThat(v.amounts()).hasSize(60 + 30 + 40 + 1));
  }
}
