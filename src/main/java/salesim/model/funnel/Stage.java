package salesim.model.funnel;

import salesim.model.base.Check;

/**
 * One step of an opportunity's path.
 *
 * @param name label ("build the case")
 * @param meanDays mean working days the stage takes (gamma; scaled by the segment's cycle factor
 *     and by shocks to cycle length)
 * @param cv coefficient of variation of the duration
 * @param exitProbability chance the deal is lost at the end of the stage
 * @param effortHours rep hours the stage needs; undone effort stalls the deal
 * @param consensus whether the exit chance grows with the buying group
 *     ({@code 1 - (1 - exit)^(groupSize / referenceBuyingGroup)})
 */
public record Stage(
    String name,
    double meanDays,
    double cv,
    double exitProbability,
    double effortHours,
    boolean consensus) {

  public Stage {
    Check.present("name", name);
    Check.range("meanDays", meanDays, 0.0, 2000.0);
    Check.range("cv", cv, 0.0, 5.0);
    Check.probability("exitProbability", exitProbability);
    Check.range("effortHours", effortHours, 0.0, 500.0);
  }
}
