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
  /** What the monthly review judges: results or activity. */
  public static final String REVIEW_KPI = "management.review.kpi";
  /** Months before the first review. */
  public static final String REVIEW_PATIENCE = "management.review.patienceMonths";
  /** What a failed review does. */
  public static final String REVIEW_REACTION = "management.review.reaction";
  /** Inbound leads per month. */
  public static final String LEADS_PER_MONTH = "inbound.leadsPerMonth";
  /** Gross margin on bookings. */
  public static final String GROSS_MARGIN = "finance.grossMargin";

  private ParameterPaths() {}
}
