package salesim.report;

/** RFC 4180 field quoting for the CSV writers. */
final class Csv {

  private Csv() {}

  /** The field, quoted if it holds a comma, quote, or line break. */
  static String field(String value) {
    boolean quote = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
