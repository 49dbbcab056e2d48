package salesim.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import salesim.model.SalesParameters;
import salesim.model.comp.Commission;
import salesim.scenario.FieldPath.Key;
import salesim.scenario.FieldPath.Step;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shape of a scenario tree, read by reflection from the model's records: each record's
 * components, each list's element type, and each sealed interface's variants (from the Jackson
 * mix-in that names them, so the names live in one place). The loader needs it where the tree alone
 * cannot say what is valid: to check {@code --set} paths (a field is absent until its variant is
 * chosen), to list the valid fields in messages, and to prepare the merged tree for strict binding.
 *
 * <p>Stateless; thread-safe.
 */
final class Schema {

  /** Top-level keys of a scenario file that are not {@link SalesParameters} components. */
  static final String NAME = "name";

  static final String DESCRIPTION = "description";
  static final String EXTENDS = "extends";

  /** Each sealed interface bound polymorphically, with the mix-in that names its variants. */
  static final Map<Class<?>, Class<?>> MIX_INS = Map.of(Commission.class, CommissionMixIn.class);

  private Schema() {}

  /** The variants of one sealed interface: the discriminator field and each variant's class. */
  record Variants(String property, Map<String, Class<?>> byName) {

    /** Reads the discriminator and names from a mix-in's {@code @JsonTypeInfo/@JsonSubTypes}. */
    static Variants of(Class<?> mixIn) {
      Map<String, Class<?>> byName = new LinkedHashMap<>();
      for (JsonSubTypes.Type type : mixIn.getAnnotation(JsonSubTypes.class).value()) {
        byName.put(type.name(), type.value());
      }
      return new Variants(
          mixIn.getAnnotation(JsonTypeInfo.class).property(), Collections.unmodifiableMap(byName));
    }

    /** The variant names in declaration order, for messages. */
    String names(String separator) {
      return String.join(separator, byName.keySet());
    }
  }

  /** The variants of a polymorphic type, or null if it has none. */
  static Variants variants(Class<?> type) {
    Class<?> mixIn = MIX_INS.get(type);
    return mixIn == null ? null : Variants.of(mixIn);
  }

  /** The fields a scenario file may have at the top level, in the order files list them. */
  static Map<String, Type> rootFields() {
    Map<String, Type> fields = new LinkedHashMap<>();
    fields.put(NAME, String.class);
    fields.put(DESCRIPTION, String.class);
    fields.putAll(components(SalesParameters.class));
    return fields;
  }

