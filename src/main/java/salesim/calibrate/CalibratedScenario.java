package salesim.calibrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioException;
import salesim.scenario.ScenarioLoader;

/**
 * Binds a calibration's scenario through the scenario loader, so it is validated exactly as the
 * file {@code salesim calibrate} writes, its {@code start:} included: the company's team, open
 * deals and customers at the as-of date, from which the model starts instead of warming up.
 *
 * <p>Stateless; thread-safe.
 */
public final class CalibratedScenario {

  private CalibratedScenario() {}

  /**
   * The calibrated scenario, bound.
   *
   * @param base the base scenario file, or null for the built-in reference
   * @param months the horizon to run it for, or 0 to keep the base's
   * @throws ScenarioException naming {@code display} if the calibrated values do not validate
   */
  public static Scenario bind(Calibration c, String name, Path base, int months, String display) {
    String text = ScenarioText.of(c, name,
        base == null ? null : base.toAbsolutePath().normalize().toString(), true);
    if (months > 0) {
      text += "calendar:\n  months: " + months + "\n";
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("salesim-calibrate");
      Path file = dir.resolve("calibrated.yaml");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      try {
        return new ScenarioLoader().load(file);
      } catch (ScenarioException e) {
        throw new ScenarioException(display, e.path(),
            e.problem() + " (a calibrated value the scenario does not accept)", e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary file: " + e.getMessage(), e);
    } finally {
      if (dir != null) {
        try {
          Files.deleteIfExists(dir.resolve("calibrated.yaml"));
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // A leftover temporary file is harmless.
        }
      }
    }
  }
}
