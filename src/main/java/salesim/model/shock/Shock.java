package salesim.model.shock;

import salesim.model.base.Check;

/**
 * A market shock (a recession, "the market stops hard"). Each multiplier is its value at full
 * severity; in between, {@code m(t) = 1 + severity(t) × (multiplier − 1)}. The model applies a
 * month's severity at the month's midpoint, so a short V (a few months) never quite reaches its
 * full-severity multipliers in any single month.
 *
 * @param name label used in reports
 * @param startMonth month the shock begins (0-based)
 * @param durationMonths months until the shape completes
 * @param shape the severity path
 * @param recovery share of the shock undone by the end (1 = full recovery)
 * @param inboundLeads multiplier on the inbound lead rate
 * @param connectRate multiplier on the cold-call connect rate
 * @param meetingRate multiplier on conversation → meeting conversion
 * @param winRateInbound multiplier on inbound stage survival (applied to the win chance)
 * @param winRateOutbound multiplier on outbound stage survival
 * @param dealValue multiplier on deal value
 * @param cycleLength multiplier on stage durations
 * @param budgetFreezeChance monthly chance, at full severity, that a late-stage deal loses its budget
 */
public record Shock(
    String name,
    int startMonth,
    double durationMonths,
    ShockShape shape,
    double recovery,
    double inboundLeads,
    double connectRate,
    double meetingRate,
    double winRateInbound,
    double winRateOutbound,
    double dealValue,
    double cycleLength,
    double budgetFreezeChance) {

  public Shock {
    Check.present("name", name);
    Check.range("startMonth", startMonth, 0, 1200);
    Check.range("durationMonths", durationMonths, 0.5, 1200.0);
    Check.present("shape", shape);
    Check.probability("recovery", recovery);
    Check.range("inboundLeads", inboundLeads, 0.0, 10.0);
    Check.range("connectRate", connectRate, 0.0, 10.0);
    Check.range("meetingRate", meetingRate, 0.0, 10.0);
    Check.range("winRateInbound", winRateInbound, 0.0, 10.0);
    Check.range("winRateOutbound", winRateOutbound, 0.0, 10.0);
    Check.range("dealValue", dealValue, 0.0, 10.0);
    Check.range("cycleLength", cycleLength, 0.1, 10.0);
    Check.probability("budgetFreezeChance", budgetFreezeChance);
  }

  /** Severity in month {@code month}, evaluated at the month's midpoint. */
  public double severity(int month) {
    return shape.severity(month + 0.5 - startMonth, durationMonths, recovery);
  }
}
