package salesim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code salesim} command: dispatches to one subcommand per verb. */
@Command(
    name = "salesim",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Discrete-event simulator for sales-team structure decisions:",
      "mixed vs split teams, flat vs weighted commission, patience and recessions."
    },
    subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class},
    footer = {
      "",
      "Exit codes: 0 success, 2 invalid input or usage, 1 internal error."
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of main. */
  public static int execute(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Reads the version Maven filtered into {@code salesim/version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
      return new String[] {"salesim " + version(), "Java " + System.getProperty("java.version")};
    }

    static String version() {
      try (InputStream in = Main.class.getResourceAsStream("/salesim/version.properties")) {
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
}
