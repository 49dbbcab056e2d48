package salesim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import salesim.calibrate.BackTest;
import salesim.calibrate.CalibratedScenario;
import salesim.calibrate.Calibration;
import salesim.calibrate.CalibrationJson;
import salesim.calibrate.CalibrationOptions;
import salesim.calibrate.Calibrator;
import salesim.calibrate.Estimate;
import salesim.calibrate.Problem;
import salesim.calibrate.ScenarioText;
import salesim.calibrate.Status;
import salesim.crm.CrmHistory;
import salesim.crm.ExportReader;
import salesim.crm.Mapping;
import salesim.crm.MappingFile;
import salesim.model.SalesParameters;
import salesim.report.CalibrationReport;
import salesim.report.OutputFolder;
import salesim.scenario.ScenarioLoader;

/** {@code salesim calibrate}: a company's own numbers from its CRM export (issue 17). */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    header = "Builds a scenario and its starting state from a company's CRM export.",
    description = {
      "Reads a CRM export (Salesforce data or report export, HubSpot export,",
      "or any CSV with a mapping file) and writes a scenario that extends the",
      "reference (or --base) with the company's own numbers, each with its",
      "estimate, 95%% CI, sample, method and columns, and its starting state at",
      "--as-of; a side file NAME.calibration.json with the full provenance; and",
      "a report (report.html, report.pdf): every estimate beside its benchmark",
      "range, the fitted distributions, the data's problems and, with",
      "--holdout-months, a back-test."
    })
final class CalibrateCommand implements Callable<Integer> {

