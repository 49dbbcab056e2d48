package salesim.crm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the values of an export's cells: dates and date-times (the mapping's patterns first, then
 * the ISO-8601 forms), amounts with either decimal separator and any grouping or currency sign,
 * booleans, and call durations. A value that does not parse is an {@link IllegalArgumentException}
 * whose message says what was expected; the reader adds the file, row and column.
 *
 * <p>Thread-safe once built.
 */
final class Values {

  /** {@code 2024-03-05T10:22:31.000Z}, {@code 2024-03-05T10:22:31+01:00}, and without seconds. */
  private static final DateTimeFormatter ZONED =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendPattern("HH:mm")
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .appendOffset("+HH:MM", "Z")
          .toFormatter(Locale.ROOT);

  /** {@code 2024-03-05T10:22:31}, {@code 2024-03-05 10:22} (HubSpot), fractions allowed. */
  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendPattern("HH:mm")
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private final List<DateTimeFormatter> preferredDates = new ArrayList<>();
  private final List<DateTimeFormatter> preferredDatetimes = new ArrayList<>();
  private final List<DateTimeFormatter> fallbackDates = new ArrayList<>();
  private final List<DateTimeFormatter> fallbackDatetimes = new ArrayList<>();
  private final List<String> patterns = new ArrayList<>();
  private final char decimal;
  private final boolean durationMillis;

  Values(Mapping.ValueFormat format) {
    for (String p : format.datePatterns()) {
      preferredDates.add(formatter(p));
      patterns.add(p);
    }
    for (String p : format.datetimePatterns()) {
      preferredDatetimes.add(formatter(p));
      patterns.add(p);
    }
    if (format.usDates()) {
      for (String p : List.of("M/d/yyyy h:mm a", "M/d/yyyy H:mm")) {
        fallbackDatetimes.add(formatter(p));
        patterns.add(p);
      }
      fallbackDates.add(formatter("M/d/yyyy"));
      patterns.add("M/d/yyyy");
    }
    this.decimal = format.decimalSeparator();
    this.durationMillis = format.durationMillis();
  }

  /** A java.time pattern, strict (31 February is refused), in English for month names and AM/PM. */
  static DateTimeFormatter formatter(String pattern) {
    try {
      return new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
          .toFormatter(Locale.US)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a date pattern: " + pattern + " (" + e.getMessage() + ")");
    }
  }

