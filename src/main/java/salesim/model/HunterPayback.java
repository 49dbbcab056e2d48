package salesim.model;

import java.util.Arrays;

/**
 * The CFO's question about a new hunter (issue 15): how many months until a rep hired into an
 * outbound seat in the horizon has covered her loaded cost with the gross margin on her bookings.
 * Keeps each such hire's seat, first month and last month, and reads her bookings and cost from
 * the ledger at the end.
 *
 * <p>Note: This class is not thread-safe.
 */
final class HunterPayback {

  private final Replication r;
  // Hunters hired into outbound seats in the horizon: seat, first month, month they left (or -1).
  private int[] seat = new int[8];
  private int[] from = new int[8];
  private int[] to = new int[8];
  private int hunters;
  /** The hunter (an index into the lists above) in each seat now, or -1. */
  private final int[] in;

  HunterPayback(Replication replication, int seats) {
    this.r = replication;
    in = new int[seats];
    Arrays.fill(in, -1);
  }

  /** A rep starts in an outbound seat this month. */
  void hired(int seatIndex) {
    if (hunters == seat.length) {
      seat = Arrays.copyOf(seat, hunters * 2);
      from = Arrays.copyOf(from, hunters * 2);
      to = Arrays.copyOf(to, hunters * 2);
    }
    seat[hunters] = seatIndex;
    from[hunters] = r.month;
    to[hunters] = -1;
    in[seatIndex] = hunters++;
  }

  /** The seat's rep leaves in {@code month}: her months end there. */
  void left(int seatIndex, int month) {
    if (in[seatIndex] >= 0) {
      to[in[seatIndex]] = month;
      in[seatIndex] = -1;
    }
  }

  /** Reps hired into outbound seats in the horizon. */
  int hired() {
    return hunters;
  }

  /**
   * The mean months until a hunter hired in the horizon covered her loaded cost with the gross
   * margin on her bookings; a hunter not there yet counts at the months she has had (so a lower
   * bound), and the horizon's months stand in when none was hired.
   */
  double paybackMonths(Ledger ledger) {
    if (hunters == 0) {
      return r.reported;
    }
    double margin = r.p.finance().grossMargin();
    double sum = 0.0;
    for (int h = 0; h < hunters; h++) {
      int end = to[h] < 0 ? r.months : to[h];
      double cumulative = 0.0;
      int months = end - from[h];
      for (int m = from[h]; m < end; m++) {
        cumulative += ledger.bookings(seat[h], m) * margin - ledger.seatCost(seat[h], m);
        if (cumulative >= 0.0) {
          months = m - from[h] + 1;
          break;
        }
      }
      sum += months;
    }
    return sum / hunters;
  }
}
