package salesim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The committed outputs of a small comparison (see src/test/resources/salesim/report/README.md).
 */
public final class Fixtures {

  /** The files of an experiment's output folder that a report reads. */
  public static final List<String> FILES = List.of("summary.json", "monthly.csv", "runs.csv");

  private Fixtures() {}

  /** Copies the comparison's outputs into {@code folder} (created) and returns it. */
  public static Path compare(Path folder) {
    try {
      Files.createDirectories(folder);
      for (String name : FILES) {
        try (InputStream in =
            Fixtures.class.getResourceAsStream("/salesim/report/compare/" + name)) {
          if (in == null) {
            throw new IllegalStateException("missing test resource compare/" + name);
          }
          Files.write(folder.resolve(name), in.readAllBytes());
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
