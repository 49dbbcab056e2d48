package salesim.crm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The small files a user gives beside an export: YAML read with a size limit and messages that
 * name the file and line (mapping files, {@code --stages}), and the {@code --roles} file. Apart
 * from the export's own tables because these are written by hand, not by a CRM, and are read
 * whole.
 */
final class SideFiles {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final long MAX_SIDE_FILE_BYTES = 1 << 20;

  private SideFiles() {}

  /** A --roles file: user id → INBOUND, OUTBOUND or MIXED (YAML mapping, or CSV id,role). */
  static Map<String, String> readRoles(Path file) {
    Map<String, String> roles = new HashMap<>();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CrmFileException(file.toString(), "cannot read: " + e.getMessage());
      }
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
          continue;
        }
        String[] parts = line.split("[,;\t]", -1);
        if (parts.length != 2) {
          throw new CrmFileException(file.toString(), i + 1, "expected two fields: user id, role");
        }
        roles.put(parts[0].strip(), role(file, parts[1], "row " + (i + 1) + ", column 2"));
      }
      return roles;
    }
    JsonNode tree = yaml(file);
    if (!tree.isObject()) {
      throw new CrmFileException(file.toString(), "expected a mapping of user id: role");
    }
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      roles.put(e.getKey(), role(file, e.getValue().asString(), e.getKey()));
    }
    return roles;
  }

  private static String role(Path file, String text, String where) {
    String role = text.strip().toUpperCase(Locale.ROOT);
    if (!List.of("INBOUND", "OUTBOUND", "MIXED").contains(role)) {
      throw new CrmFileException(file.toString(),
          where + ": expected INBOUND, OUTBOUND or MIXED (got " + text.strip() + ")");
    }
    return role;
  }

  /** A YAML file's tree; a missing, oversized, empty or malformed file is an error. */
  static JsonNode yaml(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new CrmFileException(file.toString(), "file not found");
      }
      if (Files.size(file) > MAX_SIDE_FILE_BYTES) {
        throw new CrmFileException(file.toString(), "file is too large (the limit is 1 MB)");
      }
      JsonNode tree = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (tree == null || tree.isMissingNode()) {
        throw new CrmFileException(file.toString(), "is empty");
      }
      return tree;
    } catch (IOException e) {
      throw new CrmFileException(file.toString(), "cannot read: " + e.getMessage());
    } catch (tools.jackson.core.JacksonException e) {
      String message = e.getOriginalMessage();
      var location = e.getLocation();
      String line = location != null && location.getLineNr() > 0
          ? "line " + location.getLineNr() + ": " : "";
      throw new CrmFileException(file.toString(), line + "not valid YAML: " + message);
    }
  }
}
