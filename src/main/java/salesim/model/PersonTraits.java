package salesim.model;

import salesim.kernel.random.RandomStream;
import salesim.model.rep.HiringProfiles;
import salesim.model.rep.Role;

/**
 * What each person on the team brings (Dudley and Goodson's call reluctance is the person's, not
 * the job title's): her inbound and her outbound skill, and her discomfort with cold calling as a
 * share of her hourly base pay — drawn when she is hired, from the hiring profile of the seat's
 * role, and kept when she moves seat, except that her reluctance drifts toward her new role's
 * profile with the scenario's time constant.
 *
 * <p>Note: This class is not thread-safe.
 */
final class PersonTraits {

  private final HiringProfiles profiles;
  private final double skillSd;
  private final double[] inboundSkill;
  private final double[] outboundSkill;
  /** The person's own factor on her profile's reluctance (lognormal, mean 1). */
  private final double[] reluctanceFactor;
  /** The profile mean her reluctance currently sits around (drifts toward her role's). */
  private final double[] reluctanceMean;
  /** How much a month of drift moves reluctance toward the role's profile: 1 - e^(-1/tau). */
  private final double adaptation;

  PersonTraits(SalesParameters p, int seats) {
    this.profiles = p.team().profiles();
    this.skillSd = p.team().skillSd();
    inboundSkill = new double[seats];
    outboundSkill = new double[seats];
    reluctanceFactor = new double[seats];
    reluctanceMean = new double[seats];
    double tau = p.team().reluctanceAdaptationMonths();
    this.adaptation = tau <= 0.0 ? 1.0 : 1.0 - StrictMath.exp(-1.0 / tau);
  }

  /** Draws a new hire's traits from the seat's stream, already positioned for this hire. */
  void draw(int seat, Role role, RandomStream keyed) {
    inboundSkill[seat] = skillSd > 0 ? keyed.lognormal(0.0, skillSd) : 1.0;
    outboundSkill[seat] = skillSd > 0 ? keyed.lognormal(0.0, skillSd) : 1.0;
    // Hired into this seat's role, from its profile: her reluctance is hers from now on.
    var profile = profiles.of(role);
    double cv = profile.callReluctanceCv();
    double sigma = StrictMath.sqrt(StrictMath.log1p(cv * cv));
    reluctanceFactor[seat] = cv > 0 ? keyed.lognormal(-sigma * sigma / 2.0, sigma) : 1.0;
    reluctanceMean[seat] = profile.callReluctance();
  }

  /** A month of drift of an active rep's reluctance toward her role's profile. */
  void drift(int seat, Role role) {
    double target = profiles.of(role).callReluctance();
    reluctanceMean[seat] += adaptation * (target - reluctanceMean[seat]);
  }

  /** A move to another role: with no adaptation time, her reluctance is the new profile's. */
  void moved(int seat, Role role) {
    if (adaptation >= 1.0) {
      reluctanceMean[seat] = profiles.of(role).callReluctance();
    }
  }

  double inboundSkill(int seat) {
    return inboundSkill[seat];
  }

  double outboundSkill(int seat) {
    return outboundSkill[seat];
  }

  /** The rep's call reluctance now, as a share of her hourly base pay. */
  double reluctance(int seat) {
    return reluctanceFactor[seat] * reluctanceMean[seat];
  }

  /**
   * How much better suited to inbound than to outbound a rep is: her skill ratio and her call
   * reluctance against the mixed profile's (log scale; higher = inbound).
   */
  double inboundAdvantage(int seat) {
    double reference = Math.max(profiles.mixed().callReluctance(), 0.01);
    double reluctance = Math.max(reluctance(seat), 0.01 * reference);
    return StrictMath.log(inboundSkill[seat] / outboundSkill[seat])
        + StrictMath.log(reluctance / reference);
  }
}
