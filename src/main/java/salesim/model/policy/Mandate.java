package salesim.model.policy;

import salesim.model.base.Check;

/**
 * An activity mandate: reps who may prospect must log at least this many prospecting hours a
 * week; each month a rep complies with probability {@code compliance}.
 */
public record Mandate(double prospectingHoursPerWeek, double compliance) {

  public Mandate {
    Check.range("prospectingHoursPerWeek", prospectingHoursPerWeek, 0.0, 80.0);
    Check.probability("compliance", compliance);
  }
}
