package salesim.model.policy;

import salesim.model.base.Check;

/**
 * Managers notice idle capacity: when the reps who may prospect idle more than the threshold of
 * their selling hours over the window, management pushes prospecting — it lifts a ban on it, moves
 * an idle inbound rep back to outbound, or asks every rep who may prospect for a weekly minimum of
 * prospecting hours until the next look — or, as an option, cuts a seat.
 *
 * @param idleShare idle share of selling hours that triggers the reaction
 * @param windowMonths months the idle share is measured over, and a push lasts
 * @param prospectingHoursPerWeek the weekly prospecting management asks for in a push
 * @param reaction what management does
 */
public record IdleReview(
    double idleShare, int windowMonths, double prospectingHoursPerWeek, IdleReaction reaction) {

  public IdleReview {
    Check.probability("idleShare", idleShare);
    Check.range("windowMonths", windowMonths, 1, 60);
    Check.range("prospectingHoursPerWeek", prospectingHoursPerWeek, 0.0, 80.0);
    Check.present("reaction", reaction);
  }
}
