package salesim.calibrate;

/**
 * The one table from what the data can estimate to where it goes: each value's scenario path
 * (null for facts shown only for comparison), its label, unit and the benchmark range it is shown
 * beside (PARAMETERS.md, table (a); grades A–D as there). When the model renames or adds a
 * parameter, this table is the place to follow it. Paths may hold {@code {i}} (a segment or stage
 * index) and {@code {source}} (inbound or outbound).
 */
public enum Parameter {
  LEADS_PER_MONTH("inbound.leadsPerMonth", "Inbound leads a month", "leads/month", null),
  LEAD_GROWTH("inbound.growthPerMonth", "Monthly growth of the lead rate", "share/month", null),
  SEASONALITY("inbound.seasonality[{i}]", "Seasonal factor of the lead rate", "factor", null),
  QUALITY_MEAN("inbound.qualityMean", "Chance a lead qualifies when answered at once", "share",
      new Benchmark(0.13, 0.30, 0.60,
          "MQL to SQL: MV3/Sirius, Fairview, Altior (C)")),
  STAGE_MEAN_DAYS("pipeline.{source}[{i}].meanDays", "Mean time in stage", "working days", null),
  STAGE_CV("pipeline.{source}[{i}].cv", "Spread of the time in stage (cv)", "ratio", null),
  STAGE_EXIT("pipeline.{source}[{i}].exitProbability", "Chance a deal is lost at the end of the"
      + " stage", "share", null),
  STAGE_EFFORT("pipeline.{source}[{i}].effortHours", "Rep hours the stage needs", "hours", null),
  DEAL_VALUE_MEAN("segments[{i}].dealValueMean", "Mean deal value", "currency",
      new Benchmark(25_000, 35_000, 55_000,
          "median ACV: Bridge Group (B)")),
  DEAL_VALUE_CV("segments[{i}].dealValueCv", "Spread of deal values (cv)", "ratio", null),
  INBOUND_SHARE("segments[{i}].inboundShare", "Share of inbound deals in the segment", "share",
      null),
  OUTBOUND_SHARE("segments[{i}].outboundShare", "Share of outbound deals in the segment", "share",
      null),
  DIALS_PER_HOUR("outbound.dialsPerHour", "Dials per prospecting hour", "dials/hour",
      new Benchmark(12.5, 18, 28.6, "35-80 dials a day over 2.8 calling hours: ZoomInfo, Gitnux"
          + " (C)")),
  CONNECT_RATE("outbound.connectRate", "Share of dials that reach the person", "share",
      new Benchmark(0.045, 0.099, 0.133,
          "Gong Labs, Belkins, ConnectAndSell (B)")),
  CONVERSATION_RATE("outbound.conversationRate", "Share of connects that become a conversation",
      "share", new Benchmark(0.50, 0.58, 0.70, "Belkins 2025 (B)")),
  MEETING_RATE_GIVEN_NEED("outbound.meetingRateGivenNeed",
      "Share of conversations with a latent need that book a meeting", "share", null),
  SHOW_RATE("outbound.showRate", "Share of booked meetings that are held", "share",
      new Benchmark(0.60, 0.80, 0.90, "assumption (D); Glencoco (C)")),
  MEETING_TO_OPPORTUNITY("outbound.meetingToOpportunity",
      "Share of held meetings that become an opportunity", "share",
      new Benchmark(0.40, 0.50, 0.60, "TOPO/Gartner (B)")),
  REPS("team.reps", "Reps on the team", "reps", null),
  INBOUND_REPS("management.inboundReps", "Reps on inbound in a split team", "reps", null),
  RAMP_INBOUND("team.rampMonths.inbound", "Months to full productivity on inbound work",
      "months", new Benchmark(3, 5, 9, "AE ramp: Bridge Group (B)")),
  RAMP_OUTBOUND("team.rampMonths.outbound", "Months to full productivity on outbound work",
      "months", new Benchmark(1.5, 3.2, 5, "SDR ramp: Bridge Group (B)")),
  ATTRITION_MIXED("team.attritionPerYear.mixed", "Annual attrition of mixed reps", "share/year",
      new Benchmark(0.258, 0.30, 0.35, "all sales roles: CSO Insights, HBR (B)")),
  ATTRITION_INBOUND("team.attritionPerYear.inbound", "Annual attrition of inbound reps",
      "share/year", new Benchmark(0.258, 0.30, 0.35,
          "all sales roles: CSO Insights, HBR (B)")),
  ATTRITION_OUTBOUND("team.attritionPerYear.outbound", "Annual attrition of outbound reps",
      "share/year", new Benchmark(0.30, 0.35, 0.55, "SDR attrition: Bridge Group (B)")),
  // Facts shown for comparison: no parameter takes them directly.
  RESPONSE_HOURS(null, "Business hours from a lead's arrival to its first call", "hours",
      new Benchmark(Double.NaN, 42, Double.NaN,
          "HBR 2011, mean among responders (A)")),
  LEAD_CONVERSION(null, "Share of inbound leads that became an opportunity", "share",
      new Benchmark(0.13, 0.30, 0.60, "MQL to SQL (C)")),
  WIN_RATE_INBOUND(null, "Share of inbound opportunities won", "share",
      new Benchmark(0.18, 0.25, 0.35, "Bridge Group via PulseRevOps, Signalmama (C)")),
  WIN_RATE_OUTBOUND(null, "Share of outbound opportunities won", "share",
      new Benchmark(0.08, 0.15, 0.22, "TOPO 2017 (B)")),
  CYCLE_INBOUND(null, "Working days from an inbound opportunity to its close", "working days",
      new Benchmark(20.7, 45.6, 89, "30-129 calendar days: Bridge Group (B)")),
  CYCLE_OUTBOUND(null, "Working days from an outbound opportunity to its close", "working days",
      new Benchmark(20.7, 45.6, 89, "30-129 calendar days: Bridge Group (B)")),
  CALLS_PER_REP_DAY(null, "Prospecting calls per rep and working day", "calls/day",
      new Benchmark(35, 50, 80, "ZoomInfo, Gitnux (C)")),
  MEETINGS_PER_CONVERSATION(null, "Meetings booked per conversation", "share",
      new Benchmark(0.02, 0.075, 0.33, "Cognism, Belkins, Vorsight (B)"));

