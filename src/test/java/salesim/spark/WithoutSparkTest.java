package salesim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark is a provided dependency: on the classpath the runnable jar has (no Spark, no Scala), the
 * local engine runs as before, and {@code --engine spark} stops with exit code 2 and says how to
 * get Spark. A real JVM, so nothing of Spark is loaded by accident.
 */
final class WithoutSparkTest {

  @TempDir Path tmp;

  @Test
  void withoutSpark_localRuns_andEngineSparkExitsWith2() throws Exception {
    Result local = salesim("--out", tmp.resolve("local").toString());
    assertThat(local.code).as(local.err).isZero();
    assertThat(tmp.resolve("local").resolve("summary.json")).exists();

    Result spark =
        salesim("--engine", "spark", "--master", "local[2]", "--out", tmp.resolve("s").toString());
    assertThat(spark.code).isEqualTo(2);
    assertThat(spark.err).contains("Spark is not on the classpath").contains("./salesim");
    assertThat(tmp.resolve("s")).doesNotExist();
  }

  private record Result(int code, String err) {}

  private Result salesim(String... extra) throws IOException, InterruptedException {
    String classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(e -> !e.contains("/org/apache/spark/") && !e.contains("/scala-lang/"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-cp", classpath, "salesim.cli.Main"));
    command.addAll(
        List.of("run", "scenarios/mixed-flat.yaml", "--runs", "2", "--set", "calendar.months=3",
            "--quiet"));
    command.addAll(List.of(extra));
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), err);
  }
}
