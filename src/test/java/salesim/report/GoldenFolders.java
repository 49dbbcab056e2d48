package salesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import salesim.report.chart.MonthlyTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The golden experiments' stored outputs (src/test/resources/salesim/golden), as pages read them. */
final class GoldenFolders {

  private static final Path GOLDEN = Path.of("src/test/resources/salesim/golden");

  private GoldenFolders() {}

  /** A golden case's summary.json as a plain tree, for the test's own arithmetic. */
  static JsonNode json(String name) {
    try {
      return JsonMapper.builder().build().readTree(GOLDEN.resolve(name).resolve(Summary.FILE));
    } catch (RuntimeException e) {
      throw new IllegalStateException(name, e);
    }
  }

  /** A golden case's summary.json, as the report reads it. */
  static Summary summary(String name) {
    return Summary.read(GOLDEN.resolve(name).resolve(Summary.FILE));
  }

  /** A summary written to a file (for edited copies). */
  static Summary summary(Path folder, JsonNode tree) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(Summary.FILE);
      Files.writeString(file, tree.toString());
      return Summary.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A golden case's monthly.csv. */
  static MonthlyTable monthly(String name) {
    return MonthlyTable.read(GOLDEN.resolve(name).resolve(MonthlyTable.FILE));
  }
}
