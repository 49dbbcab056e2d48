package salesim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM options Spark needs on Java 17 are the ones its own launcher uses: the pom (tests) and
 * ./salesim (engine spark) must pass every one of them, for the Spark version on the classpath.
 */
final class SparkJvmOptionsTest {

  private static final List<String> SPARK =
      Arrays.asList(JavaModuleOptions.defaultModuleOptions().trim().split("\\s+"));

  @Test
  void pom_passesEveryOptionOfSparksLauncher() throws IOException {
    Matcher m =
        Pattern.compile("<spark.javaOptions>([^<]*)</spark.javaOptions>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).isTrue();
    assertThat(Arrays.asList(m.group(1).trim().split("\\s+"))).containsAll(SPARK);
  }

  @Test
  void launcher_passesEveryOptionOfSparksLauncher() throws IOException {
    Matcher m =
        Pattern.compile("spark_java_options=\"([^\"]*)\"")
            .matcher(Files.readString(Path.of("salesim")));
    assertThat(m.find()).isTrue();
    assertThat(Arrays.asList(m.group(1).trim().split("\\s+"))).containsAll(SPARK);
  }
}
