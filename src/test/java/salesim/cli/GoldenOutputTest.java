package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import salesim.report.OutputMarker;
import salesim.report.ProgramVersion;

/**
 * Pins every output byte of a few short experiments that together reach every structure (mixed,
 * split, split-when-ready), both pay plans, both review KPIs, a shock, a sweep with break-even, a
 * stress test, a tornado and an explanation with its assumption audit. A change that is meant to
 * move no number (a refactoring) must leave all of them identical.
 *
 * <p>The numeric outputs ({@code *.json}, {@code *.csv}) are kept whole under {@code
 * src/test/resources/salesim/golden/<case>/}, so a failure diffs; the drawn report (HTML, PDF,
 * SVG) is pinned by its SHA-256 in {@code SHA256SUMS}. PNG charts are left out: their pixels come
 * from the JDK's rasteriser (reports/README.md).
 *
 * <p>A change meant to move numbers regenerates the fixtures, and the diff is part of its review:
 * {@code mvn -B -ntp test -Dtest=GoldenOutputTest -Dsalesim.golden.update=true}.
 */
final class GoldenOutputTest {

  private static final Path FIXTURES = Paths.get("src/test/resources/salesim/golden");
  private static final boolean UPDATE = Boolean.getBoolean("salesim.golden.update");
  private static final String RUNS = "6";

  @TempDir Path tmp;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "compare-structures",
            List.of("compare", "scenarios/mixed-flat.yaml", "scenarios/split-weighted.yaml",
                "scenarios/split-when-ready.yaml", "scenarios/impatient-ceo.yaml",
                "--set", "calendar.months=15")),
        Arguments.of(
            "run-shocked",
            List.of("run", "scenarios/split-flat.yaml", "--set", "calendar.months=18",
                "--set", "management.review.kpi=RESULTS",
                "--set", "comp.quota.capMultiple=2", "--set", "comp.meetingBonus=100",
                "--set", "management.mandate.prospectingHoursPerWeek=4",
                "--set", "management.mandate.compliance=0.7",
                "--set", "shocks=[{name: dip, startMonth: 4, durationMonths: 8, shape: V,"
                    + " recovery: 1.0, inboundLeads: 0.6, connectRate: 0.9, meetingRate: 0.8,"
                    + " winRateInbound: 0.8, winRateOutbound: 0.7, dealValue: 0.9,"
                    + " cycleLength: 1.2, budgetFreezeChance: 0.1}]")),
        Arguments.of(
            "sweep-multiplier",
            List.of("sweep", "scenarios/mixed-weighted.yaml", "--set", "calendar.months=12",
                "--vary", "comp.commission.outboundMultiplier=1,4",
                "--vary", "inbound.leadsPerMonth=120,480")),
        Arguments.of(
            "stress",
            List.of("stress", "scenarios/mixed-flat.yaml", "--set", "calendar.months=24",
                "--shocks", "scenarios/shocks/deep-v.yaml")),
        Arguments.of(
            "sensitivity",
            List.of("sensitivity", "scenarios/split-weighted.yaml", "--set", "calendar.months=12",
                "--params", "outbound.connectRate,inbound.leadsPerMonth")),
        Arguments.of(
            "explain",
            List.of("explain", "scenarios/impatient-ceo.yaml", "scenarios/split-weighted.yaml",
                "--set", "calendar.months=12", "--audit-runs", "4", "--audit-params",
                "outbound.showRate,team.profiles.outbound.callReluctance")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputs_matchTheCommittedFixture(String name, List<String> command) throws IOException {
    Path out = tmp.resolve(name);
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--runs", RUNS, "--seed", "11", "--threads", "2", "--quiet",
        "--out", out.toString()));
    assertThat(Main.execute(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();

    Path fixture = FIXTURES.resolve(name);
    TreeMap<String, String> sums = new TreeMap<>();
    List<Path> numeric = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        String relative = out.relativize(file).toString().replace('\\', '/');
        String lower = relative.toLowerCase(Locale.ROOT);
        if (relative.equals(OutputMarker.FILE)) {
          continue; // holds the version, so it is checked below rather than pinned
        }
        if (lower.endsWith(".json") || lower.endsWith(".csv")) {
          numeric.add(file);
        } else if (!lower.endsWith(".png")) {
          sums.put(relative, sha256(Files.readAllBytes(file)));
        }
      }
    }
    assertMarker(out, command);
    StringBuilder sumsText = new StringBuilder();
    sums.forEach((file, sum) -> sumsText.append(sum).append("  ").append(file).append('\n'));

    if (UPDATE) {
      Files.createDirectories(fixture);
      try (Stream<Path> old = Files.list(fixture)) {
        for (Path p : (Iterable<Path>) old::iterator) {
          Files.delete(p);
        }
      }
      for (Path file : numeric) {
        Files.copy(file, fixture.resolve(out.relativize(file).toString().replace('/', '_')));
      }
      Files.writeString(fixture.resolve("SHA256SUMS"), sumsText, StandardCharsets.UTF_8);
      return;
    }
    assertThat(fixture).as("fixture folder; regenerate with -Dsalesim.golden.update=true").isDirectory();
    List<String> expectedNames = new ArrayList<>();
    try (Stream<Path> listed = Files.list(fixture)) {
      listed.map(p -> p.getFileName().toString()).filter(n -> !n.equals("SHA256SUMS"))
          .sorted().forEach(expectedNames::add);
    }
    List<String> actualNames = new ArrayList<>();
    for (Path file : numeric) {
      actualNames.add(out.relativize(file).toString().replace('/', '_'));
    }
    actualNames.sort(null);
    assertThat(actualNames).as("numeric outputs of " + name).isEqualTo(expectedNames);
    for (Path file : numeric) {
      String flat = out.relativize(file).toString().replace('/', '_');
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(name + "/" + flat)
          .isEqualTo(Files.readString(fixture.resolve(flat), StandardCharsets.UTF_8));
    }
    assertThat(sumsText.toString())
        .as(name + ": SHA-256 of the drawn report (HTML, PDF, SVG)")
        .isEqualTo(Files.readString(fixture.resolve("SHA256SUMS"), StandardCharsets.UTF_8));
  }

  /**
   * The marker names this version and the command without its {@code --out} and {@code
   * --threads}/{@code --quiet}, and lists exactly the files the folder holds.
   */
  private static void assertMarker(Path out, List<String> command) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve(OutputMarker.FILE));
    assertThat(lines.get(1)).isEqualTo("version: " + ProgramVersion.get());
    assertThat(lines.get(2))
        .isEqualTo("command: salesim " + String.join(" ", command) + " --runs " + RUNS + " --seed 11");
    List<String> listed = new ArrayList<>();
    for (String line : lines.subList(4, lines.size())) {
      listed.add(line.substring(2));
    }
    List<String> present = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      files.filter(Files::isRegularFile)
          .map(f -> out.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.equals(OutputMarker.FILE))
          .sorted()
          .forEach(present::add);
    }
    assertThat(listed).isEqualTo(present);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
