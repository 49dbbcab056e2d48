package salesim.model.rep;

import salesim.model.base.Check;

/**
 * How reps choose what to do next (DESIGN.md §2, "the heart of the model"): a logit over each open
 * activity's perceived value per hour.
 *
 * @param temperature logit temperature in currency per hour; 0 is pure greedy
 * @param presentBiasPerMonth hyperbolic discount: a payoff {@code d} months away is worth
 *     {@code 1 / (1 + presentBiasPerMonth × d)}
 * @param resistancePerHour the per-hour discomfort of cold calling (currency per hour), by role:
 *     lower for reps hired and coached for outbound
 * @param learning whether reps update their prospecting and qualification rates from their own
 *     results
 * @param priorHours weight of the prior belief, in hours of experience, when learning
 * @param memoryMonths how long experience counts: observations fade by {@code exp(-1/memory)} a
 *     month, so beliefs follow a changing market
 * @param idleCheckHours how long an idle rep waits before reconsidering, absent news
 */
public record Behaviour(
    double temperature,
    double presentBiasPerMonth,
    PerRole resistancePerHour,
    boolean learning,
    double priorHours,
    double memoryMonths,
    double idleCheckHours) {

  public Behaviour {
    Check.range("temperature", temperature, 0.0, 1.0e6);
    Check.range("presentBiasPerMonth", presentBiasPerMonth, 0.0, 10.0);
    Check.present("resistancePerHour", resistancePerHour);
    Check.positive("priorHours", priorHours);
    Check.range("memoryMonths", memoryMonths, 0.1, 1200.0);
    Check.range("idleCheckHours", idleCheckHours, 0.05, 24.0);
  }
}
