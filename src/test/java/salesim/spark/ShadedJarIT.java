package salesim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar on a cluster's classpath: spark-submit puts Spark's own jackson-annotations
 * (2.21 in Spark 4.2.0) before the application jar, while salesim's Jackson 3.3 needs 2.23 — with
 * 2.21 first, unrelocated, loading a scenario fails with {@code NoSuchMethodError:
 * JsonTypeInfo$Value.getWriteTypeIdForDefaultImpl()}. The jar relocates its copy, so it must load
 * scenarios and write outputs whatever annotations come first. Runs after {@code package} (the
 * {@code shaded-jar} surefire execution), which also fetches Spark's annotations jar.
 */
final class ShadedJarIT {

  @TempDir Path tmp;

  @Test
  void runnableJar_behindSparksJacksonAnnotations_loadsAndWrites() throws Exception {
    Path jar = Path.of("target", "salesim.jar");
    assertThat(jar).exists();
    Path sparks = Path.of(System.getProperty("salesim.it.sparkAnnotations"));
    assertThat(sparks).exists();

    Path out = tmp.resolve("out");
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", sparks + File.pathSeparator + jar,
                    "salesim.cli.Main", "run", "scenarios/split-weighted.yaml", "--runs", "2",
                    "--set", "calendar.months=3", "--threads", "1", "--quiet",
                    "--out", out.toString()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"bookings_total\"");
  }
}
