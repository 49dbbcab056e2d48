package salesim.model.policy;

import salesim.model.base.Check;

/**
 * Management policy: team structure, reviews and how management reacts, idle capacity, staffing
 * against the load, and mandates. Each block configures one management rule of the model.
 *
 * @param structure mixed, split or split-when-ready
 * @param inboundReps reps kept on inbound when the team is split (the others go outbound); 0 lets
 *     management size it from the (expected or measured) inbound load
 * @param splitWhenReady the trigger for split-when-ready
 * @param review reviews of outbound work
 * @param idle what management does about idle capacity
 * @param sizing how a split team's inbound side follows the load
 * @param mandate minimum prospecting hours
 */
public record Management(
    TeamStructure structure,
    int inboundReps,
    SplitRule splitWhenReady,
    Review review,
    IdleReview idle,
    TeamSizing sizing,
    Mandate mandate) {

  public Management {
    Check.present("structure", structure);
    Check.count("inboundReps", inboundReps);
    Check.present("splitWhenReady", splitWhenReady);
    Check.present("review", review);
    Check.present("idle", idle);
    Check.present("sizing", sizing);
    Check.present("mandate", mandate);
  }
}
