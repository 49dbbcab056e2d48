package salesim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scenario file and the files it {@code extends}, each read into a tree. An {@code extends} path
 * is relative to the directory of the file that names it; chains may be of any length, and a file
 * that (indirectly) extends itself is an error.
 *
 * @param layers the files' trees without their {@code extends} key, the loaded file first
 */
record ExtendsChain(List<Layer> layers) {

  /** One file of the chain: how messages name it, and its tree. */
  record Layer(String file, ObjectNode tree) {}

  ExtendsChain {
    layers = List.copyOf(layers);
  }

  /**
   * Reads {@code file} and its ancestors.
   *
   * @throws ScenarioException if a file is missing, unreadable, malformed or too large, or an
   *     {@code extends} is not a string, names a missing file or closes a cycle
   */
  static ExtendsChain read(Path file) {
    List<Layer> layers = new ArrayList<>();
    List<Path> seen = new ArrayList<>();
    Path current = file;
    String display = file.toString();
    while (true) {
      seen.add(identity(current));
      ObjectNode tree = readTree(current, display);
      JsonNode parent = tree.remove(Schema.EXTENDS);
      layers.add(new Layer(display, tree));
      if (parent == null) {
        return new ExtendsChain(layers);
      }
      if (!parent.isString() || parent.stringValue().isBlank()) {
        throw new ScenarioException(
            display,
            Schema.EXTENDS,
            "expected the path of a scenario file (got " + JacksonErrors.render(parent) + ")");
      }
      Path dir = current.getParent() == null ? Path.of("") : current.getParent();
      Path next = dir.resolve(parent.stringValue()).normalize();
      String got = " (got " + parent.stringValue() + ")";
      if (!Files.exists(next)) {
        throw new ScenarioException(display, Schema.EXTENDS, "file not found: " + next + got);
      }
      int loop = seen.indexOf(identity(next));
      if (loop >= 0) {
        StringBuilder cycle = new StringBuilder();
        for (int i = loop; i < layers.size(); i++) {
          cycle.append(layers.get(i).file()).append(" -> ");
        }
        cycle.append(next);
        throw new ScenarioException(display, Schema.EXTENDS, "cycle " + cycle + got);
      }
      current = next;
      display = next.toString();
    }
  }

  /** A file's identity for cycle detection: its real path, so links and "../" cannot hide one. */
  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /**
   * Reads one YAML or JSON file into a tree.
   *
   * @throws ScenarioException if the file is missing, unreadable, too large, malformed, or not a
   *     mapping at the top level
   */
  static ObjectNode readTree(Path file, String display) {
    ObjectMapper mapper =
        Mappers.forFile(file.getFileName() == null ? "" : file.getFileName().toString());
    if (mapper == null) {
      throw new ScenarioException(
          display, "", "unsupported file type; expected .yaml, .yml or .json");
    }
    if (Files.isDirectory(file)) {
      throw new ScenarioException(display, "", "is a folder, not a scenario file");
    }
    String text;
    try {
      long size = Files.size(file);
      if (size > Mappers.MAX_FILE_BYTES) {
        throw new ScenarioException(
            display,
            "",
            String.format(
                Locale.ROOT,
                "file is too large: %,d bytes (the limit is %d MB)",
                size,
                Mappers.MAX_FILE_BYTES / (1024 * 1024)));
      }
      // A strict decoder: malformed UTF-8 is an error, not replacement characters in a name.
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (NoSuchFileException e) {
      throw new ScenarioException(display, "", "file not found", e);
    } catch (AccessDeniedException e) {
      throw new ScenarioException(display, "", "cannot read file: permission denied", e);
    } catch (CharacterCodingException e) {
      throw new ScenarioException(display, "", "file is not valid UTF-8 text", e);
    } catch (FileSystemException e) {
      // The operating system's reason ("Not a directory", "Input/output error"), not Java's type.
      String reason = e.getReason() != null ? e.getReason() : e.getMessage();
      throw new ScenarioException(display, "", "cannot read file: " + reason, e);
    } catch (IOException e) {
      throw new ScenarioException(display, "", "cannot read file: " + e, e);
    }
    return parse(mapper, text, display);
  }

  /** Parses a file's text; the top level must be a mapping. */
  static ObjectNode parse(ObjectMapper mapper, String text, String display) {
    JsonNode tree;
    // A byte-order mark is legal at the start of a UTF-8 file; neither parser wants it.
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try {
      tree = Mappers.readTree(mapper, body);
    } catch (JacksonException e) {
      JacksonErrors.Problem problem =
          JacksonErrors.reading(e, Mappers.formatName(mapper), mapper, body);
      throw new ScenarioException(display, problem.path().toString(), problem.text(), e);
    }
    if (mapper == Mappers.YAML) {
      String tag = Mappers.unsupportedTag(body);
      if (tag != null) {
        throw new ScenarioException(
            display,
            "",
            "YAML tag "
                + tag
                + " is not allowed: a scenario holds only plain values, lists and mappings");
      }
    }
    if (tree == null || tree.isMissingNode()) {
      throw new ScenarioException(display, "", "is empty; expected a mapping of scenario fields");
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new ScenarioException(
          display,
          "",
          "expected a mapping of scenario fields at the top level (got "
              + JacksonErrors.render(tree)
              + ")");
    }
    return object;
  }
}
