package salesim.model;

/**
 * The kinds of event the model schedules on the kernel, each with the component that owns it
 * ({@link SalesModel#handle} is the table of contents). An event's target is a month, a seat, a
 * meeting id or a deal slot, as the kind says.
 */
final class Events {

  private Events() {}

  /** A month begins (target: the month): shocks, people, management, the lead rate. */
  static final int MONTH_START = 0;
  /** An inbound lead arrives (target unused): {@link InboundDesk}. */
  static final int LEAD_ARRIVAL = 1;
  /** A rep comes free (target: seat): {@link RepDay}. */
  static final int REP_FREE = 3;
  /** A booked meeting comes out of its cadence (target: meeting): {@link MeetingBook}. */
  static final int MEETING_BOOKED = 4;
  /** A meeting's slot starts (target: meeting): {@link MeetingBook}. */
  static final int MEETING_START = 5;
  /** A deal's stage ends (target: deal slot): {@link DealFlow}. */
  static final int STAGE_END = 6;
}
