package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.cli.FinalLineTest.Run;
import salesim.report.OutputFolder;

/** What the terminal says (issue 12 item 15): help, names, differences and --resume. */
final class TerminalTextTest {

  @TempDir Path tmp;

  @Test
  void help_listsEveryCommandWithAWholeSentence() {
    Run help = FinalLineTest.run("--help");
    assertThat(help.code()).isZero();
    String[] lines = help.out().split("\n");
    List<String> summaries = new ArrayList<>();
    boolean commands = false;
    for (String line : lines) {
      if (line.startsWith("Commands:")) {
        commands = true;
      } else if (commands && line.isBlank()) {
        break;
      } else if (commands && line.startsWith("  ") && !line.startsWith("    ")) {
        summaries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
      } else if (commands) {
        int last = summaries.size() - 1;
        summaries.set(last, summaries.get(last) + " " + line.strip());
      }
    }
    // One line per command, run to validate, plus help.
    assertThat(summaries).hasSize(Main.class.getAnnotation(picocli.CommandLine.Command.class)
        .subcommands().length);
    for (String summary : summaries) {
      assertThat(summary).as("a command's summary").endsWith(".");
    }
  }

  @Test
  void everyCommandsHelp_printsNoPicocliWarning() {
    for (String command :
        List.of(
            "run", "compare", "sweep", "stress", "sensitivity", "explain", "report", "validate")) {
      Run help = FinalLineTest.run(command, "--help");
      assertThat(help.code()).as(command).isZero();
      assertThat(help.err()).as(command).doesNotContain("WARN");
      assertThat(help.out()).as(command).doesNotContain("WARN");
    }
  }

  @Test
  void compare_printsWholeScenarioNames_andShareDifferencesInPoints() throws IOException {
    List<String> files = new ArrayList<>();
    for (String name : List.of("split-weighted-variant-a", "split-weighted-variant-b")) {
      Path file = tmp.resolve(name + ".yaml");
      Files.writeString(
          file,
          "extends: " + Path.of("scenarios/split-weighted.yaml").toAbsolutePath()
              + "\nname: " + name + "\n"
              + (name.endsWith("b") ? "comp: {commission: {outboundMultiplier: 5}}\n" : ""));
      files.add(file.toString());
    }
    Run run =
        FinalLineTest.run("compare", files.get(0), files.get(1), "--runs", "3", "--set",
            "calendar.months=6", "--quiet", "--out", tmp.resolve("out").toString());
    assertThat(run.code()).as(run.err()).isZero();
    String header = run.out().lines().filter(l -> l.trim().startsWith("mean")).findFirst().orElseThrow();
    assertThat(header).contains("split-weighted-variant-a").contains("split-weighted-variant-b");
    String share =
        run.out()
            .lines()
            .filter(l -> l.trim().startsWith("outbound_hours_share"))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(share).containsPattern("[+\\u2212-]?[0-9]+\\.[0-9] pts  \\[");
  }

  @Test
  void resume_beforeTheFirstCheckpoint_explainsThatThePartialFolderHoldsNoCheckpointYet()
      throws IOException {
    Path out = tmp.resolve("stopped");
    Files.createDirectories(OutputFolder.stagingOf(out));
    Run run =
        FinalLineTest.run("run", "scenarios/split-flat.yaml", "--runs", "2", "--resume", "--quiet",
            "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("exists but holds no checkpoint yet")
        .contains("Run the same command without --resume")
        .doesNotContain("no interrupted run");
  }
}
