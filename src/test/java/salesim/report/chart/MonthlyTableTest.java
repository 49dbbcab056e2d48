package salesim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.report.chart.MonthlyTable.Stat;

final class MonthlyTableTest {

  @TempDir Path tmp;

  private Path write(String body) throws IOException {
    return Files.writeString(tmp.resolve("monthly.csv"), MonthlyTable.HEADER + "\n" + body);
  }

  @Test
  void read_keepsScenarioOrder_andSumsMeansToTotals() throws IOException {
    MonthlyTable t =
        MonthlyTable.read(
            write(
                "b,1,dials,10,1,2,3,4,5\n"
                    + "b,2,dials,20,1,2,3,4,5\n"
                    + "\"a, x\",1,dials,10,1,2,3,4,5\n"
                    + "\"a, x\",2,dials,21,1,2,3,4,5\n"));
    assertThat(t.scenarios()).containsExactly("b", "a, x");
    assertThat(t.months()).isEqualTo(2);
    assertThat(t.total("b", "dials")).isEqualTo(30);
    assertThat(t.series("a, x", "dials", Stat.P95)).containsExactly(5, 5);
    assertThat(t.firstDifference("b", "a, x")).isEqualTo(2);
    assertThat(t.firstDifference("b", "b")).isEqualTo(-1);
  }

  @Test
  void read_aMissingMonth_isMalformed_withTheLine() throws IOException {
    Path file = write("b,1,dials,10,1,2,3,4,5\nb,3,dials,20,1,2,3,4,5\n");
    assertThatThrownBy(() -> MonthlyTable.read(file))
        .isInstanceOf(MalformedOutputException.class)
        .hasMessage("monthly.csv line 3: month 3 of dials follows month 1");
  }

  @Test
  void read_anotherHeader_orNoFile_isMalformed() throws IOException {
    Path file = Files.writeString(tmp.resolve("monthly.csv"), "month,value\n1,2\n");
    assertThatThrownBy(() -> MonthlyTable.read(file))
        .hasMessageStartingWith("monthly.csv line 1: expected the header scenario,month,metric");
    assertThatThrownBy(() -> MonthlyTable.read(tmp.resolve("none.csv")))
        .hasMessage("monthly.csv: missing from the folder");
  }

  @Test
  void scenariosOverDifferentHorizons_chartTheCommonMonths_andTotalTheirOwn() throws IOException {
    MonthlyTable t =
        MonthlyTable.read(
            write(
                "short,1,dials,10,1,2,3,4,5\n"
                    + "short,2,dials,20,1,2,3,4,5\n"
                    + "long,1,dials,1,1,2,3,4,5\n"
                    + "long,2,dials,2,1,2,3,4,5\n"
                    + "long,3,dials,4,1,2,3,4,5\n"));
    assertThat(t.horizonsDiffer()).isTrue();
    assertThat(t.months()).isEqualTo(2);
    assertThat(t.months("long")).isEqualTo(3);
    assertThat(t.longest()).isEqualTo(3);
    assertThat(t.series("long", "dials", Stat.MEAN)).containsExactly(1, 2);
    assertThat(t.total("long", "dials")).isEqualTo(7);
    assertThat(t.total("short", "dials")).isEqualTo(30);
  }

  @Test
  void oneScenarioWhoseSeriesDisagree_isStillMalformed() throws IOException {
    Path file =
        write(
            "x,1,dials,1,1,2,3,4,5\nx,2,dials,1,1,2,3,4,5\nx,1,connects,1,1,2,3,4,5\n");
    assertThatThrownBy(() -> MonthlyTable.read(file))
        .hasMessageContaining("has 1 months, the scenario's other series 2");
  }
}
