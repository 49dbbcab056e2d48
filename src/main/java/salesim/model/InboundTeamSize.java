package salesim.model;

/**
 * How many reps management gives inbound when it sizes the team from a load: enough to carry the
 * load at the target utilisation, so leads rarely queue (under the HBR decay an hour's wait costs
 * most of a lead).
 */
final class InboundTeamSize {

  private InboundTeamSize() {}

  /** Inbound reps for a load in FTE: {@code ceil(load / targetUtilization)}, at most the team. */
  static int forLoad(Replication r, int seats, double loadFte) {
    double utilization = r.p.management().splitWhenReady().targetUtilization();
    return (int) Math.min(seats, Math.ceil(loadFte / utilization));
  }

  /** The inbound load in FTE the parameters imply: responses plus the deal work qualified leads bring. */
  static double expectedLoad(Replication r) {
    var in = r.p.inbound();
    var segments = r.p.segments();
    double effort = 0.0;
    double[] weights = new double[segments.size()];
    double total = 0.0;
    for (int s = 0; s < weights.length; s++) {
      weights[s] = segments.get(s).inboundShare();
      total += weights[s];
    }
    for (int s = 0; s < weights.length; s++) {
      effort += weights[s] / total * r.economics.effortFrom[0][s][0];
    }
    double hoursPerLead = in.responseHours() + in.qualityMean() * effort;
    return in.leadsPerMonth() * hoursPerLead / r.monthHours;
  }
}
