package salesim.crm;

/**
 * An export file that cannot be read: missing, malformed, or a value that is not what its column
 * holds. The message names the file and, where one is to blame, the row and column: {@code
 * export/Opportunity.csv: row 14, column CloseDate: not a date (got 2024-13-45)}. Rows count as a
 * spreadsheet shows them: the header is row 1.
 */
public final class CrmFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem with a whole file. */
  public CrmFileException(String file, String problem) {
    super(file + ": " + problem);
  }

  /** A problem in one cell. */
  public CrmFileException(String file, long row, String column, String problem) {
    super(file + ": row " + row + ", column " + column + ": " + problem);
  }

  /** A problem with one row. */
  public CrmFileException(String file, long row, String problem) {
    super(file + ": row " + row + ": " + problem);
  }
}
