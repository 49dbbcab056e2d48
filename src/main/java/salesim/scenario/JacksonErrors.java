package salesim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's exceptions into one-line problems a user can act on: where (a field path, or a
 * line and column) and what, with the offending value. Jackson's own messages name Java types and
 * features ("Cannot coerce Floating-point value ... using `CoercionConfig`"); these name the
 * scenario's fields and what they accept.
 *
 * <p>Stateless; thread-safe.
 */
final class JacksonErrors {

  /** A located problem: the field it concerns (or the root) and what is wrong there. */
  record Problem(FieldPath path, String text) {}

  /** A model check's message: a field path, a colon, the problem. */
  private static final Pattern CHECK_MESSAGE =
      Pattern.compile("([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*|\\[\\d+])*): (.+)", Pattern.DOTALL);

  /** The most steps of a path shown for a read limit. */
  private static final int MAX_LIMIT_STEPS = 4;

  /** The longest value quoted back in a message. */
  private static final int MAX_QUOTE = 60;

  private JacksonErrors() {}

  /**
   * The problem behind a failure to bind {@code tree} to the model's records.
   *
   * @throws JacksonException {@code e} itself when a record constructor failed with anything but an
   *     {@link IllegalArgumentException}: a bug, not a user error
   */
  static Problem binding(JacksonException e, JsonNode tree) {
    FieldPath path = FieldPath.of(e);
    if (e instanceof ValueInstantiationException) {
      IllegalArgumentException cause = illegalArgument(e);
      if (cause == null) {
        throw e;
      }
      // The record's check names the field relative to the record being built, at `path`.
      Matcher m = CHECK_MESSAGE.matcher(cause.getMessage());
      if (m.matches()) {
        return new Problem(path.append(FieldPath.parse(m.group(1))), m.group(2));
      }
      return new Problem(path, cause.getMessage());
    }
    if (e instanceof PropertyBindingException unknown) {
      String renamed = RenamedFields.hint(path);
      if (renamed != null) {
        return new Problem(path, renamed);
      }
      for (Class<?> sealed : Schema.MIX_INS.keySet()) {
        String variant =
            sealed.isAssignableFrom(unknown.getReferringClass())
                ? Schema.variantWith(sealed, unknown.getPropertyName())
                : null;
        if (variant != null) {
          String property = Schema.variants(sealed).property();
          return new Problem(
              path,
              "is a field only when " + property + " is " + variant + "; valid fields here are "
                  + String.join(", ", Schema.fieldNames(unknown.getReferringClass())));
        }
      }
      return new Problem(
          path,
          "unknown field; valid fields are "
              + String.join(", ", Schema.fieldNames(unknown.getReferringClass())));
    }
    if (e instanceof InvalidTypeIdException badType) {
      Schema.Variants variants = Schema.variants(badType.getBaseType().getRawClass());
      String names = variants == null ? "" : variants.names(", ");
      FieldPath at = variants == null ? path : path.append(variants.property());
      return badType.getTypeId() == null
          ? new Problem(at, "is required; one of " + names)
          : new Problem(
              at, "expected one of " + names + " (got " + quote(badType.getTypeId()) + ")");
    }
    JsonNode node = path.find(tree);
    if (node == null && !path.isRoot()) {
      return new Problem(path, "is required");
    }
    Class<?> target = null;
    if (e instanceof MismatchedInputException mismatch) {
      target = mismatch.getTargetType();
    } else if (e instanceof InputCoercionException coercion) {
      target = coercion.getTargetType();
    }
    if (target == null || node == null) {
      return new Problem(path, firstLine(String.valueOf(e.getOriginalMessage())));
    }
    String expected = Schema.describe(target);
    if (e instanceof InputCoercionException && (target == int.class || target == Integer.class)) {
      expected += " between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
    }
    return new Problem(path, "expected " + expected + " (got " + render(node) + ")");
  }

  /**
   * The problem behind a failure to read a file's (or a {@code --set} value's) text into a tree:
   * malformed syntax, a duplicate key, or a safety limit.
   */
  static Problem reading(JacksonException e, String format) {
    return reading(e, format, e.processor() instanceof JsonParser parser ? parser : null);
  }

  /**
   * As {@link #reading(JacksonException, String)}, for a failure to read {@code text} into a tree.
   * Jackson's tree reader drops its parser when a read limit trips, and with it where the limit was
   * hit; the tokens are then replayed with a fresh parser, which trips at the same place.
   */
  static Problem reading(JacksonException e, String format, ObjectMapper mapper, String text) {
    ReaderException unreadable = cause(e, ReaderException.class);
    if (unreadable != null) {
      return new Problem(
          FieldPath.ROOT,
          String.format(
              Locale.ROOT,
              "the character U+%04X%s is not allowed in YAML (a control character or"
                  + " non-character; remove it, or write it as an escape in double quotes)",
              unreadable.getCodePoint(),
              lineAndColumn(text, unreadable.getPosition())));
    }
    String message = String.valueOf(e.getOriginalMessage());
    // Only for limits a place explains; an alias bomb's place is somewhere in its expansion.
    if (e.processor() != null
        || !(e instanceof StreamConstraintsException)
        || !(message.contains("nesting depth")
            || message.contains("Name length")
            || message.contains("Number value length"))) {
      return reading(e, format);
    }
    JsonParser replay = null;
    try {
      replay = Mappers.createParser(mapper, text);
      for (JsonToken token = replay.nextToken(); token != null; token = replay.nextToken()) {
        if (token.isNumeric()) {
          replay.getNumberValue(); // numbers are checked for length when read
        }
      }
    } catch (JacksonException again) {
      return reading(e, format, replay);
    } finally {
      if (replay != null) {
        replay.close();
      }
    }
    return reading(e, format);
  }

