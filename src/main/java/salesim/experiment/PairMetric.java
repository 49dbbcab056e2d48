package salesim.experiment;

import salesim.model.ReplicationResult;

/**
 * A number computed from one replication of a variant and the same replication of the baseline
 * (common random numbers make them a matched pair): a stress test's bookings lost in the shock
 * window, say.
 */
public interface PairMetric {

  /** The stable snake_case name. */
  String key();

  /** The value for one matched pair. */
  double value(ReplicationResult baseline, ReplicationResult variant);
}
