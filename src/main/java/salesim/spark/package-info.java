/**
 * Layer 5b, the Spark engine: runs an experiment's replications on a Spark cluster (or {@code
 * local[N]}) and hands them back in replication order, so the outputs are the same bytes as the
 * local engine's. May import experiment, scenario, model, kernel and Spark. Nothing imports it:
 * the command line loads {@link salesim.spark.SparkEngine} reflectively, and only for {@code
 * --engine spark}, so Spark (a {@code provided} dependency) is never needed otherwise; no other
 * package may touch Spark or Scala classes (ArchitectureTest).
 */
package salesim.spark;