  /** A record's components by name, in declaration order. */
  static Map<String, Type> components(Class<?> record) {
    Map<String, Type> fields = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      fields.put(component.getName(), component.getGenericType());
    }
    return fields;
  }

  /**
   * The field names a user may write in an object bound to {@code type} (a record, a variant's
   * record, or {@link SalesParameters} for the top level), in declaration order; a variant's
   * discriminator comes first.
   */
  static List<String> fieldNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    if (type == SalesParameters.class) {
      names.addAll(List.of(NAME, DESCRIPTION, EXTENDS));
    }
    for (Map.Entry<Class<?>, Class<?>> sealed : MIX_INS.entrySet()) {
      if (sealed.getKey().isAssignableFrom(type)) {
        names.add(Variants.of(sealed.getValue()).property());
      }
    }
    if (type.isRecord()) {
      names.addAll(components(type).keySet());
    }
    return names;
  }

  /**
   * The fields of an object bound to {@code type}. For a polymorphic type they depend on the
   * variant named in {@code node}; with no valid name there, only the discriminator is a field.
   */
  static Map<String, Type> fields(Class<?> type, JsonNode node) {
    if (type.isRecord()) {
      return components(type);
    }
    Map<String, Type> fields = new LinkedHashMap<>();
    Variants variants = variants(type);
    if (variants != null) {
      fields.put(variants.property(), String.class);
      JsonNode name = node == null ? null : node.get(variants.property());
      Class<?> variant =
          name != null && name.isString() ? variants.byName().get(name.stringValue()) : null;
      if (variant != null) {
        fields.putAll(components(variant));
      }
    }
    return fields;
  }

  /**
   * The declared type at {@code path} in a scenario tree, checking each step against the model.
   *
   * @throws PathException naming the first step that is not a field or an element
   */
  static Type typeAt(FieldPath path, JsonNode tree) throws PathException {
    Type type = null;
    JsonNode node = tree;
    FieldPath walked = FieldPath.ROOT;
    for (Step step : path.steps()) {
      String here = walked.isRoot() ? "the top level" : walked.toString();
      if (step instanceof Key key) {
        if (!walked.isRoot() && !isObject(type)) {
          throw new PathException(here + " is " + describe(type) + ", not an object");
        }
        Map<String, Type> fields = walked.isRoot() ? rootFields() : fields(raw(type), node);
        Type found = fields.get(key.name());
        if (found == null && !walked.isRoot()) {
          String variant = variantWith(raw(type), key.name());
          if (variant != null) {
            Variants variants = variants(raw(type));
            JsonNode chosen = node == null ? null : node.get(variants.property());
            throw new PathException(
                key.name()
                    + " is a field of "
                    + here
                    + " only when its "
                    + variants.property()
                    + " is "
                    + variant
                    + (chosen == null ? "" : ", and here it is " + JacksonErrors.render(chosen))
                    + "; add --set "
                    + here
                    + "."
                    + variants.property()
                    + "="
                    + variant
                    + " first"
                    + otherFields(variants.byName().get(variant), key.name()));
          }
        }
        type = found;
        if (type == null) {
          String renamed = RenamedFields.hint(walked.append(new FieldPath(List.of(step))));
          if (renamed != null) {
            throw new PathException(walked.append(new FieldPath(List.of(step))) + " " + renamed);
          }
          throw new PathException(
              "unknown field "
                  + key.name()
                  + "; "
                  + here
                  + " has "
                  + String.join(", ", fields.keySet()));
        }
      } else {
        if (walked.isRoot() || !List.class.isAssignableFrom(raw(type))) {
          throw new PathException(here + " is not a list");
        }
        type = elementType(type);
      }
      node = node == null ? null : FieldPath.child(node, step);
      walked = walked.append(new FieldPath(List.of(step)));
    }
    return type;
  }

  /**
   * The variant of a polymorphic {@code type} that has the field {@code name}, or null: the field
   * a user reaches for may belong to a variant other than the one chosen (a flat plan has no
   * outboundMultiplier).
   */
  static String variantWith(Class<?> type, String name) {
    Variants variants = variants(type);
    if (variants == null) {
      return null;
    }
    for (Map.Entry<String, Class<?>> variant : variants.byName().entrySet()) {
      if (components(variant.getValue()).containsKey(name)) {
        return variant.getKey();
      }
    }
    return null;
  }

  /** ", and set its rate too" for the other fields a newly chosen variant needs. */
  private static String otherFields(Class<?> variant, String asked) {
    List<String> others = new ArrayList<>(components(variant).keySet());
    others.remove(asked);
    return others.isEmpty() ? "" : ", and set its " + String.join(", ", others) + " too";
  }

  private static boolean isObject(Type type) {
    return raw(type).isRecord() || variants(raw(type)) != null;
  }

  /**
   * Prepares a merged tree for strict binding to {@code type}, in place. A component declared with
   * a boxed number type ({@code ResponseDecay.floor: Double}) is optional in the model, so an
   * absent one becomes an explicit null, while the mapper fails on any other missing component. A
   * floating-point number with an integral value where an {@code int} is declared becomes an
   * integer: {@code 36.0} binds to {@code months}, {@code 36.5} fails binding instead of being
   * truncated as Jackson's {@code ACCEPT_FLOAT_AS_INT} would.
   */
  static void normalize(JsonNode node, Type type) {
    Class<?> raw = raw(type);
    if (node instanceof ArrayNode list && List.class.isAssignableFrom(raw)) {
      Type element = elementType(type);
      for (int i = 0; i < list.size(); i++) {
        list.set(i, integral(list.get(i), element));
        normalize(list.get(i), element);
      }
    } else if (node instanceof ObjectNode object) {
      for (Map.Entry<String, Type> field : fields(raw, node).entrySet()) {
        JsonNode child = object.get(field.getKey());
        if (child == null) {
          if (isOptional(field.getValue())) {
            object.putNull(field.getKey());
          }
        } else {
          object.set(field.getKey(), integral(child, field.getValue()));
          normalize(object.get(field.getKey()), field.getValue());
        }
      }
    }
  }

  /** An integer node for an integral floating-point value where an int is declared; else node. */
  private static JsonNode integral(JsonNode node, Type type) {
    Class<?> raw = raw(type);
    if (!node.isFloatingPointNumber() || !(raw == int.class || raw == Integer.class)) {
      return node;
    }
    double value = node.doubleValue();
    if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      return node;
    }
    return JsonNodeFactory.instance.numberNode((int) value);
  }

  private static boolean isOptional(Type type) {
    Class<?> raw = raw(type);
    return raw == Double.class || raw == Integer.class || raw == Long.class;
  }

  /** The class of a declared type. */
  static Class<?> raw(Type type) {
    return type instanceof ParameterizedType parameterized
        ? (Class<?>) parameterized.getRawType()
        : (Class<?>) type;
  }

  private static Type elementType(Type listType) {
    return ((ParameterizedType) listType).getActualTypeArguments()[0];
  }

  /** What a user must write for a value of {@code type}: "a whole number", "one of A, B". */
  static String describe(Type type) {
    Class<?> raw = raw(type);
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return "a whole number";
    }
    if (raw == double.class || raw == Double.class) {
      return "a number";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw == String.class) {
      return "a string";
    }
    if (raw.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : raw.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return "one of " + String.join(", ", names);
    }
    if (List.class.isAssignableFrom(raw)) {
      return "a list";
    }
    Variants variants = variants(raw);
    if (variants != null) {
      return "an object with " + variants.property() + " " + variants.names(" or ");
    }
    return "an object";
  }

  /** A path that does not name a field or element of the model. */
  static final class PathException extends Exception {

    private static final long serialVersionUID = 1L;

    PathException(String message) {
      super(message, null, false, false);
    }
  }
}
