package salesim.model;

import java.util.Locale;

/**
 * What the model records for each month of a replication. Flows are summed over the month; levels
 * (reps, pipeline) are read at the month's end; ratios are derived from the flows when the month
 * closes. Keys are snake_case and stable: reports, tests and outside checks read them.
 */
public enum MonthlyMetric {
  BOOKINGS_TOTAL("currency"),
  BOOKINGS_INBOUND("currency"),
  BOOKINGS_OUTBOUND("currency"),
  DEALS_WON_INBOUND("deals"),
  DEALS_WON_OUTBOUND("deals"),
  DEALS_LOST_INBOUND("deals"),
  DEALS_LOST_OUTBOUND("deals"),
  DEALS_LOST_NEGLECT("deals"),
  DEALS_LOST_FREEZE("deals"),
  OPPORTUNITIES_INBOUND("deals"),
  OPPORTUNITIES_OUTBOUND("deals"),
  /** Expected bookings of the outbound opportunities opened: win chance at opening × value. */
  OUTBOUND_PIPELINE_CREATED("currency"),
  INBOUND_LEADS("leads"),
  INBOUND_LEADS_RESPONDED("leads"),
  INBOUND_LEADS_QUALIFIED("leads"),
  INBOUND_LEADS_LOST("leads"),
  /** Leads answered within an hour of arriving (selling hours). */
  LEADS_ANSWERED_WITHIN_1H("leads"),
  RESPONSE_HOURS_SUM("hours"),
  DIALS("dials"),
  CONNECTS("connects"),
  CONVERSATIONS("conversations"),
  MEETINGS_BOOKED("meetings"),
  /** Cadences finished: accounts reached or whose touches ran out. */
  ACCOUNTS_PROSPECTED("accounts"),
  MEETINGS_OUTBOUND("meetings"),
  MEETINGS_NO_SHOW("meetings"),
  HOURS_INBOUND("hours"),
  HOURS_PROSPECTING("hours"),
  HOURS_MEETINGS("hours"),
  HOURS_DEALS_INBOUND("hours"),
  HOURS_DEALS_OUTBOUND("hours"),
  HOURS_IDLE("hours"),
  HOURS_AVAILABLE("hours"),
  COMMISSION_INBOUND("currency"),
  COMMISSION_OUTBOUND("currency"),
  MEETING_BONUS("currency"),
  BASE_PAY("currency"),
  MARKETING_COST("currency"),
  HIRING_COST("currency"),
  HIRES("reps"),
  DEPARTURES("reps"),
  REVIEWS_FAILED("reviews"),
  /** Times management gave prospecting back (a ban lifted, a rep moved back to outbound). */
  PROSPECTING_RESTORED("decisions"),
  /** Reps moved between inbound and outbound to follow the load. */
  ROLE_MOVES("reps"),
  SEATS_OPENED("seats"),
  SEATS_CUT("seats"),
  ACTIVE_REPS("reps"),
  OUTBOUND_REPS("reps"),
  PIPELINE_OPEN("deals"),
  ACCOUNTS_READY("accounts"),
  // Recurring revenue: flows of the month; the level is derived from them.
  NEW_ARR("currency"),
  CHURNED_ARR("currency"),
  EXPANSION_ARR("currency"),
  /** New − churned + expansion ARR of the month: its percentiles give the CFO's fan. */
  NET_NEW_ARR("currency"),
  /** ARR a warm or given start brings into the base (at the horizon's first month). */
  ARR_BROUGHT_IN("currency"),
  /** Invoiced: a year ahead for annual contracts, a month at a time for monthly ones. */
  BILLINGS("currency"),
  // Derived when the month closes.
  /** ARR at the month's end: last month's plus new, less churned, plus expansion. */
  ARR("currency"),
  /** Subscription revenue recognised: the month's ARR / 12. */
  REVENUE("currency"),
  /** Benefits and payroll taxes on pay (base, commission, bonuses). */
  PAY_LOADING("currency"),
  /** Sales managers at one per repsPerManager reps. */
  MANAGEMENT_COST("currency"),
  /** Software and data per rep. */
  TOOLS_COST("currency"),
  COMMISSION_TOTAL("currency"),
  COST_OF_SALES("currency"),
  CONTRIBUTION("currency"),
  OUTBOUND_HOURS_SHARE("share"),
  IDLE_HOURS_SHARE("share"),
  MEAN_RESPONSE_HOURS("hours"),
  INBOUND_LOAD_FTE("FTE");

  private static final MonthlyMetric[] VALUES = values();

  private final String key;
  private final String unit;

  MonthlyMetric(String unit) {
    this.key = name().toLowerCase(Locale.ROOT);
    this.unit = unit;
  }

  /** The stable snake_case name used in every output. */
  public String key() {
    return key;
  }

  /** The unit, for axis labels and tables ("currency" means the scenario's currency). */
  public String unit() {
    return unit;
  }

  /** Number of monthly metrics. */
  public static int count() {
    return VALUES.length;
  }

  /** The metric at an ordinal, without allocating. */
  public static MonthlyMetric at(int ordinal) {
    return VALUES[ordinal];
  }
}
