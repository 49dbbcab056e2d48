package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.calibrate.SyntheticCompany;
import salesim.crm.CrmHistory;
import salesim.crm.ExportWriter;
import salesim.scenario.ScenarioLoader;

/**
 * Issue 17's size claim: calibrating a 24-month Salesforce export with about 10,000 opportunities
 * takes under 30 s on two cores, end to end (reading the CSV files, every estimate, the scenario,
 * the side file and the report). Run on its own, it is not part of the default suite:
 *
 * <pre>mvn -B -ntp test -Dtest=CalibrationScaleTest -Dsalesim.scale=true</pre>
 */
final class CalibrationScaleTest {

  @TempDir Path tmp;

  @Test
  void calibrate_tenThousandOpportunities_underThirtySeconds() throws IOException {
    assumeTrue(Boolean.getBoolean("salesim.scale"), "run with -Dsalesim.scale=true");
    var p = new ScenarioLoader().load(Path.of("src/test/resources/salesim/calibrate/scale.yaml"))
        .parameters();
    CrmHistory h = SyntheticCompany.generate(p, 24, 1);
    Path export = Files.createDirectories(tmp.resolve("export"));
    ExportWriter.salesforce(h, export);
    long start = System.nanoTime();
    var run = CalibrateCommandTest.salesim("calibrate", "--from", "salesforce", export.toString(),
        "--as-of", "2025-12-31", "--out", tmp.resolve("scale.yaml").toString(), "--report",
        tmp.resolve("report").toString(), "--threads", "2");
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes;
    try (var files = Files.list(export)) {
      bytes = files.mapToLong(f -> f.toFile().length()).sum();
    }
    System.out.printf(Locale.ROOT, "calibrate: %,d opportunities, %,d stage changes, %,d leads,"
        + " %,d calls (%.1f MB of CSV) in %.1f s%n", h.opportunities().size(),
        h.stageChanges().size(), h.leads().size(), h.calls().size(), bytes / 1e6, seconds);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(h.opportunities().size()).isBetween(9_000, 11_000);
    assertThat(seconds).isLessThan(30);
  }
}
