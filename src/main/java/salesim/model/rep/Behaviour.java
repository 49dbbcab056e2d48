package salesim.model.rep;

import salesim.model.base.Check;

/**
 * How reps choose what to do next (DESIGN.md §2, "the heart of the model"): a logit over each open
 * activity's perceived value per hour. Every setting that would be money is a share of the rep's
 * own hourly base pay, so a scenario means the same in any currency and at any pay level.
 *
 * @param choiceTemperature logit temperature, as a share of the rep's hourly base pay; 0 is greedy
 * @param presentBiasPerMonth hyperbolic discount: a payoff {@code d} months away is worth
 *     {@code 1 / (1 + presentBiasPerMonth × d)}
 * @param lossAversion extra weight a rep puts on commission while her quota is not covered: the
 *     value of every earning option is multiplied by {@code 1 + lossAversion × gap}, where gap is
 *     the share of the period's quota neither booked nor expected from her open pipeline
 * @param jobSecurity what an idle hour costs a rep with a full gap, as a share of her hourly base
 *     pay (idle and far behind pace is how reps get noticed)
 * @param giveUpRatio the rep gives up on a period (no pressure, easing off) once the gap exceeds
 *     this multiple of the share of the period left
 * @param effortElasticity how much work per hour (dials, deal work, responses) rises with the
 *     rep's drive: {@code 1 + elasticity × (drive − 1)}, where drive is the marginal commission
 *     rate over the plan's base rate times the pressure
 * @param effortMin the least work per hour, as a share of normal (an eased-off rep)
 * @param effortMax the most work per hour, as a share of normal (longer days, faster dialling)
 * @param learning whether reps update their prospecting and qualification rates from their own
 *     results
 * @param priorHours weight of the prior belief, in hours of experience, when learning
 * @param memoryMonths how long experience counts: observations fade by {@code exp(-1/memory)} a
 *     month, so beliefs follow a changing market
 * @param idleCheckHours how long an idle rep waits before reconsidering, absent news
 */
public record Behaviour(
    double choiceTemperature,
    double presentBiasPerMonth,
    double lossAversion,
    double jobSecurity,
    double giveUpRatio,
    double effortElasticity,
    double effortMin,
    double effortMax,
    boolean learning,
    double priorHours,
    double memoryMonths,
    double idleCheckHours) {

  public Behaviour {
    Check.range("choiceTemperature", choiceTemperature, 0.0, 100.0);
    Check.range("presentBiasPerMonth", presentBiasPerMonth, 0.0, 10.0);
    Check.range("lossAversion", lossAversion, 0.0, 10.0);
    Check.range("jobSecurity", jobSecurity, 0.0, 10.0);
    Check.range("giveUpRatio", giveUpRatio, 0.1, 100.0);
    Check.range("effortElasticity", effortElasticity, 0.0, 5.0);
    Check.range("effortMin", effortMin, 0.1, 1.0);
    Check.range("effortMax", effortMax, 1.0, 3.0);
    Check.positive("priorHours", priorHours);
    Check.range("memoryMonths", memoryMonths, 0.1, 1200.0);
    Check.range("idleCheckHours", idleCheckHours, 0.05, 24.0);
  }

  /** Work per hour at a given drive (1 = normal), within the effort bounds. */
  public double effort(double drive) {
    return Math.max(effortMin, Math.min(effortMax, 1.0 + effortElasticity * (drive - 1.0)));
  }
}
