package salesim.scenario;

import java.util.Objects;
import java.util.regex.Pattern;
import salesim.model.SalesParameters;

/**
 * A resolved scenario: a file merged over its {@code extends} chain and the reference defaults,
 * with its {@code --set} overrides applied, bound to the model's parameters.
 *
 * @param name label for reports, from the file (or the nearest file it extends that has one;
 *     otherwise the file's name without extension)
 * @param description what the scenario is about; empty if no file in the chain says
 * @param parameters every parameter of the sales system
 * @param file where it came from, for display: the path as given, or the built-in reference
 * @param hash SHA-256 (lower-case hex) of the scenario's canonical JSON ({@link
 *     ScenarioWriter#toJson}); equal hashes mean equal name, description and parameters
 */
public record Scenario(
    String name, String description, SalesParameters parameters, String file, String hash) {

  private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(file, "file");
    if (!SHA_256_HEX.matcher(hash).matches()) {
      throw new IllegalArgumentException(
          "hash: must be 64 lower-case hex digits (got " + hash + ")");
    }
  }
}
