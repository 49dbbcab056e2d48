package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress without a terminal (as under a test runner): one line per tenth of the total. */
final class ProgressTest {

  @Test
  void total_raisedAfterTheFirstBatch_keepsPrintingTenths() {
    List<String> lines =
        lines(
            progress -> {
              for (long done = 1; done <= 100; done++) {
                progress.update(done);
              }
              progress.total(200); // --precision asks for a second batch
              for (long done = 101; done <= 200; done++) {
                progress.update(done);
              }
            });
    assertThat(lines).hasSize(15);
    assertThat(lines.get(9)).startsWith("salesim: 100% (100 of 100 runs");
    assertThat(lines.get(10)).startsWith("salesim: 60% (120 of 200 runs");
    assertThat(lines.get(14)).startsWith("salesim: 100% (200 of 200 runs");
  }

  private static List<String> lines(java.util.function.Consumer<Progress> use) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (Progress progress = new Progress("run", 100, false)) {
      use.accept(progress);
    } finally {
      System.setErr(saved);
    }
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
