package salesim.model;

import java.util.List;
import salesim.model.base.Check;
import salesim.model.comp.CompPlan;
import salesim.model.funnel.Pipeline;
import salesim.model.market.ColdOutreach;
import salesim.model.market.InboundFlow;
import salesim.model.market.Segment;
import salesim.model.policy.Management;
import salesim.model.rep.Behaviour;
import salesim.model.rep.Staffing;
import salesim.model.shock.Shock;

/**
 * Every parameter of one company's sales system (DESIGN.md §2). Immutable; the scenario layer
 * reads it from files.
 */
public record SalesParameters(
    Calendar calendar,
    List<Segment> segments,
    InboundFlow inbound,
    ColdOutreach outbound,
    Pipeline pipeline,
    Staffing team,
    CompPlan comp,
    Behaviour behaviour,
    Management management,
    List<Shock> shocks,
    Finance finance) {

  public SalesParameters {
    Check.present("calendar", calendar);
    segments = Check.list("segments", segments, 1);
    Check.present("inbound", inbound);
    Check.present("outbound", outbound);
    Check.present("pipeline", pipeline);
    Check.present("team", team);
    Check.present("comp", comp);
    Check.present("behaviour", behaviour);
    Check.present("management", management);
    shocks = Check.list("shocks", shocks, 0);
    Check.present("finance", finance);
    double inboundWeight = 0;
    double outboundWeight = 0;
    for (Segment s : segments) {
      inboundWeight += s.inboundShare();
      outboundWeight += s.outboundShare();
    }
    if (inboundWeight <= 0) {
      throw new IllegalArgumentException("segments: at least one segment needs inboundShare > 0");
    }
    if (outboundWeight <= 0) {
      throw new IllegalArgumentException("segments: at least one segment needs outboundShare > 0");
    }
    for (int i = 0; i < shocks.size(); i++) {
      if (shocks.get(i).startMonth() >= calendar.months()) {
        throw new IllegalArgumentException(
            "shocks[" + i + "].startMonth: must fall within the horizon of "
                + calendar.months() + " months (got " + shocks.get(i).startMonth() + ")");
      }
    }
    // Only a team split from the start must fit its inbound count; the other structures clamp.
    if (management.structure() == salesim.model.policy.TeamStructure.SPLIT
        && management.inboundReps() > team.reps()) {
      throw new IllegalArgumentException(
          "management.inboundReps: cannot exceed team.reps = " + team.reps()
              + " (got " + management.inboundReps() + ")");
    }
  }

  /** The same company under other shocks. */
  public SalesParameters withShocks(List<Shock> newShocks) {
    return new SalesParameters(
        calendar, segments, inbound, outbound, pipeline, team, comp, behaviour, management,
        newShocks, finance);
  }
}
