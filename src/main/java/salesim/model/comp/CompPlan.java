package salesim.model.comp;

import salesim.model.base.Check;
import salesim.model.base.Source;

/**
 * A rep's pay: base salary, commission paid on booking, a quota with accelerator and cap, and a
 * bonus per outbound meeting held.
 *
 * @param baseMonthly base salary per rep per month (currency)
 * @param commission the commission rule (flat or weighted)
 * @param quota the quota, accelerator and cap
 * @param meetingBonus paid per held outbound meeting the rep booked (currency)
 */
public record CompPlan(double baseMonthly, Commission commission, Quota quota, double meetingBonus) {

  public CompPlan {
    Check.nonNegative("baseMonthly", baseMonthly);
    Check.present("commission", commission);
    Check.present("quota", quota);
    Check.nonNegative("meetingBonus", meetingBonus);
  }

  /**
   * The commission on a deal of {@code value} when the rep has already booked {@code booked} and
   * earned {@code earned} in commission this quota period: the base rate up to quota, the
   * accelerated rate above it, and nothing past the cap.
   */
  public double commissionOn(Source source, double value, double booked, double earned) {
    double rate = commission.rate(source);
    if (!quota.active()) {
      return rate * value;
    }
    double target = quota.bookingsPerPeriod();
    double belowQuota = Math.max(0.0, Math.min(value, target - booked));
    double aboveQuota = value - belowQuota;
    double pay = rate * belowQuota + rate * quota.accelerator() * aboveQuota;
    if (quota.capMultiple() > 0.0) {
      double cap = quota.capMultiple() * commission.rate(Source.INBOUND) * target;
      pay = Math.max(0.0, Math.min(pay, cap - earned));
    }
    return pay;
  }

  /** The marginal commission rate on the next unit of a source's bookings. */
  public double marginalRate(Source source, double booked, double earned) {
    return commissionOn(source, 1.0, booked, earned);
  }
}
