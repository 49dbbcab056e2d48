package salesim.calibrate;

import java.util.Objects;

/**
 * A problem in the data, with how many rows it touches and what calibration did about it.
 *
 * @param kind a stable name (closed_before_created, missing_amount, duplicate_id, sentinel_date,
 *     early_closes_cut_off, mixed_currencies, dropped_rows, ...)
 * @param description what was found, in words
 * @param count rows (or records) it touches
 * @param effect what calibration did: left them out of which estimates, or nothing
 */
public record Problem(String kind, String description, long count, String effect) {

  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(effect, "effect");
  }
}
