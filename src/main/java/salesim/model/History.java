package salesim.model;

import salesim.model.base.Source;
import salesim.model.rep.Role;

/**
 * Sees one replication's history as it happens: the seam a CRM export is written through.
 * Times are working days from the start of the run (negative before it, for a warm start).
 * Every method does nothing by default; a model without a listener calls none of them.
 */
public interface History {
  /** A person joined the team in a seat; {@code person} is unique within the replication. */
  default void repHired(int person, int seat, double time, Role role) {}
  /** A person left the team. */
  default void repLeft(int person, double time) {}
  /** A person's role changed (a split, a review's reaction, a reassignment). */
  default void roleChanged(int person, double time, Role role) {}
  /** An inbound lead arrived; {@code lead} is unique within the replication. */
  default void leadArrived(long lead, double time, int segment) {}
  /** A rep made the first call to a lead; whether it qualified is known now. */
  default void leadAnswered(long lead, double time, int person, boolean qualified) {}
  /** A lead expired unanswered. */
  default void leadExpired(long lead, double time) {}
  /** A prospecting block ended: its counts of the cold funnel. */
  default void prospected(int person, double start, double hours, int segment, long dials,
      long connects, long conversations, long meetingsBooked) {}
  /** A booked outbound meeting came due: held or a no-show, and whether it opened a deal. */
  default void meeting(int person, double time, int segment, boolean held, boolean opportunity) {}
  /** An opportunity opened; {@code lead} is the inbound lead it came from, or -1. */
  default void opportunityOpened(long opportunity, double time, Source source, int segment,
      double value, int person, long lead) {}
  /** An opportunity entered stage {@code stage} (0-based) of its source's path. */
  default void stageEntered(long opportunity, double time, int stage) {}
  /** An opportunity's owner changed (its rep left or was moved). */
  default void ownerChanged(long opportunity, double time, int person) {}
  /** An opportunity closed, won or lost. */
  default void opportunityClosed(long opportunity, double time, boolean won) {}
}
