package salesim.scenario;

import java.util.Objects;

/**
 * A scenario that cannot be loaded: a missing or malformed file, a bad {@code extends} or {@code
 * --set}, or a value the model rejects. The message is one line a user can act on, {@code file:
 * field.path: problem (got value)}, for example {@code scenarios/x.yaml: outbound.connectRate: must
 * be a probability in [0, 1] (got 1.5)}; when no field is involved (file not found, malformed YAML)
 * it is {@code file: problem}.
 */
public final class ScenarioException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;
  private final String problem;

  /** A problem with a field; {@code path} may be empty when the problem concerns the file. */
  public ScenarioException(String file, String path, String problem) {
    this(file, path, problem, null);
  }

  /** A problem with a field, keeping the exception that revealed it for debugging. */
  public ScenarioException(String file, String path, String problem, Throwable cause) {
    super(message(file, path, problem), cause);
    this.file = Objects.requireNonNull(file, "file");
    this.path = Objects.requireNonNull(path, "path");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The file the problem is in, as the user named it (or as its {@code extends} resolved). */
  public String file() {
    return file;
  }

  /** The field path ({@code outbound.connectRate}, {@code segments[1].accounts}), or "". */
  public String path() {
    return path;
  }

  /** What is wrong, ending in {@code (got value)} where a value is to blame. */
  public String problem() {
    return problem;
  }

  private static String message(String file, String path, String problem) {
    return path.isEmpty() ? file + ": " + problem : file + ": " + path + ": " + problem;
  }
}
