package salesim.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Reader;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The two Jackson 3 mappers of the scenario layer, configured once.
 *
 * <p>{@link #YAML} only reads YAML into trees. It uses the anchor-replaying parser, so aliases
 * ({@code *base}) and merge keys ({@code <<: *base}) expand to the anchored content; the plain YAML
 * parser would silently turn an alias into the anchor's name as a string. Expansion is bounded: the
 * replaying parser refuses more than 9,999 replayed events per anchor, and {@link #MAX_TOKENS} caps
 * the whole document, so a "billion laughs" alias bomb fails in milliseconds. (snakeyaml-engine's
 * own {@code maxAliasesForCollections} applies only to its composer, which Jackson does not use.)
 *
 * <p>{@link #JSON} reads {@code .json} files into trees and binds merged trees to the model's
 * records, strictly: unknown fields, nulls for primitives and missing components fail; enums are
 * case-insensitive; strings are never coerced to numbers or booleans; no polymorphic default
 * typing, only the closed lists of the mix-ins. It also writes the canonical JSON: properties in
 * record-component order, nulls omitted, doubles by Jackson's own shortest-representation writer so
 * the bytes (and the scenario hash) do not depend on the JDK's {@code Double.toString}.
 *
 * <p>Both mappers are immutable and thread-safe.
 */
final class Mappers {

  /** Largest scenario file read, in bytes (and, for YAML, code points). */
  static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  /** Deepest nesting of objects and lists; real scenarios nest four levels. */
  static final int MAX_DEPTH = 64;

  /** Longest number literal, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;

  /** Longest field name, in characters. */
  static final int MAX_NAME_LENGTH = 1_000;

  /** Longest string value, in characters. */
  static final int MAX_STRING_LENGTH = 100_000;

  /** Most tokens in one document after alias expansion; reference.yaml has under a thousand. */
  static final long MAX_TOKENS = 100_000;

  /** Reads YAML scenario files and {@code --set} values into trees. */
  static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLAnchorReplayingFactory.builder()
                  .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_FILE_BYTES).build())
                  .streamReadConstraints(limits())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Reads JSON scenario files into trees, binds trees to records and writes canonical JSON. */
  static final JsonMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits()).build())
          .addMixIns(Schema.MIX_INS)
          .deactivateDefaultTyping()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(
              DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
              DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
              DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // Integral floats are turned into ints by Schema.normalize; any other float must fail.
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          // Enums by name(), whatever a model enum's toString() may one day say.
          .disable(EnumFeature.READ_ENUMS_USING_TO_STRING, EnumFeature.WRITE_ENUMS_USING_TO_STRING)
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private Mappers() {}

  /** The read limits shared by both formats. */
  private static StreamReadConstraints limits() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(MAX_FILE_BYTES)
        .maxNestingDepth(MAX_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxTokenCount(MAX_TOKENS)
        .build();
  }

  /**
   * Reads text into a tree, through {@link SurrogateSafeReader}.
   *
   * @throws JacksonException if the text is malformed or exceeds a limit
   */
  static JsonNode readTree(ObjectMapper mapper, String text) {
    return mapper.readTree(new SurrogateSafeReader(text));
  }

  /** A parser over text, through {@link SurrogateSafeReader}. */
  static JsonParser createParser(ObjectMapper mapper, String text) {
    return mapper.createParser(new SurrogateSafeReader(text));
  }

  /**
   * Reads a string, but never ends a read between the two halves of a surrogate pair (an emoji, a
   * rare CJK character). snakeyaml-engine 3.0.1 fails with an IndexOutOfBoundsException when its
   * 1,024-character buffer ends in a high surrogate (jackson-dataformats-text#508); with this
   * reader it never does. The text read is the same.
   */
  static final class SurrogateSafeReader extends Reader {

    private final String text;
    private int next;

    SurrogateSafeReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, buffer.length);
      if (length == 0) {
        return 0;
      }
      if (next >= text.length()) {
        return -1;
      }
      int end = Math.min(text.length(), next + length);
      if (end < text.length() && end - next > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      text.getChars(next, end, buffer, offset);
      int count = end - next;
      next = end;
      return count;
    }

    @Override
    public void close() {
      // Nothing to release.
    }
  }

  /** The YAML tags a scenario may carry: the core schema's, which only restate a plain value. */
  private static final Set<String> CORE_TAGS =
      Set.of("str", "int", "float", "bool", "null", "map", "seq").stream()
          .map(name -> "tag:yaml.org,2002:" + name)
          .collect(Collectors.toUnmodifiableSet());

  /**
   * The first explicit YAML tag outside the core schema in {@code text} ({@code !!java.lang.Runtime},
   * {@code !custom}, {@code !!binary}), as "TAG at line L, column C", or null. Jackson would ignore
   * such a tag and read the value underneath as if it were plain; a file that asks for a type must
   * be told no instead. Malformed YAML is left to the tree reader to report.
   */
  static String unsupportedTag(String text) {
    LoadSettings settings = LoadSettings.builder().setCodePointLimit(MAX_FILE_BYTES).build();
    try {
      for (Event event : new Parse(settings).parseReader(new SurrogateSafeReader(text))) {
        Optional<String> tag =
            event instanceof ScalarEvent scalar
                ? scalar.getTag()
                : event instanceof CollectionStartEvent collection
                    ? collection.getTag()
                    : Optional.empty();
        if (tag.isPresent() && !CORE_TAGS.contains(tag.get())) {
          String shown = tag.get().replaceFirst("^tag:yaml\\.org,2002:", "!!");
          Optional<Mark> mark = event.getStartMark();
          return shown
              + mark.map(m -> " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
                  .orElse("");
        }
      }
    } catch (YamlEngineException e) {
      return null;
    }
    return null;
  }

  /** The mapper that reads a file with this name, or null if its extension is not supported. */
  static ObjectMapper forFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    return name.endsWith(".json") ? JSON : null;
  }

  /** The format a mapper reads, for messages. */
  static String formatName(ObjectMapper mapper) {
    return mapper == JSON ? "JSON" : "YAML";
  }
}
