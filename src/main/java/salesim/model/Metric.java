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
  COST_OF_SALES(
      "currency",
      "Fully loaded selling cost: pay and its loading, commission, bonuses, managers, tools,"
          + " marketing, hiring"),
  COST_OF_SALES_RATIO("share", "Selling cost per unit of bookings"),
  CONTRIBUTION("currency", "Recognised subscription revenue x gross margin - selling cost"),
  REVENUE("currency", "Subscription revenue recognised over the horizon (ARR / 12 a month)"),
  ARR_END("currency", "Annual recurring revenue under contract at the horizon"),
  NEW_ARR("currency", "ARR of deals won"),
  CHURNED_ARR("currency", "ARR lost to customers leaving"),
  EXPANSION_ARR("currency", "ARR added by retained customers growing"),
  NET_NEW_ARR("currency", "New ARR - churned ARR + expansion ARR over the horizon"),
  ARR_PER_REP("currency", "ARR at the horizon per rep on the team"),
  BOOKINGS_PER_REP("currency", "Bookings over the horizon per rep on the team (its mean head count)"),
  CAC("currency", "Selling cost per deal won (customer acquisition cost)"),
  CAC_PAYBACK_MONTHS(
      "months", "Months of new customers' gross margin that pay back the selling cost: cost / (new"
          + " ARR x gross margin) x 12"),
  MAGIC_NUMBER("ratio", "Net new ARR per unit of selling cost over the horizon (ARR convention)"),
  OUTBOUND_HIRE_PAYBACK_MONTHS(
      "months",
      "Months until a hunter hired in the horizon covers her loaded cost with the margin on her"
          + " bookings (mean; those not yet there counted at their months so far; the horizon if"
          + " none was hired)"),
  OUTBOUND_HIRES("reps", "Reps hired into outbound seats in the horizon"),
  PIPELINE_VALUE_END(
      "currency", "Open pipeline at the horizon: win chance x value x gross margin, discounted"),
  CUSTOMER_VALUE_END(
      "currency", "Customer base at the horizon: its margin over the next years, kept, grown and"
          + " discounted"),
  TOTAL_VALUE("currency", "Contribution + pipeline value + customer value at the horizon"),
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
