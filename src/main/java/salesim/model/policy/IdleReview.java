package salesim.model.policy;

import salesim.model.base.Check;

/**
 * Managers notice idle capacity: when the team's idle share of selling hours over the window is
 * above the threshold, they react — lift a ban on prospecting and move an idle inbound rep back to
 * outbound, or, as an option, cut a seat.
 *
 * @param idleShare idle share of selling hours that triggers the reaction
 * @param windowMonths months the idle share is measured over
 * @param reaction what management does
 */
public record IdleReview(double idleShare, int windowMonths, IdleReaction reaction) {

  public IdleReview {
    Check.probability("idleShare", idleShare);
    Check.range("windowMonths", windowMonths, 1, 60);
    Check.present("reaction", reaction);
  }
}