  @Option(names = "--from", arity = "2", required = true, paramLabel = "FORMAT DIR",
      hideParamSyntax = true,
      description = "The export: salesforce, hubspot or csv, then its folder.")
  List<String> from;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "The last day the data counts (yyyy-MM-dd); the simulation starts the day after.")
  String asOf;

  @Option(names = "--holdout-months", paramLabel = "N",
      description = "Back-test: calibrate on the data to as-of minus N months, simulate N months, compare.")
  Integer holdoutMonths;

  @Option(names = "--base", paramLabel = "FILE.yaml",
      description = "Scenario to calibrate and extend (default: the built-in reference).")
  Path base;

  @Option(names = "--out", paramLabel = "FILE.yaml",
      description = "The calibrated scenario (default: calibrated-<DIR>.yaml); the side file goes beside it.")
  Path out;

  @Option(names = "--report", paramLabel = "DIR",
      description = "The report folder (default: reports/calibrate-<scenario>).")
  Path report;

  @Option(names = "--mapping", paramLabel = "FILE.yaml",
      description = "For --from csv: which file and column is which, date format, decimal separator.")
  Path mapping;

  @Option(names = "--stages", paramLabel = "FILE",
      description = "Stage definitions (YAML list of {name, order, closed, won}, or CSV), when the export has no OpportunityStage.csv.")
  Path stages;

  @Option(names = "--roles", paramLabel = "FILE",
      description = "User id to INBOUND, OUTBOUND or MIXED (YAML mapping or CSV id,role).")
  Path roles;

  @Option(names = "--outbound-sources", paramLabel = "LIST", split = ",",
      description = "Lead sources that count as outbound (replaces the default list).")
  List<String> outboundSources;

  @Option(names = "--date-format", paramLabel = "PATTERN",
      description = "A date or date-time pattern tried before ISO-8601, e.g. d/M/yyyy (java.time).")
  String dateFormat;

  @Option(names = "--min-sample", defaultValue = "30", paramLabel = "N",
      description = "Sample floor: below it a value keeps the base's (default: ${DEFAULT-VALUE}).")
  int minSample;

  @Option(names = "--runs", defaultValue = "200",
      description = "Replications of the back-test (default: ${DEFAULT-VALUE}).")
  long runs;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the back-test (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", description = "Worker threads of the back-test (default: all cores).")
  Integer threads;

  @Override
  public Integer call() {
    if (from.size() != 2) {
      throw new Options.UsageError("--from: give it once, as --from FORMAT DIR");
    }
    String format = from.get(0).toLowerCase(Locale.ROOT);
    Path dir = Path.of(from.get(1));
    LocalDate date;
    try {
      date = LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new Options.UsageError("--as-of: expected a date such as 2025-06-30 (got " + asOf + ")");
    }
    if (holdoutMonths != null && (holdoutMonths < 1 || holdoutMonths > 36)) {
      throw new Options.UsageError("--holdout-months: must be between 1 and 36 (got "
          + holdoutMonths + ")");
    }
    if (minSample < 2) {
      throw new Options.UsageError("--min-sample: must be at least 2 (got " + minSample + ")");
    }
    Options.requirePositive("--runs", runs);
    int threadCount = Options.threads(threads);
    Mapping m = switch (format) {
      case "salesforce" -> Mapping.SALESFORCE;
      case "hubspot" -> Mapping.HUBSPOT;
      case "csv" -> {
        if (mapping == null) {
          throw new Options.UsageError("--from csv needs --mapping FILE.yaml (which column is which)");
        }
        yield MappingFile.read(mapping);
      }
      default -> throw new Options.UsageError(
          "--from: expected salesforce, hubspot or csv (got " + from.get(0) + ")");
    };
    if (mapping != null && !format.equals("csv")) {
      throw new Options.UsageError("--mapping applies to --from csv only");
    }
    if (dateFormat != null) {
      try {
        java.time.format.DateTimeFormatter.ofPattern(dateFormat);
      } catch (IllegalArgumentException e) {
        throw new Options.UsageError("--date-format: not a date pattern (got " + dateFormat + ")");
      }
      m = m.withValues(dateFormat.contains("H") || dateFormat.contains("h")
          ? m.values().withPatterns(List.of(), List.of(dateFormat))
          : m.values().withPatterns(List.of(dateFormat), List.of()));
    }
    List<String> sources = outboundSources != null ? trimmed(outboundSources)
        : m.outboundSources() != null ? m.outboundSources()
        : CalibrationOptions.DEFAULT_OUTBOUND_SOURCES;
    ScenarioLoader loader = new ScenarioLoader();
    SalesParameters baseParameters =
        base == null ? loader.loadDefaults().parameters() : loader.load(base).parameters();
    Path scenarioFile = out != null ? out : Path.of("calibrated-" + Options.folderName(
        dir.toAbsolutePath().normalize().getFileName() == null ? "export"
            : dir.toAbsolutePath().normalize().getFileName().toString()) + ".yaml");
    String name = stem(scenarioFile);
    Path sideFile = scenarioFile.resolveSibling(name + ".calibration.json");
    Path reportFolder = report != null ? report : Path.of("reports", "calibrate-" + Options.folderName(name));
    checkReplaceable(scenarioFile);
    checkReplaceable(sideFile);
    checkReportFolder(reportFolder);

    CrmHistory history = ExportReader.read(dir, m, stages, roles);
    if (history.opportunities().stream().noneMatch(o -> !o.created().date().isAfter(date))) {
      throw new Options.UsageError("--as-of " + date + ": no opportunity in " + dir
          + " was created by then");
    }
    if (holdoutMonths != null) {
      LocalDate fitted = date.minusMonths(holdoutMonths);
      if (history.opportunities().stream().noneMatch(o -> !o.created().date().isAfter(fitted))) {
        throw new Options.UsageError("--holdout-months " + holdoutMonths + ": no opportunity in "
            + dir + " was created by " + fitted + ", where the back-test's fit would end");
      }
    }
    CalibrationOptions options = new CalibrationOptions(date, sources, minSample);
    Calibration calibration = Calibrator.calibrate(history, baseParameters, options);
    CalibratedScenario.bind(calibration, name, base, 0, scenarioFile.toString());
    String extendsPath = base == null ? null : relative(scenarioFile, base);
    String text = ScenarioText.of(calibration, name, extendsPath, true);

    try (OutputFolder folder = OutputFolder.open(reportFolder, false)) {
      BackTest.Result backTest = null;
      if (holdoutMonths != null) {
        backTest = BackTest.run(history, baseParameters, base, options, holdoutMonths, runs, seed,
            threadCount, folder.resolve("work"));
        folder.discard("work");
      }
      String json = CalibrationJson.of(calibration, name, backTest);
      write(folder.resolve(CalibrationReport.FILE), json);
      CalibrationReport.render(folder.resolve(""));
      // Both files staged beside their targets first, so a full disk leaves the old pair.
      Path stagedScenario = stage(scenarioFile, text);
      Path stagedSide;
      try {
        stagedSide = stage(sideFile, json);
      } catch (RuntimeException e) {
        try {
          Files.deleteIfExists(stagedScenario);
        } catch (IOException ignored) {
          // The hidden partial file is harmless; the real error matters more.
        }
        throw e;
      }
      move(stagedScenario, scenarioFile);
      move(stagedSide, sideFile);
      // The marker records what determines the report, without paths (they differ per machine).
      folder.commit(
          "salesim calibrate --as-of " + asOf
              + (holdoutMonths != null ? " --holdout-months " + holdoutMonths : ""));
      print(calibration, backTest);
    }
    System.out.println("Wrote " + scenarioFile + ", " + sideFile + " and the report (report.html,"
        + " report.pdf, charts/) in " + reportFolder + " (open report.html in a browser)");
    return 0;
  }

  private static List<String> trimmed(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    if (out.isEmpty()) {
      throw new Options.UsageError("--outbound-sources: expected a comma-separated list of sources");
    }
    return out;
  }

  /** Refuses to replace a file that calibrate did not write. */
  private static void checkReplaceable(Path file) {
    if (!Files.exists(file)) {
      if (file.toAbsolutePath().getParent() != null
          && Files.isRegularFile(file.toAbsolutePath().getParent())) {
        throw new Options.UsageError(file + ": its folder is a file");
      }
      return;
    }
    if (Files.isDirectory(file)) {
      throw new Options.UsageError(file + ": is a folder; give a file name");
    }
    String first;
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      first = lines.findFirst().orElse("");
    } catch (IOException | UncheckedIOException e) {
      first = "";
    }
    boolean ours = first.equals(ScenarioText.SIGNATURE) || first.startsWith("{");
    if (!ours || (first.startsWith("{") && !jsonOurs(file))) {
      throw new Options.UsageError(file + ": exists and was not written by salesim calibrate;"
          + " choose another --out or move it away");
    }
  }

  private static boolean jsonOurs(Path file) {
    try {
      String head = Files.readString(file, StandardCharsets.UTF_8);
      return head.contains("\"kind\" : \"calibration\"");
    } catch (IOException e) {
      return false;
    }
  }

  /** Refuses to replace a folder that is not a salesim report. */
  private static void checkReportFolder(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    if (!Files.isDirectory(folder)) {
      throw new Options.UsageError("--report " + folder + ": exists and is not a folder");
    }
    try (var list = Files.list(folder)) {
      boolean empty = list.findAny().isEmpty();
      if (!empty && !Files.exists(folder.resolve(CalibrationReport.FILE))) {
        throw new Options.UsageError("--report " + folder + ": holds files salesim calibrate did"
            + " not write; choose another --report");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
    }
  }

  private static String relative(Path scenarioFile, Path base) {
    Path from = scenarioFile.toAbsolutePath().normalize().getParent();
    Path to = base.toAbsolutePath().normalize();
    try {
      return from.relativize(to).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return to.toString();
    }
  }

  private static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static void write(Path file, String text) {
    try (var w = salesim.report.OutputFiles.writer(file)) {
      w.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes a hidden file beside the target; a failure removes it and leaves the target. */
  private static Path stage(Path file, String text) {
    Path absolute = file.toAbsolutePath().normalize();
    Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
      write(temporary, text);
      return temporary;
    } catch (IOException | UncheckedIOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // The hidden partial file is harmless; the real error matters more.
      }
      throw e instanceof UncheckedIOException u ? u
          : new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), (IOException) e);
    }
  }

  /** Moves a staged file into place. */
  private static void move(Path staged, Path file) {
    try {
      Files.move(staged, file.toAbsolutePath().normalize(), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The estimates the scenario takes, the problems, and the back-test, as text. */
  private static void print(Calibration c, BackTest.Result backTest) {
    long set = c.estimates().stream().filter(Estimate::sets).count();
    long kept = c.estimates().stream().filter(e -> e.status() == Status.INSUFFICIENT_HISTORY).count();
    System.out.printf(Locale.ROOT, "Calibrated as of %s from a %s export: %d values from the data,"
        + " %d kept from the base (insufficient history).%n", c.asOf(), c.format(), set, kept);
    for (Estimate e : c.estimates()) {
      if (e.path() == null || e.path().contains("[")) {
        continue;
      }
      System.out.printf(Locale.ROOT, "  %-34s %12s  %-22s %s%n", e.path(),
          ScenarioText.number(e.value()), e.status().key(), Double.isNaN(e.low()) ? ""
              : "95% CI " + ScenarioText.number(e.low()) + " to " + ScenarioText.number(e.high()));
    }
    if (!c.problems().isEmpty()) {
      System.out.println("Data problems:");
      for (Problem p : c.problems()) {
        System.out.printf(Locale.ROOT, "  %,d %s: %s%n", p.count(), p.description(), p.effect());
      }
    }
    System.out.println("Lead sources counted as outbound: " + String.join(", ", c.outboundSources()));
    System.out.printf(Locale.ROOT, "Starting state: %d reps, %d open deals.%n",
        c.start().reps().size(), c.start().deals().size());
    if (backTest != null) {
      System.out.println("Back-test (fitted to " + backTest.fittedAsOf() + ", " + backTest.runs()
          + " runs, " + (backTest.fromStartState() ? "from the company's state at that date"
              : "from a warm start") + "):");
      for (BackTest.Series s : backTest.series()) {
        System.out.println("  " + s.statement());
      }
    }
  }
}
