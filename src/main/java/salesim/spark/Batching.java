package salesim.spark;

/**
 * How a run of replications is cut into Spark jobs (batches) and partitions (tasks).
 *
 * <p>A batch is {@code partitions} partitions of {@code perPartition} consecutive replications:
 * two partitions per task slot, so a slow partition does not leave a core idle for a whole batch,
 * and at most {@code targetPerPartition} replications each, so a task runs long enough (about a
 * second on the reference scenario) to amortise Spark's per-task cost. Two limits shrink a
 * partition: a batch carries at most {@code maxBatchResults} results (replications × variants),
 * which bounds the driver's memory whatever the cluster's size, and a short run is spread over
 * every slot instead of filling the first ones.
 *
 * @param partitions partitions per batch
 * @param perPartition replications per partition
 */
record Batching(int partitions, long perPartition) {

  /** Replications per partition unless a limit says fewer (replicationsPerPartition). */
  static final int TARGET_PER_PARTITION = 64;
  /** Results one batch may hold on the driver (spark.salesim.maxBatchResults). */
  static final int MAX_BATCH_RESULTS = 4096;
  /** Partitions per task slot in a batch. */
  static final int PARTITIONS_PER_SLOT = 2;

  Batching {
    if (partitions < 1 || perPartition < 1) {
      throw new IllegalArgumentException(
          "batching needs at least one replication in one partition: " + partitions + " x "
              + perPartition);
    }
  }

  /**
   * The batching for {@code count} replications of {@code variants} variants on {@code slots}
   * task slots (the cores registered when the batch is planned).
   */
  static Batching plan(
      int slots, int variants, long count, int targetPerPartition, int maxBatchResults) {
    int partitions = Math.max(1, slots) * PARTITIONS_PER_SLOT;
    long perPartition = Math.max(1, targetPerPartition);
    long fitsInABatch = maxBatchResults / ((long) variants * partitions);
    perPartition = Math.min(perPartition, Math.max(1, fitsInABatch));
    perPartition = Math.min(perPartition, Math.max(1, ceilDiv(count, partitions)));
    return new Batching(partitions, perPartition);
  }

  /** Replications per batch. */
  long batchSize() {
    return partitions * perPartition;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
