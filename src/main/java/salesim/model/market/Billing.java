package salesim.model.market;

/** How a subscription is billed: it sets when a customer can churn and when cash comes in. */
public enum Billing {
  /** Billed monthly: a customer may leave any month. */
  MONTHLY,
  /** Billed a year ahead: a customer renews or leaves at each anniversary. */
  ANNUAL
}
