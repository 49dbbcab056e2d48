package salesim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.cli.Main;

/**
 * The acceptance test: the same experiment on {@code --engine spark --master local[2]}
 * writes byte-identical summary.json, monthly.csv and runs.csv to the local thread pool. Partitions
 * are made tiny so a short run still spans several batches, a partial last batch and the
 * submit-ahead of the next batch.
 */
final class SparkEngineTest {

  private static final String SHORT = "calendar.months=12";

  @TempDir Path tmp;

  @BeforeAll
  static void tinyPartitions() {
    // SparkConf reads spark.* system properties: 3 replications per partition, 4 per batch.
    System.setProperty(SparkEngine.PER_PARTITION, "3");
  }

  @AfterAll
  static void restore() {
    System.clearProperty(SparkEngine.PER_PARTITION);
  }

  @Test
  void run_onSparkLocal2_writesTheSameBytesAsTheLocalEngine() throws IOException {
    List<String> common =
        List.of("run", "scenarios/mixed-flat.yaml", "--runs", "40", "--seed", "11", "--set", SHORT,
            "--quiet");
    Path local = execute(common, "local", "--threads", "2");
    Path spark = execute(common, "spark", "--engine", "spark", "--master", "local[2]");

    for (String file : new String[] {"summary.json", "monthly.csv", "runs.csv"}) {
      assertThat(Files.readAllBytes(spark.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(local.resolve(file)));
    }
    List<String> rows = Files.readAllLines(spark.resolve("runs.csv"));
    assertThat(rows).hasSize(1 + 40);
    for (int r = 0; r < 40; r++) {
      assertThat(rows.get(1 + r)).startsWith("mixed-flat," + r + ",");
    }
  }

  @Test
  void sweep_onSparkLocal2_writesTheSameBytesAsTheLocalEngine() throws IOException {
    List<String> common =
        List.of("sweep", "scenarios/split-weighted.yaml", "--runs", "9", "--set", SHORT,
            "--vary", "comp.commission.outboundMultiplier=1,3,6", "--quiet");
    Path local = execute(common, "local", "--threads", "2");
    Path spark = execute(common, "spark", "--engine", "spark", "--master", "local[2]");

    for (String file : new String[] {"summary.json", "monthly.csv", "runs.csv", "sweep.csv"}) {
      assertThat(Files.readAllBytes(spark.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(local.resolve(file)));
    }
    // Three grid points per replication, replications in order.
    List<String> rows = Files.readAllLines(spark.resolve("runs.csv"));
    assertThat(rows).hasSize(1 + 3 * 9);
    assertThat(rows.get(4)).contains(",1,");
  }

  @Test
  void badMaster_exitsWith2() {
    assertThat(
            Main.execute("run", "scenarios/mixed-flat.yaml", "--runs", "2", "--set", SHORT,
                "--engine", "spark", "--master", "nonsense://x", "--out",
                tmp.resolve("bad").toString(), "--quiet"))
        .isEqualTo(2);
    assertThat(tmp.resolve("bad")).doesNotExist();
  }

  private Path execute(List<String> common, String name, String... engine) {
    Path out = tmp.resolve(name);
    List<String> args = new ArrayList<>(common);
    args.addAll(List.of(engine));
    args.addAll(List.of("--out", out.toString()));
    assertThat(Main.execute(args.toArray(new String[0]))).as(String.join(" ", args)).isZero();
    return out;
  }
}
