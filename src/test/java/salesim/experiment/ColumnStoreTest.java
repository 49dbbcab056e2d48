package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ColumnStoreTest {

  @TempDir Path tmp;

  @Test
  void select_returnsExactOrderStatistics_forAwkwardColumns() {
    Random random = new Random(3);
    int n = 300_000;
    double[][] columns = new double[4][n];
    for (int i = 0; i < n; i++) {
      columns[0][i] = Math.exp(random.nextGaussian() * 4); // heavy tail: most values in one bin
      columns[1][i] = random.nextInt(5); // few distinct values, many ties
      columns[2][i] = 1e6 + random.nextGaussian() * 1e-6; // tiny spread around a large value
      columns[3][i] = i % 7 == 0 ? -1e9 : random.nextDouble(); // far outliers
    }
    try (ColumnStore store = new ColumnStore(tmp, "c", 4, 0)) {
      double[] row = new double[4];
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < 4; c++) {
          row[c] = columns[c][i];
        }
        store.append(row);
      }
      long[] ranks = {0, 1, 14_999, 15_000, 149_999, 150_000, n - 2L, n - 1L};
      for (int c = 0; c < 4; c++) {
        double[] sorted = columns[c].clone();
        Arrays.sort(sorted);
        double[] selected = store.select(c, ranks, sorted[0], sorted[n - 1]);
        for (int i = 0; i < ranks.length; i++) {
          assertThat(selected[i]).as("column %d rank %d", c, ranks[i]).isEqualTo(sorted[(int) ranks[i]]);
        }
      }
    }
  }
}
