package salesim.scenario;

import java.util.Objects;
import salesim.model.SalesParameters;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolved parameters as canonical JSON text and back, for shipping a variant to another JVM (a
 * Spark executor) without making the model's records {@code Serializable}. The text is the
 * parameters part of {@link ScenarioWriter}'s output, read back by the loader's own strict binder,
 * so the round trip gives equal records (ScenarioWriterTest) and runs the same validation.
 *
 * <p>Stateless; thread-safe.
 */
public final class ParametersJson {

  private ParametersJson() {}

  /** The parameters' canonical JSON (no name or description). */
  public static String write(SalesParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    return Mappers.JSON.writeValueAsString(Mappers.JSON.valueToTree(parameters));
  }

  /**
   * Parameters from text written by {@link #write}.
   *
   * @throws IllegalArgumentException if the text does not bind (it was not written by {@link
   *     #write}, or by another version of the program)
   */
  public static SalesParameters read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      ObjectNode tree = (ObjectNode) Mappers.JSON.readTree(json);
      Schema.normalize(tree, SalesParameters.class);
      return Mappers.JSON.treeToValue(tree, SalesParameters.class);
    } catch (tools.jackson.core.JacksonException | ClassCastException e) {
      throw new IllegalArgumentException(
          "not the JSON of resolved parameters: " + e.getMessage(), e);
    }
  }
}
