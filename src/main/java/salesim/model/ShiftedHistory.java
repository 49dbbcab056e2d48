package salesim.model;

import salesim.model.base.Source;
import salesim.model.rep.Role;

/**
 * Hands a listener the events of a warm-started run with times measured from the horizon's start:
 * the warm-up's events come before it, at negative times.
 */
final class ShiftedHistory implements History {

  private final History to;
  private final double shift;

  ShiftedHistory(History to, double shift) {
    this.to = to;
    this.shift = shift;
  }

  @Override
  public void repHired(int person, int seat, double time, Role role) {
    to.repHired(person, seat, time - shift, role);
  }

  @Override
  public void repLeft(int person, double time) {
    to.repLeft(person, time - shift);
  }

  @Override
  public void roleChanged(int person, double time, Role role) {
    to.roleChanged(person, time - shift, role);
  }

  @Override
  public void leadArrived(long lead, double time, int segment) {
    to.leadArrived(lead, time - shift, segment);
  }

  @Override
  public void leadAnswered(long lead, double time, int person, boolean qualified) {
    to.leadAnswered(lead, time - shift, person, qualified);
  }

  @Override
  public void leadExpired(long lead, double time) {
    to.leadExpired(lead, time - shift);
  }

  @Override
  public void prospected(int person, double start, double hours, int segment, long dials,
      long connects, long conversations, long meetingsBooked) {
    to.prospected(person, start - shift, hours, segment, dials, connects, conversations,
        meetingsBooked);
  }

  @Override
  public void meeting(int person, double time, int segment, boolean held, boolean opportunity) {
    to.meeting(person, time - shift, segment, held, opportunity);
  }

  @Override
  public void opportunityOpened(long opportunity, double time, Source source, int segment,
      double value, int person, long lead) {
    to.opportunityOpened(opportunity, time - shift, source, segment, value, person, lead);
  }

  @Override
  public void stageEntered(long opportunity, double time, int stage) {
    to.stageEntered(opportunity, time - shift, stage);
  }

  @Override
  public void ownerChanged(long opportunity, double time, int person) {
    to.ownerChanged(opportunity, time - shift, person);
  }

  @Override
  public void opportunityClosed(long opportunity, double time, boolean won) {
    to.opportunityClosed(opportunity, time - shift, won);
  }
}
