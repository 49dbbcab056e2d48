package salesim.model;

import java.util.List;
import salesim.model.base.Check;
import salesim.model.comp.CompPlan;
import salesim.model.funnel.Pipeline;
import salesim.model.funnel.Stage;
import salesim.model.market.ColdOutreach;
import salesim.model.market.InboundFlow;
import salesim.model.market.Segment;
import salesim.model.policy.Management;
import salesim.model.rep.Behaviour;
import salesim.model.rep.Staffing;
import salesim.model.shock.Shock;
import salesim.model.start.StartingState;

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
    Finance finance,
    StartingState start) {

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
    Check.present("start", start);
    checkStart(start, segments, pipeline);
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
        newShocks, finance, start);
  }

  /** The index of the segment with this name, or -1. */
  public int segmentIndex(String name) {
    for (int s = 0; s < segments.size(); s++) {
      if (segments.get(s).name().equals(name)) {
        return s;
      }
    }
    return -1;
  }

  /** A given starting state must name segments and stages the scenario has. */
  private static void checkStart(StartingState start, List<Segment> segments, Pipeline pipeline) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Segment s : segments) {
      names.add(s.name());
    }
    for (int i = 0; i < start.deals().size(); i++) {
      var deal = start.deals().get(i);
      if (!names.contains(deal.segment())) {
        throw new IllegalArgumentException(
            "start.deals[" + i + "].segment: no segment named " + deal.segment() + " (segments: "
                + String.join(", ", names) + ")");
      }
      var path = pipeline.path(deal.source());
      if (path.stream().noneMatch(stage -> stage.name().equals(deal.stage()))) {
        throw new IllegalArgumentException(
            "start.deals[" + i + "].stage: no " + deal.source().name().toLowerCase(java.util.Locale.ROOT)
                + " stage named " + deal.stage() + " (stages: "
                + String.join(", ", path.stream().map(Stage::name).toList()) + ")");
      }
    }
    for (int i = 0; i < start.accounts().size(); i++) {
      if (!names.contains(start.accounts().get(i).segment())) {
        throw new IllegalArgumentException(
            "start.accounts[" + i + "].segment: no segment named " + start.accounts().get(i).segment());
      }
    }
    for (int i = 0; i < start.arr().size(); i++) {
      if (!names.contains(start.arr().get(i).segment())) {
        throw new IllegalArgumentException(
            "start.arr[" + i + "].segment: no segment named " + start.arr().get(i).segment());
      }
    }
  }
}
