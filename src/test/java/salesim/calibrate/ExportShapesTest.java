package salesim.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.crm.CrmHistory;
import salesim.crm.ExportReader;
import salesim.crm.ExportWriter;
import salesim.crm.Mapping;
import salesim.model.SalesParameters;
import salesim.scenario.ScenarioLoader;

/**
 * One history written in the Salesforce shape and in the HubSpot shape calibrates to the same
 * numbers: the shape of the export changes the columns read, not the estimates (up to HubSpot's
 * times to the second). Show rate and the meeting rate differ by design: a Salesforce Event has
 * no outcome, so no-shows are not in that export.
 */
final class ExportShapesTest {

  @TempDir Path tmp;

  @Test
  void salesforceAndHubspotShapes_calibrateToTheSameNumbers() throws IOException {
    ScenarioLoader loader = new ScenarioLoader();
    SalesParameters truth =
        loader.load(Path.of("src/test/resources/salesim/calibrate/truth.yaml")).parameters();
    SalesParameters reference = loader.loadDefaults().parameters();
    CrmHistory h = SyntheticCompany.generate(truth, 24, 9, 0.5);
    Path sf = Files.createDirectories(tmp.resolve("salesforce"));
    Path hs = Files.createDirectories(tmp.resolve("hubspot"));
    ExportWriter.salesforce(h, sf);
    ExportWriter.hubspot(h, hs);
    CalibrationOptions options = CalibrationOptions.of(CalibrationRoundTripTest.AS_OF);
    Calibration a = Calibrator.calibrate(ExportReader.read(sf, Mapping.SALESFORCE, null, null),
        reference, options);
    Calibration b = Calibrator.calibrate(ExportReader.read(hs, Mapping.HUBSPOT, null, null),
        reference, options);
    int compared = 0;
    for (Estimate e : a.estimates()) {
      if (List.of("outbound.showRate", "outbound.meetingRateGivenNeed",
          "observed.meetings_per_conversation").contains(e.key())) {
        continue;
      }
      Estimate other = b.estimate(e.key());
      assertThat(other).as(e.key()).isNotNull();
      assertThat(other.status()).as(e.key()).isEqualTo(e.status());
      assertThat(other.n()).as(e.key()).isEqualTo(e.n());
      assertThat(other.value()).as(e.key())
          .isCloseTo(e.value(), org.assertj.core.api.Assertions.within(1e-3 * Math.max(1, Math.abs(e.value()))));
      compared++;
    }
    assertThat(compared).isGreaterThan(50);
    assertThat(b.estimate("outbound.showRate").status()).isEqualTo(Status.ESTIMATED);
    assertThat(a.estimate("outbound.showRate").status()).isEqualTo(Status.INSUFFICIENT_HISTORY);
    assertThat(b.start().reps()).isEqualTo(a.start().reps());
    assertThat(b.start().deals()).hasSameSizeAs(a.start().deals());
    for (int i = 0; i < a.start().deals().size(); i++) {
      StartState.Deal x = a.start().deals().get(i);
      StartState.Deal y = b.start().deals().get(i);
      assertThat(y.stage()).isEqualTo(x.stage());
      assertThat(y.value()).isEqualTo(x.value());
      assertThat(y.daysInStage()).isCloseTo(x.daysInStage(), org.assertj.core.api.Assertions.within(0.11));
    }
  }
}
