package salesim.scenario;

/**
 * Field paths of a scenario that code refers to by name (the rest are only ever read from files
 * and the command line): one constant each, so that a renamed field breaks the build rather than
 * a report.
 */
public final class ParameterPaths {

  /** The horizon in months. */
  public static final String MONTHS = "calendar.months";
  /** Reps in the team. */
  public static final String REPS = "team.reps";
  /** Mixed, split or split-when-ready. */
  public static final String STRUCTURE = "management.structure";
  /** Inbound reps of a split team. */
  public static final String INBOUND_REPS = "management.inboundReps";
  /** Base salary per rep per month. */
  public static final String BASE_MONTHLY = "comp.baseMonthly";
  /** Flat or weighted commission. */
  public static final String COMMISSION_TYPE = "comp.commission.type";
  /** The (inbound) commission rate. */
  public static final String COMMISSION_RATE = "comp.commission.rate";
  /** The weighted plan's outbound rate ÷ inbound rate: the lever a sweep finds break-even for. */
  public static final String OUTBOUND_MULTIPLIER = "comp.commission.outboundMultiplier";
  /** The split-when-ready trigger's block. */
  public static final String SPLIT_RULE = "management.splitWhenReady";
  /** Inbound reps per unit of measured load: ceil(load / target) when a split team is sized. */
  public static final String TARGET_UTILIZATION = SPLIT_RULE + ".targetUtilization";
  /** The reviews' block. */
  public static final String REVIEW = "management.review";
  /** Results and pipeline KPIs: the margin an outbound FTE-month must bring, in FTE costs. */
  public static final String REVIEW_RESULTS_PAYBACK = REVIEW + ".resultsPayback";
  /** Activity KPI: held meetings an outbound FTE-month must bring. */
  public static final String REVIEW_MEETINGS = REVIEW + ".meetingsPerMonth";
  /** The idle-capacity review's block. */
  public static final String IDLE = "management.idle";
  /** A split team's staffing review's block. */
  public static final String SIZING = "management.sizing";
  /** How the staffing review follows the load: rebalance, hire or none. */
  public static final String SIZING_MODE = SIZING + ".mode";
  /** The most seats a hiring staffing review may fill. */
  public static final String SIZING_MAX_REPS = SIZING + ".maxReps";
  /** The prospecting mandate's block. */
  public static final String MANDATE = "management.mandate";
  /** Minimum prospecting hours a week. */
  public static final String MANDATE_HOURS = MANDATE + ".prospectingHoursPerWeek";
  /** The monthly chance a rep complies with the mandate. */
  public static final String MANDATE_COMPLIANCE = MANDATE + ".compliance";
  /** What the monthly review judges: results or activity. */
  public static final String REVIEW_KPI = REVIEW + ".kpi";
  /** Months before the first review. */
  public static final String REVIEW_PATIENCE = REVIEW + ".patienceMonths";
  /** What a failed review does. */
  public static final String REVIEW_REACTION = REVIEW + ".reaction";
  /** Inbound leads per month. */
  public static final String LEADS_PER_MONTH = "inbound.leadsPerMonth";
  /** Gross margin on bookings. */
  public static final String GROSS_MARGIN = "finance.grossMargin";

  private ParameterPaths() {}
}
