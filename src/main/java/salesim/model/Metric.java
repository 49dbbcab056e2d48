package salesim.model;

import java.util.Locale;

/**
 * One number per replication (DESIGN.md §4, "runs.csv"). Keys are snake_case and stable.
 */
public enum Metric {
  BOOKINGS_TOTAL("currency", "Bookings (ACV) over the horizon"),
  BOOKINGS_INBOUND("currency", "Bookings from inbound-sourced deals"),
  BOOKINGS_OUTBOUND("currency", "Bookings from outbound-sourced deals"),
  DEALS_WON_INBOUND("deals", "Inbound deals won"),
  DEALS_WON_OUTBOUND("deals", "Outbound deals won"),
  OPPORTUNITIES_INBOUND("deals", "Inbound opportunities created"),
  OPPORTUNITIES_OUTBOUND("deals", "Outbound opportunities created"),
  DEALS_LOST_NEGLECT("deals", "Deals lost after repeated stalls for lack of rep effort"),
  DEALS_LOST_FREEZE("deals", "Late-stage deals lost to budget freezes"),
  INBOUND_LEADS("leads", "Inbound leads that arrived"),
  INBOUND_LEADS_LOST("leads", "Inbound leads that expired unanswered"),
  INBOUND_QUALIFICATION_RATE("share", "Share of answered leads that qualified"),
  MEAN_RESPONSE_HOURS(
      "hours",
      "Mean wait of a lead for its answer, counting lost leads at their expiry (selling hours)"),
  LEADS_ANSWERED_WITHIN_1H_SHARE("share", "Share of arrived leads answered within an hour"),
  DIALS("dials", "Prospecting touches (dials, all channels)"),
  MEETINGS_OUTBOUND("meetings", "Outbound meetings held"),
  OUTBOUND_HOURS_SHARE("share", "Share of rep selling hours spent prospecting"),
  INBOUND_HOURS_SHARE("share", "Share of rep selling hours spent answering leads"),
  DEAL_HOURS_SHARE("share", "Share of rep selling hours spent working deals and meetings"),
  IDLE_HOURS_SHARE("share", "Share of rep selling hours spent idle"),
  COMMISSION_TOTAL("currency", "Commission paid"),
  COMMISSION_OUTBOUND("currency", "Commission paid on outbound deals"),
  BASE_PAY("currency", "Base salaries"),
  MARKETING_COST("currency", "Marketing cost of inbound leads"),
  HIRING_COST("currency", "Hiring cost of backfills"),
  COST_OF_SALES("currency", "Selling cost: base, commission, bonuses, marketing, hiring"),
  COST_OF_SALES_RATIO("share", "Selling cost per unit of bookings"),
  CONTRIBUTION("currency", "Bookings x gross margin - selling cost"),
  OUTBOUND_REPS_END("reps", "Reps allowed to prospect at the end of the horizon"),
  DAYS_TO_FIRST_OUTBOUND_MEETING(
      "days", "Working days to the first held outbound meeting (the horizon if none)"),
  DAYS_TO_FIRST_OUTBOUND_WIN(
      "days", "Working days to the first won outbound deal (the horizon if none)"),
  DAYS_TO_FIRST_INBOUND_WIN(
      "days", "Working days to the first won inbound deal (the horizon if none)"),
  REVIEWS_FAILED("reviews", "Failed KPI reviews of outbound work"),
  OUTBOUND_CUT("flag", "1 if management had ended all outbound work at the horizon"),
  MONTHS_WITHOUT_OUTBOUND("months", "Months that ended with no rep allowed to prospect"),
  PROSPECTING_RESTORED("decisions", "Times management gave prospecting back to idle reps"),
  SPLIT_MONTH("month", "Month the team split (0 if it started split; the horizon if never)"),
  BOOKINGS_MONTHLY_CV("ratio", "Coefficient of variation of monthly bookings after month 6"),
  QUOTA_ATTAINMENT_SHARE("share", "Share of ramped rep-quarters at or above quota"),
  DEPARTURES("reps", "Reps who left"),
  PIPELINE_OPEN_END("deals", "Open opportunities at the end of the horizon"),
  OUTBOUND_PIPELINE_CREATED(
      "currency", "Expected bookings of outbound opportunities opened (win chance x value)");

  private static final Metric[] VALUES = values();

  private final String key;
  private final String unit;
  private final String description;

  Metric(String unit, String description) {
    this.key = name().toLowerCase(Locale.ROOT);
    this.unit = unit;
    this.description = description;
  }

  /** The stable snake_case name used in every output. */
  public String key() {
    return key;
  }

  /** The unit ("currency" means the scenario's currency). */
  public String unit() {
    return unit;
  }

  /** A one-line description for tables and reports. */
  public String description() {
    return description;
  }

  /** Number of metrics. */
  public static int count() {
    return VALUES.length;
  }

  /** The metric at an ordinal, without allocating. */
  public static Metric at(int ordinal) {
    return VALUES[ordinal];
  }

  /** The metric with this key. */
  public static Metric forKey(String key) {
    for (Metric m : VALUES) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no metric named " + key);
  }
}
