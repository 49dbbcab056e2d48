package salesim.model.policy;

import salesim.model.base.Check;

/**
 * Management policy: team structure, reviews and mandates.
 *
 * @param structure mixed, split or split-when-ready
 * @param inboundReps reps kept on inbound when the team is split (the others go outbound); 0 lets
 *     split-when-ready size it from the measured inbound load
 * @param splitWhenReady the trigger for split-when-ready
 * @param review monthly KPI reviews of outbound work
 * @param mandate minimum prospecting hours
 */
public record Management(
    TeamStructure structure, int inboundReps, SplitRule splitWhenReady, Review review, Mandate mandate) {

  public Management {
    Check.present("structure", structure);
    Check.count("inboundReps", inboundReps);
    Check.present("splitWhenReady", splitWhenReady);
    Check.present("review", review);
    Check.present("mandate", mandate);
  }
}
