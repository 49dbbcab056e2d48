package salesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import salesim.report.chart.MalformedOutputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of a calibration (issue 17): report.html, report.pdf and charts/ drawn from the
 * folder's calibration.json alone, in the house style of every report (the same page parts,
 * chart style and writers), so {@code salesim report DIR} redraws it.
 *
 * <p>Stateless; not thread-safe for the same folder.
 */
public final class CalibrationReport {

  /** The file the report is drawn from: the calibration's side file, copied. */
  public static final String FILE = "calibration.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private CalibrationReport() {}

  /** Draws the report of the calibration in {@code folder}. */
  public static void render(Path folder) {
    render(folder, folder);
  }

  /** Reads {@code inputs}/calibration.json and writes the report into {@code outputs}. */
  static void render(Path inputs, Path outputs) {
    Page page = CalibrationPage.build(read(inputs.resolve(FILE)));
    ReportWriter.write(page, outputs, ReportWriter.fileId(inputs.resolve(FILE)));
  }

  /** Whether a folder holds a calibration (rather than an experiment's summary.json). */
  static boolean isCalibration(Path folder) {
    return Files.isRegularFile(folder.resolve(FILE)) && !Files.exists(folder.resolve(Summary.FILE));
  }

  static JsonNode read(Path file) {
    try {
      JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (root == null || !root.isObject() || !"calibration".equals(root.path("kind").asString())) {
        throw new MalformedOutputException(FILE, "is not a calibration (no \"kind\": \"calibration\")");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new MalformedOutputException(FILE, "is missing");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (JacksonException e) {
      throw new MalformedOutputException(FILE, "is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