  /**
   * A date or date-time; zoned times are converted to UTC. The mapping's own patterns come first;
   * then ISO-8601, recognised by its shape so no failed parse is tried; then the built-in
   * fallbacks (Salesforce reports' M/d/yyyy forms). Attempts that fail throw nothing, so a large
   * export parses fast.
   */
  Stamp stamp(String text) {
    String s = text.strip();
    Stamp found = patterns(s, preferredDatetimes, preferredDates);
    if (found != null) {
      return found;
    }
    if (isoShaped(s)) {
      try {
        if (s.length() == 10) {
          return Stamp.ofDate(LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE));
        }
        char last = s.charAt(s.length() - 1);
        boolean zoned = last == 'Z' || last == 'z' || s.lastIndexOf('+') > 10
            || s.lastIndexOf('-') > 10;
        return zoned
            ? Stamp.of(OffsetDateTime.parse(s, ZONED).withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDateTime())
            : Stamp.of(LocalDateTime.parse(s, LOCAL));
      } catch (DateTimeParseException e) {
        // an ISO shape with impossible values (2024-13-45): the message below
      }
    } else {
      found = patterns(s, fallbackDatetimes, fallbackDates);
      if (found != null) {
        return found;
      }
    }
    StringBuilder expected = new StringBuilder("2024-03-05, 2024-03-05T10:22:31.000Z");
    for (String p : patterns) {
      expected.append(", ").append(p);
    }
    throw new IllegalArgumentException(
        "not a date (got " + text + "); expected a form such as " + expected
            + " (--date-format or the mapping's dateFormat sets another)");
  }

  /** yyyy-MM-dd at the start. */
  private static boolean isoShaped(String s) {
    if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Stamp patterns(String s, List<DateTimeFormatter> datetimes,
      List<DateTimeFormatter> dates) {
    for (DateTimeFormatter f : datetimes) {
      if (fits(f, s)) {
        try {
          return Stamp.of(LocalDateTime.parse(s, f));
        } catch (DateTimeParseException e) {
          // fits the pattern, but not a real time (31 February): try the next
        }
      }
    }
    for (DateTimeFormatter f : dates) {
      if (fits(f, s)) {
        try {
          return Stamp.ofDate(LocalDate.parse(s, f));
        } catch (DateTimeParseException e) {
          // not a real date: try the next
        }
      }
    }
    return null;
  }

  /** Whether the whole text fits a pattern, without throwing when it does not. */
  private static boolean fits(DateTimeFormatter f, String s) {
    java.text.ParsePosition at = new java.text.ParsePosition(0);
    return f.parseUnresolved(s, at) != null && at.getErrorIndex() < 0 && at.getIndex() == s.length();
  }

  /**
   * An amount: digits with the mapping's decimal separator; grouping (the other separator, spaces,
   * apostrophes), currency codes and signs around it are ignored; {@code 12%} reads as 12.
   */
  double number(String text) {
    String s = text.strip();
    StringBuilder digits = new StringBuilder();
    boolean negative = false;
    boolean seenDigit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        seenDigit = true;
      } else if (c == decimal) {
        digits.append('.');
      } else if ((c == '-' || c == '\u2212') && !seenDigit) {
        negative = true;
      } else if (c == '(' && !seenDigit) {
        negative = true; // accounting notation: (1,200.00)
      } else if ((c == 'e' || c == 'E') && seenDigit && i + 1 < s.length()) {
        digits.append('E');
      } else if ((c == '+' || c == '-') && digits.length() > 0
          && digits.charAt(digits.length() - 1) == 'E') {
        digits.append(c);
      } else if (c == ',' || c == '.' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\''
          || c == ')' || c == '%' || Character.isLetter(c) || Character.getType(c)
              == Character.CURRENCY_SYMBOL) {
        // grouping, currency, percent: not part of the number
      } else {
        throw new IllegalArgumentException("not a number (got " + text + ")");
      }
    }
    if (!seenDigit || digits.indexOf(".") != digits.lastIndexOf(".")) {
      throw new IllegalArgumentException(
          "not a number (got " + text + ") with decimal separator " + decimal);
    }
    double value;
    try {
      value = Double.parseDouble(digits.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number (got " + text + ")");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number (got " + text + ")");
    }
    return negative ? -value : value;
  }

  /** true/false, 1/0, yes/no, y/n, in any case. */
  static boolean bool(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
      case "yes":
      case "y":
        return true;
      case "false":
      case "0":
      case "no":
      case "n":
        return false;
      default:
        throw new IllegalArgumentException("not true or false (got " + text + ")");
    }
  }

  /** A call duration in seconds: {@code h:mm:ss} or {@code mm:ss}, or a number (seconds or ms). */
  double durationSeconds(String text) {
    String s = text.strip();
    if (s.indexOf(':') >= 0) {
      String[] parts = s.split(":", -1);
      if (parts.length > 3) {
        throw new IllegalArgumentException("not a duration (got " + text + ")");
      }
      double seconds = 0;
      for (String part : parts) {
        if (part.isEmpty() || !part.chars().allMatch(Character::isDigit) || part.length() > 6) {
          throw new IllegalArgumentException(
              "not a duration (got " + text + "); expected h:mm:ss, mm:ss or seconds");
        }
        seconds = seconds * 60 + Integer.parseInt(part);
      }
      return seconds;
    }
    double value = number(s);
    if (value < 0) {
      throw new IllegalArgumentException("a duration cannot be negative (got " + text + ")");
    }
    return durationMillis ? value / 1000.0 : value;
  }
}
