package salesim.crm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which file holds each table of an export and which column holds each field, with the formats of
 * its values. Two are built in: {@link #SALESFORCE} (data export API names and report labels) and
 * {@link #HUBSPOT} (property labels); any other CSV export is described by a mapping file ({@link
 * MappingFile}).
 *
 * @param format salesforce, hubspot or csv
 * @param tables each table's files and columns; a table that is absent is not read
 * @param values how dates, numbers and durations are written
 * @param outboundSources lead sources that count as outbound, or null for the default list
 */
public record Mapping(
    String format, Map<Table, TableMapping> tables, ValueFormat values, List<String> outboundSources) {

  public Mapping {
    Objects.requireNonNull(format, "format");
    tables = Collections.unmodifiableMap(new EnumMap<>(tables));
    Objects.requireNonNull(values, "values");
    outboundSources = outboundSources == null ? null : List.copyOf(outboundSources);
  }

  /**
   * One table's place in the export.
   *
   * @param files file names to look for, first found wins (case does not matter)
   * @param columns per field, the headers that may hold it, first found wins (case and spacing do
   *     not matter)
   * @param keepWhere rows are kept only where these fields hold these values (Task rows whose
   *     TaskSubtype is Call); others are skipped and counted
   * @param stageEntryPrefix for HubSpot deals: columns {@code <prefix>"<stage>"...} give the time a
   *     deal entered each stage; null when the export has a stage history table instead
   */
  public record TableMapping(
      List<String> files,
      Map<String, List<String>> columns,
      Map<String, String> keepWhere,
      String stageEntryPrefix) {

    public TableMapping {
      files = List.copyOf(files);
      Map<String, List<String>> copy = new LinkedHashMap<>();
      columns.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      columns = Collections.unmodifiableMap(copy);
      keepWhere = Map.copyOf(keepWhere);
    }
  }

  /**
   * How values are written.
   *
   * @param datePatterns date patterns tried (java.time, e.g. {@code dd.MM.yyyy}) before ISO-8601
   * @param datetimePatterns date-time patterns tried before ISO-8601
   * @param decimalSeparator {@code .} or {@code ,} in amounts
   * @param delimiter the field separator, or 0 to detect it from the header (comma, semicolon, tab)
   * @param durationMillis whether a call duration given as a plain number is in milliseconds
   *     (HubSpot) rather than seconds
   * @param usDates whether the M/d/yyyy forms of Salesforce reports (US locale) are tried after
   *     ISO-8601
   */
  public record ValueFormat(
      List<String> datePatterns,
      List<String> datetimePatterns,
      char decimalSeparator,
      char delimiter,
      boolean durationMillis,
      boolean usDates) {

    public ValueFormat {
      datePatterns = List.copyOf(datePatterns);
      datetimePatterns = List.copyOf(datetimePatterns);
      if (decimalSeparator != '.' && decimalSeparator != ',') {
        throw new IllegalArgumentException(
            "decimalSeparator: must be . or , (got " + decimalSeparator + ")");
      }
    }

    /** ISO dates only, decimal point, detected delimiter. */
    static ValueFormat iso(boolean durationMillis) {
      return new ValueFormat(List.of(), List.of(), '.', (char) 0, durationMillis, false);
    }

    /** The same format with patterns tried first (a --date-format option). */
    public ValueFormat withPatterns(List<String> dates, List<String> datetimes) {
      List<String> d = new ArrayList<>(dates);
      d.addAll(datePatterns);
      List<String> t = new ArrayList<>(datetimes);
      t.addAll(datetimePatterns);
      return new ValueFormat(d, t, decimalSeparator, delimiter, durationMillis, usDates);
    }
  }

  /** The same mapping with other value formats. */
  public Mapping withValues(ValueFormat newValues) {
    return new Mapping(format, tables, newValues, outboundSources);
  }

  /** Field → headers, from alternating arguments: field, header, header, ..., ";", field, ... */
  private static Map<String, List<String>> columns(String... spec) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    String field = null;
    List<String> headers = new ArrayList<>();
    for (String s : spec) {
      if (s.equals(";")) {
        map.put(field, headers);
        field = null;
        headers = new ArrayList<>();
      } else if (field == null) {
        field = s;
      } else {
        headers.add(s);
      }
    }
    if (field != null) {
      map.put(field, headers);
    }
    return map;
  }

  private static TableMapping table(List<String> files, String... spec) {
    return new TableMapping(files, columns(spec), Map.of(), null);
  }

  /**
   * A Salesforce data export (one CSV per object, API field names) or report exports of the same
   * objects (field labels). Report exports carry people's names where the data export has ids
   * (Opportunity Owner): they are pseudonymised like ids. Dates: ISO-8601, and the M/d/yyyy forms
   * Salesforce reports use in the US locale.
   */
  public static final Mapping SALESFORCE = salesforce();

  private static Mapping salesforce() {
    Map<Table, TableMapping> t = new EnumMap<>(Table.class);
    t.put(Table.OPPORTUNITIES, table(List.of("Opportunity.csv", "Opportunities.csv"),
        "id", "Id", "Opportunity ID", "Opportunity Id", ";",
        "account", "AccountId", "Account ID", ";",
        "owner", "OwnerId", "Owner ID", "Opportunity Owner", "Owner", ";",
        "created", "CreatedDate", "Created Date", ";",
        "closeDate", "CloseDate", "Close Date", ";",
        "stage", "StageName", "Stage", ";",
        "closed", "IsClosed", "Closed", ";",
        "won", "IsWon", "Won", ";",
        "amount", "Amount", ";",
        "source", "LeadSource", "Lead Source", ";",
        "type", "Type", "Opportunity Type", ";",
        "currency", "CurrencyIsoCode", "Opportunity Currency", "Currency"));
    t.put(Table.STAGE_HISTORY, table(List.of("OpportunityHistory.csv", "Opportunity History.csv"),
        "opportunity", "OpportunityId", "Opportunity ID", ";",
        "at", "CreatedDate", "Created Date", "Edit Date", "Last Modified", ";",
        "stage", "StageName", "Stage", "To Stage"));
    t.put(Table.LEADS, table(List.of("Lead.csv", "Leads.csv"),
        "id", "Id", "Lead ID", ";",
        "created", "CreatedDate", "Created Date", "Create Date", ";",
        "source", "LeadSource", "Lead Source", ";",
        "status", "Status", "Lead Status", ";",
        "converted", "IsConverted", "Converted", ";",
        "convertedAt", "ConvertedDate", "Converted Date", ";",
        "opportunity", "ConvertedOpportunityId", "Converted Opportunity ID", ";",
        "owner", "OwnerId", "Owner ID", "Lead Owner"));
    t.put(Table.CALLS, new TableMapping(List.of("Task.csv", "Tasks.csv", "Activities.csv"),
        columns(
            "id", "Id", "Activity ID", "Task ID", ";",
            "owner", "OwnerId", "Assigned ID", "Assigned", "Assigned To", ";",
            "at", "CreatedDate", "Created Date", ";",
            "subtype", "TaskSubtype", "Task Subtype", ";",
            "direction", "CallType", "Call Type", ";",
            "duration", "CallDurationInSeconds", "Call Duration", "Call Duration (seconds)", ";",
            "disposition", "CallDisposition", "Call Result", "Call Disposition", ";",
            "who", "WhoId", "Name ID", "Contact/Lead ID", ";",
            "what", "WhatId", "Related To ID"),
        Map.of("subtype", "Call"), null));
    t.put(Table.MEETINGS, table(List.of("Event.csv", "Events.csv"),
        "id", "Id", "Event ID", "Activity ID", ";",
        "owner", "OwnerId", "Assigned ID", "Assigned", "Assigned To", ";",
        "at", "ActivityDateTime", "Start", "Start Date Time", "Start DateTime", ";",
        "outcome", "Outcome", "Meeting Outcome", ";",
        "who", "WhoId", "Name ID", ";",
        "what", "WhatId", "Related To ID"));
    t.put(Table.USERS, table(List.of("User.csv", "Users.csv"),
        "id", "Id", "User ID", ";",
        "active", "IsActive", "Active", ";",
        "created", "CreatedDate", "Created Date", ";",
        "lastModified", "LastModifiedDate", "Last Modified Date", ";",
        "role", "UserRole.Name", "Role", "UserRole"));
    t.put(Table.ACCOUNTS, table(List.of("Account.csv", "Accounts.csv"),
        "id", "Id", "Account ID", ";",
        "employees", "NumberOfEmployees", "Employees", ";",
        "revenue", "AnnualRevenue", "Annual Revenue", ";",
        "type", "Type", "Account Type"));
    t.put(Table.STAGES, table(List.of("OpportunityStage.csv", "OpportunityStages.csv"),
        "name", "MasterLabel", "ApiName", "Stage Name", "Label", ";",
        "order", "SortOrder", "Sort Order", ";",
        "closed", "IsClosed", "Closed", ";",
        "won", "IsWon", "Won"));
    ValueFormat values = new ValueFormat(List.of(), List.of(), '.', (char) 0, false, true);
    return new Mapping("salesforce", t, values, null);
  }

  /**
   * A HubSpot export: deals (with the per-stage {@code Date entered "<stage>"} columns), contacts
   * as leads, calls, meetings, users and companies, with HubSpot's property labels. A call duration
   * given as a plain number is in milliseconds, as HubSpot stores it.
   */
  public static final Mapping HUBSPOT = hubspot();

  private static Mapping hubspot() {
    Map<Table, TableMapping> t = new EnumMap<>(Table.class);
    t.put(Table.OPPORTUNITIES, new TableMapping(List.of("deals.csv", "hubspot-deals.csv"),
        columns(
            "id", "Record ID", "Deal ID", ";",
            "account", "Associated Company IDs", "Associated Company ID", "Company ID", ";",
            "owner", "Deal owner", "Deal Owner", "HubSpot owner", ";",
            "created", "Create Date", "Created Date", ";",
            "closeDate", "Close Date", ";",
            "stage", "Deal Stage", ";",
            "amount", "Amount", ";",
            "source", "Original Source", "Original Traffic Source", "Deal source", ";",
            "type", "Deal Type", ";",
            "currency", "Currency"),
        Map.of(), "Date entered "));
    t.put(Table.LEADS, table(List.of("contacts.csv", "hubspot-contacts.csv", "leads.csv"),
        "id", "Record ID", "Contact ID", ";",
        "created", "Create Date", "Created Date", ";",
        "source", "Original Source", "Original Traffic Source", ";",
        "status", "Lifecycle Stage", "Lead Status", ";",
        "convertedAt", "Became an Opportunity Date", ";",
        "opportunity", "Associated Deal IDs", "Associated Deal ID", ";",
        "owner", "Contact owner", "Contact Owner", "HubSpot owner"));
    t.put(Table.CALLS, table(List.of("calls.csv", "hubspot-calls.csv"),
        "id", "Record ID", "Activity ID", "Call ID", ";",
        "owner", "Activity assigned to", "Call owner", "HubSpot owner", ";",
        "at", "Activity date", "Create date", "Create Date", "Created at", ";",
        "direction", "Call direction", ";",
        "duration", "Call duration", ";",
        "disposition", "Call outcome", ";",
        "who", "Associated Contact IDs", "Associated Contact ID", ";",
        "what", "Associated Deal IDs", "Associated Deal ID"));
    t.put(Table.MEETINGS, table(List.of("meetings.csv", "hubspot-meetings.csv"),
        "id", "Record ID", "Activity ID", "Meeting ID", ";",
        "owner", "Activity assigned to", "Meeting owner", "HubSpot owner", ";",
        "at", "Meeting start time", "Activity date", "Start time", ";",
        "outcome", "Meeting outcome", ";",
        "who", "Associated Contact IDs", "Associated Contact ID", ";",
        "what", "Associated Deal IDs", "Associated Deal ID"));
    t.put(Table.USERS, table(List.of("users.csv", "owners.csv", "hubspot-users.csv"),
        "id", "User ID", "Owner ID", "Owner", "Name", ";",
        "active", "Active", ";",
        "created", "Created at", "Created", "Create Date", ";",
        "lastModified", "Deactivated at", "Last Modified Date", "Updated at", ";",
        "role", "Role", "Team"));
    t.put(Table.ACCOUNTS, table(List.of("companies.csv", "hubspot-companies.csv"),
        "id", "Record ID", "Company ID", ";",
        "employees", "Number of Employees", "Number of employees", ";",
        "revenue", "Annual Revenue", ";",
        "type", "Type", "Company Type"));
    t.put(Table.STAGES, table(List.of("stages.csv", "deal-stages.csv"),
        "name", "Stage", "Deal Stage", "Label", ";",
        "order", "Display order", "Order", ";",
        "closed", "Is closed", "Closed", ";",
        "won", "Is won", "Won"));
    return new Mapping("hubspot", t, ValueFormat.iso(true), null);
  }
}
