package salesim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class BatchingTest {

  @Test
  void plan_longRunOnTwoSlots_fillsPartitionsToTheTarget() {
    Batching b = Batching.plan(2, 1, 10_000, 64, 4096);
    assertThat(b.partitions()).isEqualTo(4);
    assertThat(b.perPartition()).isEqualTo(64);
    assertThat(b.batchSize()).isEqualTo(256);
  }

  @Test
  void plan_manyVariantsOnABigCluster_isCappedByDriverMemory() {
    // 200 slots x 2 partitions, 15 grid points: 4096 results allow 1 replication per partition.
    Batching b = Batching.plan(200, 15, 100_000, 64, 4096);
    assertThat(b.partitions()).isEqualTo(400);
    assertThat(b.perPartition()).isEqualTo(1);
    // 50 slots, 4 variants: 4096 / (4 x 100) = 10 replications per partition.
    assertThat(Batching.plan(50, 4, 100_000, 64, 4096).perPartition()).isEqualTo(10);
  }

  @Test
  void plan_shortRun_isSpreadOverEverySlot() {
    Batching b = Batching.plan(2, 1, 10, 64, 4096);
    assertThat(b.perPartition()).isEqualTo(3);
    assertThat(b.batchSize()).isGreaterThanOrEqualTo(10);
    assertThat(Batching.plan(8, 1, 1, 64, 4096).perPartition()).isEqualTo(1);
  }

  @Test
  void constructor_emptyBatch_isRefused() {
    assertThatThrownBy(() -> new Batching(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
