package salesim.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import salesim.report.ProgramVersion;
import salesim.scenario.ScenarioException;

/** The {@code salesim} command: dispatches to one subcommand per verb. */
@Command(
    name = "salesim",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Discrete-event simulator for sales-team structure decisions: mixed vs split teams, flat"
            + " vs weighted commission, patience and recessions.",
    subcommands = {
      RunCommand.class,
      CompareCommand.class,
      CalibrateCommand.class,
      SweepCommand.class,
      StressCommand.class,
      SensitivityCommand.class,
      ExplainCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes:",
      "  0    success",
      "  1    internal error (a bug: rerun with --verbose for the stack trace)",
      "  2    invalid input or usage: a bad scenario or option, a file that cannot be",
      "       read or written, a full disk, a run refused as too large without --force",
      "  130  interrupted (Ctrl-C): the replications done so far are checkpointed, and",
      "       the message says how to resume"
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether internal errors print their stack trace. */
  private static volatile boolean verbose;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of internal errors.")
  void setVerbose(boolean value) {
    verbose = value;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of main. */
  public static int execute(String... args) {
    verbose = false;
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(Main::handle);
    return commandLine.execute(args);
  }

  /**
   * User errors get their message and exit code 2, and so do files that cannot be read or written
   * (missing, a folder where a file should be, a full disk); anything else is an internal error, 1,
   * with a one-line message and the stack trace only under --verbose.
   */
  static int handle(
      Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (error instanceof ScenarioException
        || error instanceof salesim.crm.CrmFileException
        || Options.isUsage(error)) {
      err.println("salesim: " + error.getMessage());
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    if (error instanceof UncheckedIOException io) {
      // A bare wrapper's message is its cause's class and message; the message is what to show.
      Throwable cause = io.getCause();
      String message =
          cause != null && io.getMessage().equals(cause.toString())
              ? cause.getMessage()
              : io.getMessage();
      err.println("salesim: " + message);
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    err.println("salesim: internal error: " + error + ". Rerun with --verbose for the stack trace.");
    if (verbose) {
      error.printStackTrace(err);
    }
    err.flush();
    return CommandLine.ExitCode.SOFTWARE;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The version shown by {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
      return new String[] {
        "salesim " + ProgramVersion.get(), "Java " + System.getProperty("java.version")
      };
    }
  }
}
