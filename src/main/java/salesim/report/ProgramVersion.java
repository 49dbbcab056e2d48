package salesim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The program's version, filtered into {@code salesim/version.properties} by the build. */
public final class ProgramVersion {

  private static final String VERSION = read();

  private ProgramVersion() {}

  /** The version, e.g. {@code 0.1.0}, or {@code unknown} outside a Maven build. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = ProgramVersion.class.getResourceAsStream("/salesim/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
