package salesim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HistogramTest {

  @TempDir Path tmp;

  @Test
  void edges_haveARoundWidth_andCoverTheRange() {
    double[] edges = Histogram.edges(1_234_567, 9_876_543, 20);
    double width = edges[1] - edges[0];
    assertThat(width).isEqualTo(500_000);
    assertThat(edges[0]).isLessThanOrEqualTo(1_234_567);
    assertThat(edges[edges.length - 1]).isGreaterThan(9_876_543);
  }

  @Test
  void edges_ofASingleValue_makeOneBinAroundIt() {
    assertThat(Histogram.edges(0, 0, 20)).containsExactly(-0.5, 0.5);
  }

  @Test
  void bin_putsEdgesInTheBinTheyOpen_andTheTopInTheLast() {
    double[] edges = {0, 10, 20, 30};
    assertThat(Histogram.bin(edges, 0)).isZero();
    assertThat(Histogram.bin(edges, 10)).isEqualTo(1);
    assertThat(Histogram.bin(edges, 29.9)).isEqualTo(2);
    assertThat(Histogram.bin(edges, 30)).isEqualTo(2);
  }

  @Test
  void read_countsEveryRunOnce_perScenario_withQuotedNames() throws IOException {
    Path runs = tmp.resolve("runs.csv");
    Files.writeString(
        runs,
        "scenario,replication,bookings_total,contribution\n"
            + "\"a, b\",0,10,1\n"
            + "c,0,20,-1\n"
            + "\"a, b\",1,30,2\n"
            + "c,1,40,5\n");
    Map<String, Histogram> h = Histogram.read(runs, List.of("bookings_total", "contribution"));
    Histogram bookings = h.get("bookings_total");
    assertThat(bookings.scenarios()).containsExactly("a, b", "c");
    assertThat(bookings.runs("a, b")).isEqualTo(2);
    assertThat(java.util.Arrays.stream(bookings.counts("c")).sum()).isEqualTo(2);
    assertThat(Histogram.bins(4)).isEqualTo(Histogram.MIN_BINS);
    assertThat(Histogram.bins(1_000_000)).isEqualTo(Histogram.MAX_BINS);
  }

  @Test
  void read_aBadNumber_namesTheFileLineAndColumn() throws IOException {
    Path runs = tmp.resolve("runs.csv");
    Files.writeString(runs, "scenario,replication,bookings_total\na,0,12\na,1,twelve\n");
    assertThatThrownBy(() -> Histogram.read(runs, List.of("bookings_total")))
        .isInstanceOf(MalformedOutputException.class)
        .hasMessage("runs.csv line 3: bookings_total is not a number (got twelve)");
  }
}
