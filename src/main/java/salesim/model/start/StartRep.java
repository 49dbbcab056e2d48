package salesim.model.start;

import salesim.model.base.Check;
import salesim.model.rep.Role;

/**
 * A rep on the team when the run starts.
 *
 * @param id the rep's id (deals name their owner by it)
 * @param role her role
 * @param tenureMonths months on the team
 * @param rampedShare her productivity now as a share of full (1 = ramped); below 1 it sets where
 *     she is on her ramp
 */
public record StartRep(String id, Role role, double tenureMonths, double rampedShare) {

  public StartRep {
    Check.present("id", id);
    Check.present("role", role);
    Check.range("tenureMonths", tenureMonths, 0.0, 1200.0);
    Check.probability("rampedShare", rampedShare);
  }

  /**
   * The tenure the model gives her: her months on the team, or, below full productivity, where a
   * linear ramp from {@code rampStart} to 1 over {@code rampMonths} puts her.
   */
  public double effectiveTenureMonths(double rampMonths, double rampStart) {
    if (rampedShare < 1.0 && rampMonths > 0.0) {
      return Math.max(0.0, (rampedShare - rampStart) / (1.0 - rampStart) * rampMonths);
    }
    return tenureMonths;
  }
}
