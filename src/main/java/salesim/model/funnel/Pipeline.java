package salesim.model.funnel;

import java.util.List;
import salesim.model.base.Check;
import salesim.model.base.Source;

/**
 * The stage paths of inbound and outbound opportunities and the cost of neglect.
 *
 * @param inbound stages of an inbound deal (qualify → propose → close)
 * @param outbound stages of an outbound deal (identify the need → … → close)
 * @param referenceBuyingGroup the buying-group size at which consensus stages keep their exit chance
 * @param stallDays working days a stage is extended when its effort was not done in time
 * @param neglectPenalty relative loss of win chance per stall
 * @param maxStalls stalls after which the deal is lost
 * @param lateStages the final stages counted as late (exposed to budget freezes)
 */
public record Pipeline(
    List<Stage> inbound,
    List<Stage> outbound,
    double referenceBuyingGroup,
    double stallDays,
    double neglectPenalty,
    int maxStalls,
    int lateStages) {

  public Pipeline {
    inbound = Check.list("inbound", inbound, 1);
    outbound = Check.list("outbound", outbound, 1);
    Check.range("referenceBuyingGroup", referenceBuyingGroup, 1.0, 100.0);
    Check.positive("stallDays", stallDays);
    Check.probability("neglectPenalty", neglectPenalty);
    Check.range("maxStalls", maxStalls, 0, 100);
    Check.range("lateStages", lateStages, 0, Math.min(inbound.size(), outbound.size()));
    if (inbound.size() > 32) {
      throw new IllegalArgumentException("inbound: at most 32 stages (got " + inbound.size() + ")");
    }
    if (outbound.size() > 32) {
      throw new IllegalArgumentException(
          "outbound: at most 32 stages (got " + outbound.size() + ")");
    }
  }

  /** The stage path of a source. */
  public List<Stage> path(Source source) {
    return source == Source.INBOUND ? inbound : outbound;
  }

  /** The chance a deal of this source that reaches stage 0 is won, ignoring buying groups. */
  public double winProbability(Source source) {
    double p = 1.0;
    for (Stage stage : path(source)) {
      p *= 1.0 - stage.exitProbability();
    }
    return p;
  }
}
