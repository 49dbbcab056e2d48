package salesim.crm;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A point in time as an export gives it: a date and time (in UTC when the export names a zone), or
 * a date alone, which says only that the event happened some time that day.
 *
 * @param at the time; midnight for a date alone
 * @param dateOnly whether the export gave only the date
 */
public record Stamp(LocalDateTime at, boolean dateOnly) implements Comparable<Stamp> {

  public Stamp {
    Objects.requireNonNull(at, "at");
  }

  /** A date and time. */
  public static Stamp of(LocalDateTime at) {
    return new Stamp(at, false);
  }

  /** A date alone. */
  public static Stamp ofDate(java.time.LocalDate date) {
    return new Stamp(date.atStartOfDay(), true);
  }

  /** The calendar date. */
  public java.time.LocalDate date() {
    return at.toLocalDate();
  }

  /** Whether this is before {@code other} (by time; a date alone counts as its midnight). */
  public boolean isBefore(Stamp other) {
    return at.isBefore(other.at);
  }

  @Override
  public int compareTo(Stamp other) {
    int c = at.compareTo(other.at);
    return c != 0 ? c : Boolean.compare(dateOnly, other.dateOnly);
  }
}
