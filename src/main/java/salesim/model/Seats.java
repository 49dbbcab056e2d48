package salesim.model;

import java.util.Arrays;
import salesim.model.rep.Role;

/**
 * The team's seats — positions that outlive the people in them — and their bookkeeping: which
 * are open, which close when their rep leaves, each one's role, whether someone sits in it, the
 * month a vacant one is backfilled, and management's ban on the mixed reps' prospecting; with the
 * head counts and prospecting rules the model reads from them. Apart from {@link Roster}, which
 * moves people into and out of the seats, because these facts are about positions, not persons:
 * the rep's day and the management rules ask them all the time and need nothing of who sits
 * there.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Seats {

  /** Seats there can ever be; {@link #open} says which the team has now. */
  private final int seats;
  private final boolean[] open;
  /** An open seat that closes when its rep leaves (a planned or load-driven shrink). */
  private final boolean[] closeWhenVacant;
  private final Role[] role;
  private final boolean[] active;
  /** The month a vacant open seat's backfill starts. */
  private final int[] backfillMonth;
  /** Management has told the mixed reps to stop prospecting. */
  private boolean mixedBanned;

  Seats(int seats) {
    this.seats = seats;
    open = new boolean[seats];
    closeWhenVacant = new boolean[seats];
    role = new Role[seats];
    active = new boolean[seats];
    backfillMonth = new int[seats];
    Arrays.fill(role, Role.MIXED);
    Arrays.fill(backfillMonth, -1);
  }

  /** Opens a seat of a role for the team the run starts with. */
  void open(int seat, Role seatRole) {
    open[seat] = true;
    role[seat] = seatRole;
  }

  /**
   * Opens the first seat that is neither open nor occupied, in a role, to be filled at {@code
   * fillMonth}'s backfill; returns it, or -1 if the team is at its most seats.
   */
  int openUnused(Role seatRole, int fillMonth) {
    for (int seat = 0; seat < seats; seat++) {
      if (!open[seat] && !active[seat]) {
        open[seat] = true;
        role[seat] = seatRole;
        backfillMonth[seat] = fillMonth;
        return seat;
      }
    }
    return -1;
  }

  /** Closes a vacant open seat of a role at once; false if the role has none. */
  boolean closeVacant(Role which) {
    for (int seat = 0; seat < seats; seat++) {
      if (open[seat] && !active[seat] && role[seat] == which) {
        open[seat] = false;
        backfillMonth[seat] = -1;
        return true;
      }
    }
    return false;
  }

  /** Marks an occupied seat to close when its rep leaves. */
  void closeWhenVacant(int seat) {
    closeWhenVacant[seat] = true;
  }

  /** Whether the seat closes when its rep leaves. */
  boolean closesWhenVacant(int seat) {
    return closeWhenVacant[seat];
  }

  /** Someone now sits in the seat. */
  void occupy(int seat) {
    active[seat] = true;
  }

  /** The seat's rep has gone. */
  void vacate(int seat) {
    active[seat] = false;
  }

  /** After a departure: the seat closes if it was set to, else its backfill starts in a month. */
  void closeOrBackfill(int seat, int month) {
    if (closeWhenVacant[seat]) {
      open[seat] = false;
      closeWhenVacant[seat] = false;
      backfillMonth[seat] = -1;
    } else {
      backfillMonth[seat] = month;
    }
  }

  /** Whether an open, vacant seat's hiring delay runs out this month. */
  boolean backfillDue(int seat, int month) {
    return open[seat] && !active[seat] && backfillMonth[seat] == month;
  }

  boolean isOpen(int seat) {
    return open[seat];
  }

  boolean active(int seat) {
    return active[seat];
  }

  Role role(int seat) {
    return role[seat];
  }

  /** Gives a seat a role. */
  void setRole(int seat, Role newRole) {
    role[seat] = newRole;
  }

  /** Management stops the mixed reps' prospecting. */
  void banMixedProspecting() {
    mixedBanned = true;
  }

  /** Management lets the mixed reps prospect again. */
  void liftMixedBan() {
    mixedBanned = false;
  }

  /** Whether the mixed reps have been told to stop prospecting. */
  boolean mixedBanned() {
    return mixedBanned;
  }

  /** Whether no one may prospect any more: no outbound role, and mixed reps banned or gone. */
  boolean outboundEnded() {
    for (int seat = 0; seat < seats; seat++) {
      if (open[seat]
          && (role[seat] == Role.OUTBOUND || (role[seat] == Role.MIXED && !mixedBanned))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the seat's occupant may prospect, given the roles and management's bans. */
  boolean mayProspect(int seat) {
    if (!active[seat] || !role[seat].mayProspect()) {
      return false;
    }
    return !(role[seat] == Role.MIXED && mixedBanned);
  }

  /** Active reps of a role. */
  int count(Role wanted) {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (active[seat] && role[seat] == wanted) {
        count++;
      }
    }
    return count;
  }

  /** Open seats of a role (filled or awaiting their backfill), less those set to close. */
  int seatsOf(Role wanted) {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (open[seat] && role[seat] == wanted && !closeWhenVacant[seat]) {
        count++;
      }
    }
    return count;
  }

  /** Open seats, filled or awaiting their backfill. */
  int countOpen() {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (open[seat]) {
        count++;
      }
    }
    return count;
  }

  /** Active reps. */
  int activeCount() {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (active[seat]) {
        count++;
      }
    }
    return count;
  }

  /** Active reps allowed to prospect. */
  int prospectorCount() {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (mayProspect(seat)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Checks the books after {@code month}'s backfill: every occupied seat is open, a seat set to
   * close when vacant is still occupied, and every open vacant seat awaits a backfill still to
   * come (one whose month has passed would stay empty for the rest of the run).
   */
  void checkBooks(int month) {
    for (int seat = 0; seat < seats; seat++) {
      if ((active[seat] && !open[seat])
          || (closeWhenVacant[seat] && !active[seat])
          || (open[seat] && !active[seat] && backfillMonth[seat] <= month)) {
        throw new IllegalStateException(
            "seat " + seat + " inconsistent after month " + month + "'s backfill: open "
                + open[seat] + ", occupied " + active[seat] + ", closes when vacant "
                + closeWhenVacant[seat] + ", backfill month " + backfillMonth[seat]);
      }
    }
  }
}
