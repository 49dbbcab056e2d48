package salesim.model.market;

import salesim.model.base.Check;

/**
 * The cold-prospecting funnel and the rules of the account universe.
 *
 * @param dialsPerHour dials (touches) a fully ramped rep makes per prospecting hour
 * @param connectRate share of dials that reach the intended person
 * @param conversationRate share of connects that become a real conversation
 * @param meetingRateGivenNeed share of conversations with an account that has a latent need that
 *     end with a meeting booked (accounts without a need never book)
 * @param showRate share of booked meetings that are held
 * @param meetingToOpportunity share of held meetings that become a qualified opportunity
 * @param touchesPerAccount touches in one account's cadence before it is set aside
 * @param cadenceLagDays mean working days from a cadence's touches to the booked meeting
 * @param meetingLeadDays working days between booking and the earliest meeting slot
 * @param meetingHours length of a meeting
 * @param blockHours length of one prospecting block
 * @param maxMeetingsPerDay meetings a rep's calendar holds per day
 * @param cooldownMonths months an account that was not reached, or not ready, rests
 * @param restMonths months an account that said no (no need) rests
 */
public record ColdOutreach(
    double dialsPerHour,
    double connectRate,
    double conversationRate,
    double meetingRateGivenNeed,
    double showRate,
    double meetingToOpportunity,
    double touchesPerAccount,
    double cadenceLagDays,
    double meetingLeadDays,
    double meetingHours,
    double blockHours,
    int maxMeetingsPerDay,
    double cooldownMonths,
    double restMonths) {

  public ColdOutreach {
    Check.range("dialsPerHour", dialsPerHour, 0.0, 1000.0);
    Check.probability("connectRate", connectRate);
    Check.probability("conversationRate", conversationRate);
    Check.probability("meetingRateGivenNeed", meetingRateGivenNeed);
    Check.probability("showRate", showRate);
    Check.probability("meetingToOpportunity", meetingToOpportunity);
    Check.range("touchesPerAccount", touchesPerAccount, 1.0, 100.0);
    Check.nonNegative("cadenceLagDays", cadenceLagDays);
    Check.nonNegative("meetingLeadDays", meetingLeadDays);
    Check.range("meetingHours", meetingHours, 0.1, 8.0);
    Check.range("blockHours", blockHours, 0.1, 8.0);
    Check.range("maxMeetingsPerDay", maxMeetingsPerDay, 1, 16);
    Check.range("cooldownMonths", cooldownMonths, 0.0, 120.0);
    Check.range("restMonths", restMonths, 0.0, 120.0);
  }
}