  private final String path;
  private final String label;
  private final String unit;
  private final Benchmark benchmark;

  Parameter(String path, String label, String unit, Benchmark benchmark) {
    this.path = path;
    this.label = label;
    this.unit = unit;
    this.benchmark = benchmark;
  }

  /** The scenario path with {@code {i}} and {@code {source}} filled in, or null. */
  public String path(int i, String source) {
    if (path == null) {
      return null;
    }
    return path.replace("{i}", Integer.toString(i)).replace("{source}", source == null ? "" : source);
  }

  /** The path of a parameter without placeholders. */
  public String path() {
    return path(0, null);
  }

  /** What it is, in words. */
  public String label() {
    return label;
  }

  /** Its unit ("currency" means the export's currency). */
  public String unit() {
    return unit;
  }

  /** The published range, or null. */
  public Benchmark benchmark() {
    return benchmark;
  }

  /** An estimate of this parameter; key = path, or the lower-case name for facts. */
  Estimate estimate(int i, String source, String labelSuffix, double value, double low,
      double high, long n, String sampleUnit, String method, java.util.List<String> columns,
      Status status, double reference) {
    String p = path(i, source);
    String key = p != null ? p : "observed." + name().toLowerCase(java.util.Locale.ROOT)
        + (source == null ? "" : "." + source);
    return new Estimate(key, p, label + labelSuffix, unit, value, low, high, n, sampleUnit, method,
        columns, status, reference, benchmark);
  }
}