  private static Problem reading(JacksonException e, String format, JsonParser parser) {
    FieldPath path = parser == null ? FieldPath.ROOT : contextPath(parser);
    String at = location(e, parser);
    MarkedYamlEngineException yaml = cause(e, MarkedYamlEngineException.class);
    if (yaml != null) {
      return new Problem(FieldPath.ROOT, "malformed YAML" + yamlProblem(yaml));
    }
    YamlEngineException engine = cause(e, YamlEngineException.class);
    if (engine != null) {
      return new Problem(FieldPath.ROOT, "cannot read YAML: " + engine.getMessage());
    }
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException
        || message.startsWith("too many ")) { // the replaying parser's own limits
      // Deep nesting would print a path as deep as the limit; its first steps say where.
      FieldPath shown =
          path.steps().size() <= MAX_LIMIT_STEPS
              ? path
              : new FieldPath(path.steps().subList(0, MAX_LIMIT_STEPS));
      return new Problem(shown, limitProblem(message) + at);
    }
    if (message.startsWith("Duplicate Object property")) {
      return new Problem(path, "duplicate field" + at);
    }
    if (message.startsWith("invalid alias: ")) {
      return new Problem(
          path,
          "YAML alias *"
              + message.substring("invalid alias: ".length())
              + " does not refer to an anchor defined before it"
              + at);
    }
    if (message.startsWith("Trailing token")) {
      return new Problem(FieldPath.ROOT, "holds more than one document" + at);
    }
    return new Problem(FieldPath.ROOT, "malformed " + format + at + ": " + firstLine(message));
  }

  /** " at line L, column C" for the code point at {@code position} of {@code text}. */
  private static String lineAndColumn(String text, int position) {
    int line = 1;
    int column = 1;
    int i = 0;
    for (int k = 0; k < position && i < text.length(); k++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return " at line " + line + ", column " + column;
  }

  /** Where a YAML syntax error is, and what snakeyaml says about it. */
  private static String yamlProblem(MarkedYamlEngineException yaml) {
    StringBuilder text = new StringBuilder();
    yaml.getProblemMark().ifPresent(mark -> text.append(mark(mark)));
    text.append(": ").append(firstLine(String.valueOf(yaml.getProblem())));
    if (yaml.getContext() != null) {
      text.append(" (").append(firstLine(yaml.getContext()));
      yaml.getContextMark().ifPresent(mark -> text.append(" that starts").append(mark(mark)));
      text.append(')');
    }
    return text.toString();
  }

  private static String mark(Mark mark) {
    return " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }

  /** A user's reading of a read limit that was exceeded. */
  private static String limitProblem(String message) {
    if (message.contains("nesting depth")) {
      return "nested more than " + Mappers.MAX_DEPTH + " levels deep";
    }
    if (message.contains("Name length")) {
      return String.format(
          Locale.ROOT, "a field name longer than %,d characters", Mappers.MAX_NAME_LENGTH);
    }
    if (message.contains("Number value length")) {
      return "a number longer than " + Mappers.MAX_NUMBER_LENGTH + " characters";
    }
    if (message.contains("String value length")) {
      return String.format(
          Locale.ROOT, "a string longer than %,d characters", Mappers.MAX_STRING_LENGTH);
    }
    if (message.contains("Token count") || message.startsWith("too many ")) {
      return "YAML anchors and aliases expand beyond the safety limit of "
          + String.format(Locale.ROOT, "%,d", Mappers.MAX_TOKENS)
          + " values (an alias bomb?)";
    }
    // Jackson's limit messages end in "(N, from `StreamReadConstraints....`)"; keep the number.
    return "exceeds a safety limit: " + message.replaceAll(", from `[^`]*`", "");
  }

  /** " at line L, column C" for an exception (or its parser) with a usable location, else "". */
  private static String location(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation();
    if ((location == null || location.getLineNr() <= 0) && parser != null) {
      location = parser.currentLocation();
    }
    if (location == null || location.getLineNr() <= 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** The field the parser was in when it failed, from its read context. */
  private static FieldPath contextPath(JsonParser parser) {
    List<FieldPath.Step> steps = new ArrayList<>();
    for (TokenStreamContext c = parser.streamReadContext(); c != null; c = c.getParent()) {
      if (c.inObject() && c.currentName() != null) {
        steps.add(new FieldPath.Key(c.currentName()));
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        steps.add(new FieldPath.Index(c.getCurrentIndex()));
      }
    }
    Collections.reverse(steps);
    return new FieldPath(steps);
  }

  /** A value as a message quotes it: strings in quotes, lists and objects by kind. */
  static String render(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    return node.isString() ? quote(node.stringValue()) : node.toString();
  }

  private static String quote(String text) {
    return quote(text, MAX_QUOTE);
  }

  /**
   * Text in double quotes, cut to {@code max} characters, with quotes and backslashes escaped and
   * every character that would break the one-line message or hide text (control and format
   * characters such as bidi overrides, lone surrogates) written as {@code \\uXXXX}.
   */
  static String quote(String text, int max) {
    String shown = text.length() > max ? text.substring(0, max) : text;
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
                  && i + 1 < shown.length()
                  && Character.isLowSurrogate(shown.charAt(i + 1))
              || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(shown.charAt(i - 1));
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c == '\n') {
        quoted.append("\\n");
      } else if (Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
          || Character.isSurrogate(c) && !pair) {
        quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append(text.length() > max ? "...\"" : "\"").toString();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    // Jackson appends source descriptions such as "(for Array starting at [Source: ...])".
    int source = line.indexOf(" (for ");
    return (source < 0 ? line : line.substring(0, source)).strip();
  }

  private static IllegalArgumentException illegalArgument(Throwable e) {
    return cause(e, IllegalArgumentException.class);
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
