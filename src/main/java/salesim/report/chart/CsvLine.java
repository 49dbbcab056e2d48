package salesim.report.chart;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of the RFC 4180 CSV that salesim writes (quoted fields, doubled quotes). */
public final class CsvLine {

  private CsvLine() {}

  /** The fields of a line. */
  public static List<String> split(String line, String file, long number) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new MalformedOutputException(file, number, "a quoted field is not closed");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < line.length() && line.charAt(i) != ',') {
          throw new MalformedOutputException(file, number, "text after a quoted field");
        }
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? line.length() : comma;
        field.append(line, i, end);
        i = end;
      }
      fields.add(field.toString());
      if (i >= line.length()) {
        return fields;
      }
      i++; // the comma
    }
  }

  /** A finite number, or an error naming the file, line and column. */
  static double number(String text, String file, long line, String column) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new MalformedOutputException(file, line, column + " is not a number (got " + text + ")");
  }
}
