package salesim.model.rep;

import salesim.model.base.Check;

/**
 * Who is hired into a kind of seat: the people's call reluctance (Dudley & Goodson: it differs
 * between people, persists, and falls with selection and coaching). Each hire draws her own
 * reluctance, lognormal around the profile's mean; it stays hers if she moves seat.
 *
 * @param callReluctance mean discomfort of an hour of cold calling, as a share of the rep's hourly
 *     base pay
 * @param callReluctanceCv spread between people (coefficient of variation)
 */
public record HiringProfile(double callReluctance, double callReluctanceCv) {

  public HiringProfile {
    Check.range("callReluctance", callReluctance, 0.0, 100.0);
    Check.range("callReluctanceCv", callReluctanceCv, 0.0, 5.0);
  }
}
