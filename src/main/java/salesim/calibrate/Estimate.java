package salesim.calibrate;

import java.util.List;
import java.util.Objects;

/**
 * One value the data informs, with its provenance: the estimate, its 95 % interval, how many
 * observations it rests on, how it was computed and from which columns, and what the scenario
 * does with it.
 *
 * @param key a stable name ({@code inbound.leadsPerMonth}, {@code pipeline.inbound[1].meanDays},
 *     {@code observed.responseHours})
 * @param path the scenario field it sets, or null when it sets none (observed facts)
 * @param label what it is, in words
 * @param unit its unit ("leads/month", "share", "working days")
 * @param value the estimate, or the value kept (insufficient history)
 * @param low the interval's lower end, NaN when there is none
 * @param high its upper end
 * @param n the sample size
 * @param sampleUnit what n counts ("months", "deals", "calls")
 * @param method how it was computed
 * @param columns the export's columns it read
 * @param status what the scenario does with it
 * @param reference the base scenario's value (what it replaces or keeps), NaN if none
 * @param benchmark the published range, or null
 */
public record Estimate(
    String key,
    String path,
    String label,
    String unit,
    double value,
    double low,
    double high,
    long n,
    String sampleUnit,
    String method,
    List<String> columns,
    Status status,
    double reference,
    Benchmark benchmark) {

  public Estimate {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(sampleUnit, "sampleUnit");
    Objects.requireNonNull(method, "method");
    columns = List.copyOf(columns);
    Objects.requireNonNull(status, "status");
  }

  /** Whether the scenario takes the value from the data (estimated or pooled). */
  public boolean sets() {
    return path != null && (status == Status.ESTIMATED || status == Status.POOLED);
  }

  /** Whether the interval holds {@code truth} (for the round-trip test). */
  public boolean covers(double truth) {
    return low <= truth && truth <= high;
  }
}
