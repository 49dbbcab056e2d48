package salesim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds, beside a comparison's folder, the explanations of its plans (issue 16): a folder whose
 * summary.json is an {@code explain} of the comparison's baseline and one of its other plans, with
 * the same scenario hashes, and a drawn report. The comparison's report links to each, so the "why"
 * is one click from the "what". Found when the report is drawn: an explanation run later appears
 * once the comparison is redrawn ({@code salesim report DIR}).
 */
final class ExplainLinks {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ExplainLinks() {}

  /** The links, in folder-name order; none if the folder's parent cannot be listed. */
  static List<Page.Link> find(Path folder, List<PlanBlock> blocks) {
    List<Page.Link> links = new ArrayList<>();
    Path parent = folder == null ? null : folder.getParent();
    if (parent == null || !Files.isDirectory(parent) || blocks.size() < 2) {
      return links;
    }
    List<Path> siblings;
    try (Stream<Path> list = Files.list(parent)) {
      siblings =
          list.filter(Files::isDirectory)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    } catch (IOException e) {
      return links; // a link is a convenience; the report stands without it
    }
    String baseHash = blocks.get(0).hash();
    for (Path sibling : siblings) {
      JsonNode root = explanation(sibling);
      if (root == null || !baseHash.equals(text(root, "scenario_hash"))) {
        continue;
      }
      JsonNode scenarios = root.get("scenarios");
      String otherHash =
          scenarios != null && scenarios.isArray() && scenarios.size() > 1
              ? text(scenarios.get(1), "scenario_hash")
              : null;
      for (PlanBlock other : blocks.subList(1, blocks.size())) {
        if (other.hash().equals(otherHash)) {
          String name = sibling.getFileName().toString();
          links.add(
              new Page.Link(
                  "Why "
                      + other.name()
                      + " and "
                      + blocks.get(0).name()
                      + " differ, lever by"
                      + " lever, with an audit of the assumptions: the explanation beside this"
                      + " report,",
                  "../" + name + "/report.html"));
        }
      }
    }
    return links;
  }

  /** The summary of an explanation folder with a drawn report, or null. */
  private static JsonNode explanation(Path folder) {
    Path summary = folder.resolve(Summary.FILE);
    if (!Files.isRegularFile(summary) || !Files.isRegularFile(folder.resolve("report.html"))) {
      return null;
    }
    try {
      // summary.json names its experiment first: a look at its head spares reading a large sweep.
      byte[] head = new byte[256];
      int read;
      try (java.io.InputStream in = Files.newInputStream(summary)) {
        read = in.readNBytes(head, 0, head.length);
      }
      if (!new String(head, 0, read, java.nio.charset.StandardCharsets.UTF_8)
          .contains("\"explain\"")) {
        return null;
      }
      JsonNode root = MAPPER.readTree(summary.toFile());
      return root != null && "explain".equals(text(root, "experiment")) ? root : null;
    } catch (IOException | RuntimeException e) {
      return null; // not ours to judge: a malformed neighbour is simply not linked
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isString() ? v.stringValue() : null;
  }
}
