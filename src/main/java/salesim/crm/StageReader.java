package salesim.crm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the stage definitions, in stage order: the export's own stage table, or a {@code --stages}
 * file (a YAML list of {@code {name, order, closed, won}}, or a CSV with the column names of the
 * Salesforce or HubSpot stage table). Apart from the other tables because every other reader
 * depends on it: stages are mapped from these definitions, never guessed from their names.
 */
final class StageReader {

  private final ExportFolder folder;

  StageReader(ExportFolder folder) {
    this.folder = folder;
  }

  /** The export's stage table, or empty if it has none. */
  List<StageDefinition> fromExport() {
    List<StageDefinition> stages = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    folder.each(Table.STAGES, (row, r) -> {
      String name = r.text("name");
      if (name == null) {
        folder.drop(r.file, "rows without a stage name");
        return;
      }
      if (!seen.add(name)) {
        throw new CrmFileException(r.file, row, r.header("name"),
            "stage " + name + " is defined twice");
      }
      stages.add(new StageDefinition(name, r.whole("order"), r.bool("closed"), r.bool("won")));
    });
    stages.sort((a, b) -> Integer.compare(a.order(), b.order()));
    return stages;
  }

  /** A --stages file, CSV or YAML by its name. */
  List<StageDefinition> fromFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      Map<String, List<String>> columns = new LinkedHashMap<>();
      for (Mapping m : List.of(Mapping.SALESFORCE, Mapping.HUBSPOT)) {
        m.tables().get(Table.STAGES).columns().forEach((k, v) ->
            columns.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      }
      columns.forEach((k, v) -> v.add(k));
      Mapping.TableMapping tm = new Mapping.TableMapping(List.of(), columns, Map.of(), null);
      if (!Files.isRegularFile(file)) {
        throw new CrmFileException(file.toString(), "file not found");
      }
      List<StageDefinition> stages = new ArrayList<>();
      folder.readCsv(file, tm, Table.STAGES, (char) 0, (row, r) -> stages.add(new StageDefinition(
          r.text("name") == null ? fail(r, row) : r.text("name"), r.whole("order"),
          r.bool("closed"), r.bool("won"))));
      stages.sort((a, b) -> Integer.compare(a.order(), b.order()));
      return stages;
    }
    JsonNode tree = SideFiles.yaml(file);
    if (!tree.isArray()) {
      throw new CrmFileException(file.toString(),
          "expected a list of stages, each {name, order, closed, won}");
    }
    List<StageDefinition> stages = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < tree.size(); i++) {
      JsonNode s = tree.get(i);
      String at = "[" + i + "]";
      String stageName = yamlText(file, s, "name", at);
      if (!seen.add(stageName)) {
        throw new CrmFileException(file.toString(),
            at + ".name: stage " + stageName + " is defined twice");
      }
      JsonNode order = s.get("order");
      if (order == null || !order.isIntegralNumber()) {
        throw new CrmFileException(file.toString(), at + ".order: expected a whole number");
      }
      stages.add(new StageDefinition(stageName, order.intValue(), yamlBool(file, s, "closed", at),
          yamlBool(file, s, "won", at)));
      if (stages.get(stages.size() - 1).won() && !stages.get(stages.size() - 1).closed()) {
        throw new CrmFileException(file.toString(), at + ".won: a won stage must be closed");
      }
    }
    stages.sort((a, b) -> Integer.compare(a.order(), b.order()));
    return stages;
  }

  private static String fail(ExportRow r, long row) {
    throw new CrmFileException(r.file, row, r.header("name"), "empty; expected the stage's name");
  }

  private static String yamlText(Path file, JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || !v.isValueNode() || v.asString().isBlank()) {
      throw new CrmFileException(file.toString(), at + "." + field + ": expected text");
    }
    return v.asString();
  }

  private static boolean yamlBool(Path file, JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || !v.isBoolean()) {
      throw new CrmFileException(file.toString(), at + "." + field + ": expected true or false");
    }
    return v.booleanValue();
  }
}
