package salesim.crm;

import java.util.List;
import java.util.Locale;

/**
 * The tables of a CRM history, each with its fields: the names a mapping file uses ({@code
 * columns: {id: DealNo, created: Created}}), which of them are required, and what each holds.
 */
public enum Table {
  OPPORTUNITIES(
      "opportunities",
      true,
      List.of("id", "created", "stage"),
      List.of(
          "id", "account", "owner", "created", "closeDate", "stage", "closed", "won", "amount",
          "source", "type", "currency")),
  STAGE_HISTORY("stageHistory", false, List.of("opportunity", "at", "stage"),
      List.of("opportunity", "at", "stage")),
  LEADS("leads", false, List.of("id", "created"),
      List.of("id", "created", "source", "status", "converted", "convertedAt", "opportunity", "owner")),
  CALLS("calls", false, List.of("id", "at"),
      List.of("id", "owner", "at", "subtype", "direction", "duration", "disposition", "who", "what")),
  MEETINGS("meetings", false, List.of("id", "at"),
      List.of("id", "owner", "at", "outcome", "who", "what")),
  USERS("users", false, List.of("id", "created"),
      List.of("id", "active", "created", "lastModified", "role")),
  ACCOUNTS("accounts", false, List.of("id"), List.of("id", "employees", "revenue", "type")),
  STAGES("stages", false, List.of("name", "order", "closed", "won"),
      List.of("name", "order", "closed", "won"));

  private final String key;
  private final boolean required;
  private final List<String> requiredFields;
  private final List<String> fields;

  Table(String key, boolean required, List<String> requiredFields, List<String> fields) {
    this.key = key;
    this.required = required;
    this.requiredFields = requiredFields;
    this.fields = fields;
  }

  /** The table's name in a mapping file. */
  public String key() {
    return key;
  }

  /** Whether an export must have this table. */
  public boolean required() {
    return required;
  }

  /** Fields every row must have a column for. */
  public List<String> requiredFields() {
    return requiredFields;
  }

  /** Every field, in mapping-file order. */
  public List<String> fields() {
    return fields;
  }

  /** The table with this mapping-file name. */
  public static Table forKey(String key) {
    for (Table t : values()) {
      if (t.key.equals(key)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown table " + key + "; expected one of " + keys());
  }

  /** Every table's key, for messages. */
  public static String keys() {
    StringBuilder b = new StringBuilder();
    for (Table t : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(t.key);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
