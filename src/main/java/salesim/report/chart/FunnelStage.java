package salesim.report.chart;

import salesim.model.MonthlyMetric;

/**
 * The outbound funnel, from the first dial to a won deal: the one list of its stages that the
 * funnel chart and the funnel table both read, in order, each with the monthly.csv metric that
 * counts it and the name a reader sees.
 */
public enum FunnelStage {
  DIALS(MonthlyMetric.DIALS, "Dials", true),
  CONNECTS(MonthlyMetric.CONNECTS, "Connects", true),
  CONVERSATIONS(MonthlyMetric.CONVERSATIONS, "Conversations", false),
  MEETINGS_BOOKED(MonthlyMetric.MEETINGS_BOOKED, "Meetings booked", true),
  MEETINGS_HELD(MonthlyMetric.MEETINGS_OUTBOUND, "Meetings held", true),
  OPPORTUNITIES(MonthlyMetric.OPPORTUNITIES_OUTBOUND, "Opportunities", true),
  DEALS_WON(MonthlyMetric.DEALS_WON_OUTBOUND, "Deals won", true);

  private final MonthlyMetric metric;
  private final String label;
  private final boolean charted;

  FunnelStage(MonthlyMetric metric, String label, boolean charted) {
    this.metric = metric;
    this.label = label;
    this.charted = charted;
  }

  /** The monthly.csv metric that counts the stage. */
  public String key() {
    return metric.key();
  }

  /** What a reader calls it. */
  public String label() {
    return label;
  }

  /** Whether the funnel chart draws it (the table lists every stage). */
  public boolean charted() {
    return charted;
  }
}
