package salesim.report.chart;

/**
 * An output file that is missing or cannot be read as salesim wrote it. The message starts with the
 * file's name and says what is wrong, so a user can find it.
 */
public final class MalformedOutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem with {@code file} (a name inside the output folder, e.g. {@code monthly.csv}). */
  public MalformedOutputException(String file, String problem) {
    super(file + ": " + problem);
  }

  /** A problem on a line of {@code file} (1-based, as editors count). */
  public MalformedOutputException(String file, long line, String problem) {
    super(file + " line " + line + ": " + problem);
  }
}
