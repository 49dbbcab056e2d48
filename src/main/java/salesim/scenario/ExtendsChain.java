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
 * A scenario file and the files it {@code extends}, each read into a tree. {@code extends} names
 * one file or a list of files ({@code extends: [nordlys.yaml, plans/split.yaml]}), each path
 * relative to the directory of the file that names it, applied in order: the first is the base,
 * each next one merges over it, and the file itself over them all (issue 12, item 8). Each of
 * those may extend others in turn; a file reached twice (two plans built on one company) is
 * applied once, at its first place. A file that (indirectly) extends itself, or names one that
 * does not exist, is an error that shows the chain.
 *
 * @param layers the files' trees without their {@code extends} key, in the reverse of the order
 *     they merge: the loaded file first, the file everything else builds on last
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
   *     {@code extends} is not a path or a list of paths, names a missing file or closes a cycle
   */
  static ExtendsChain read(Path file) {
    List<Layer> merged = new ArrayList<>();
    visit(file, file.toString(), new ArrayList<>(), new ArrayList<>(), merged);
    List<Layer> layers = new ArrayList<>(merged);
    java.util.Collections.reverse(layers);
    return new ExtendsChain(layers);
  }

  /**
   * Adds {@code current}'s ancestors, then {@code current}, to {@code merged} (merge order),
   * skipping files already there.
   *
   * @param stack the files being visited, outermost first: a cycle returns to one of them
   * @param done the identities of the files already in {@code merged}
   */
  private static void visit(
      Path current, String display, List<Layer> stack, List<Path> done, List<Layer> merged) {
    ObjectNode tree = readTree(current, display);
    JsonNode parents = tree.remove(Schema.EXTENDS);
    Layer layer = new Layer(display, tree);
    List<Path> onStack = new ArrayList<>();
    for (Layer l : stack) {
      onStack.add(identity(Path.of(l.file())));
    }
    stack.add(layer);
    Path dir = current.getParent() == null ? Path.of("") : current.getParent();
    for (String parent : parents(parents, display)) {
      Path next = dir.resolve(parent).normalize();
      String got = " (got " + parent + ")";
      if (!Files.exists(next)) {
        String via = stack.size() > 1 ? "; the chain is " + chain(stack, next) : "";
        throw new ScenarioException(
            display, Schema.EXTENDS, "file not found: " + next + " (got " + parent + via + ")");
      }
      Path id = identity(next);
      if (onStack.contains(id) || id.equals(identity(current))) {
        int loop = Math.max(0, onStack.indexOf(id));
        throw new ScenarioException(
            display,
            Schema.EXTENDS,
            "cycle " + chain(stack.subList(loop, stack.size()), next) + got);
      }
      if (!done.contains(id)) {
        visit(next, next.toString(), stack, done, merged);
      }
    }
    stack.remove(stack.size() - 1);
    done.add(identity(current));
    merged.add(layer);
  }

  /** The paths an {@code extends} value names: one string, or a list of them. */
  private static List<String> parents(JsonNode value, String display) {
    if (value == null) {
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray() && value.size() > 0) {
      value.forEach(items::add);
    } else {
      items.add(value);
    }
    List<String> paths = new ArrayList<>();
    for (JsonNode item : items) {
      if (!item.isString() || item.stringValue().isBlank()) {
        throw new ScenarioException(
            display,
            Schema.EXTENDS,
            "expected the path of a scenario file, or a list of them (got "
                + JacksonErrors.render(value.isArray() && value.size() == 0 ? value : item)
                + ")");
      }
      paths.add(item.stringValue());
    }
    return paths;
  }

  /** "a.yaml -> b.yaml -> next" for a message. */
  private static String chain(List<Layer> from, Path next) {
    StringBuilder text = new StringBuilder();
    for (Layer layer : from) {
      text.append(layer.file()).append(" -> ");
    }
    return text.append(next).toString();
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
