package salesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A lever the user names on the command line, {@code --lever NAME=path,path...}: each path is a
 * setting or a prefix of settings ({@code comp} takes every pay setting, {@code segments[1]} one
 * segment's).
 *
 * @param name the lever's name
 * @param paths the settings or prefixes it takes
 */
public record LeverSpec(String name, List<String> paths) {

  public LeverSpec {
    Objects.requireNonNull(name, "name");
    paths = List.copyOf(paths);
  }

  /**
   * Parses {@code NAME=path,path...}.
   *
   * @throws IllegalArgumentException with a message for the user if the text is malformed
   */
  public static LeverSpec parse(String text) {
    int equals = text.indexOf('=');
    if (equals <= 0 || equals == text.length() - 1) {
      throw new IllegalArgumentException("expected NAME=path,path,... (got " + text + ")");
    }
    String name = text.substring(0, equals).strip();
    if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "a lever's name is a word of letters, digits, _ and - starting with a letter (got "
              + name
              + ")");
    }
    List<String> paths = new ArrayList<>();
    for (String path : text.substring(equals + 1).split(",")) {
      if (!path.isBlank()) {
        paths.add(path.strip());
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("lever " + name + " names no setting (got " + text + ")");
    }
    return new LeverSpec(name, paths);
  }

  /** Whether {@code path} is one of this lever's settings or lies under one of its prefixes. */
  boolean takes(String setting) {
    for (String p : paths) {
      if (covers(p, setting)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code prefix} is {@code setting} or a field or element path above it. */
  static boolean covers(String prefix, String setting) {
    return setting.equals(prefix)
        || setting.startsWith(prefix + ".")
        || setting.startsWith(prefix + "[");
  }
}
