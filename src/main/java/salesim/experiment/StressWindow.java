package salesim.experiment;

import java.util.List;
import salesim.model.shock.Shock;

/**
 * When a shock file's shocks, taken together, act on a plan: from the first start to the last end
 * (cut at the horizon), with the month they are at their worst.
 *
 * @param first the first month (0-based) any shock is active
 * @param last the month after the last one any shock is active, at most the horizon
 * @param trough the month the shocks, summed, are at their worst
 * @param months the horizon
 * @param shockEnd the month (0-based, exclusive; may pass the horizon) the last shock ends
 */
public record StressWindow(int first, int last, int trough, int months, int shockEnd) {

  /** Whether every shock has ended before the horizon does, leaving months to recover in. */
  public boolean endsInHorizon() {
    return shockEnd < months;
  }

  /** The window of a shock file's shocks over a horizon of {@code months}. */
  public static StressWindow of(List<Shock> shocks, int months) {
    int start = months;
    int end = 0;
    for (Shock shock : shocks) {
      start = Math.min(start, shock.startMonth());
      end = Math.max(end, (int) Math.ceil(shock.startMonth() + shock.durationMonths()));
    }
    int shockEnd = end;
    end = Math.min(end, months);
    return new StressWindow(
        start, end, StressMetrics.trough(shocks, start, months), months, shockEnd);
  }
}
