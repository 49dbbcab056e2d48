package salesim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import salesim.experiment.Attribution;
import salesim.experiment.Audit;
import salesim.experiment.Experiment;
import salesim.experiment.Lever;
import salesim.experiment.LeverDesign;
import salesim.experiment.LeverPlan;
import salesim.experiment.LeverSpec;
import salesim.experiment.Levers;
import salesim.experiment.RunResult;
import salesim.experiment.Variant;
import salesim.experiment.Workload;
import salesim.model.Metric;
import salesim.report.ExplainJson;
import salesim.report.ExplainTable;
import salesim.report.MonthlyCsv;
import salesim.report.ReportWriter;
import salesim.scenario.MoneyCheck;
import salesim.scenario.ParameterCatalogue;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;
import salesim.scenario.SettingDifference;

/**
 * {@code salesim explain BASE OTHER}: why one plan beats another, lever by lever (issue 16). The
 * settings that differ are grouped into levers, every combination of levers (or, beyond five, the
 * combinations along sampled orderings) runs on common random numbers, each lever's share of the
 * difference is its Shapley value, and an audit re-runs the comparison with each modelling
 * assumption at the ends of its plausible range.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Explains why one plan beats another, lever by lever, and audits it.",
    description =
        "Finds the settings that differ between BASE and OTHER, groups them into levers (team"
            + " structure, pay plan, reviews and KPIs, patience, mandates, staffing, market, other;"
            + " or your own with --lever), runs the combinations of levers on common random"
            + " numbers (all of them for up to five levers, else those along sampled orderings)"
            + " and attributes the paired difference of bookings, contribution and each --metric"
            + " to the levers (Shapley values, 95%% CIs, two-way interactions), with the channel"
            + " each acts through. Then audits the conclusion against every modelling"
            + " assumption's plausible range (--audit). Writes the files summary.json,"
            + " monthly.csv and runs.csv (default reports/explain-<base>-<other>).")
final class ExplainCommand implements Callable<Integer> {

  /** The mechanism metrics the channel table attributes (issue 16, item 2). */
  static final List<Metric> CHANNEL =
      List.of(
          Metric.OUTBOUND_HOURS_SHARE,
          Metric.IDLE_HOURS_SHARE,
          Metric.INBOUND_LEADS_LOST,
          Metric.MEAN_RESPONSE_HOURS,
          Metric.MEETINGS_OUTBOUND,
          Metric.DEALS_LOST_NEGLECT);

  @Parameters(index = "0", paramLabel = "BASE", description = "The plan the company has.")
  Path baseFile;

  @Parameters(index = "1", paramLabel = "OTHER", description = "The plan it considers.")
  Path otherFile;

  @Option(
      names = "--lever",
      paramLabel = "NAME=PATH,PATH...",
      description =
          "A lever of your own: the settings (or prefixes, such as comp) it switches together."
              + " Repeatable; the rest go to the default groups.")
  List<String> levers = new ArrayList<>();

  @Option(
      names = "--design",
      defaultValue = "auto",
      paramLabel = "auto|factorial|shapley",
      description =
          "Which combinations run: auto (every one for up to 5 levers, else sampled orderings),"
              + " factorial or shapley (default: ${DEFAULT-VALUE}).")
  String design;

  @Option(
      names = "--orderings",
      defaultValue = "20",
      paramLabel = "N",
      description =
          "Orderings of the levers a sampled design follows, in pairs with their reverses (even, at"
              + " least 4; default: ${DEFAULT-VALUE}).")
  int orderings;

  @Mixin AuditOptions audit;

  @Mixin ExperimentOptions options;

  @Override
  public Integer call() {
    Audit.Mode mode = audit.mode(Audit.Mode.QUICK);
    LeverPlan.Choice choice = LeverPlan.Choice.forWord(design.strip());
    if (choice == null) {
      throw new Options.UsageError(
          "--design: expected auto, factorial or shapley (got " + design + ")");
    }
    if (orderings < 4 || orderings % 2 != 0) {
      throw new Options.UsageError(
          "--orderings: an even number, at least 4: orderings come in pairs, each with its"
              + " reverse (got "
              + orderings
              + ")");
    }
    if (mode != Audit.Mode.NONE) {
      audit.checkRuns();
    }
    List<Metric> key = keyMetrics(options.metric);
    ScenarioLoader loader = new ScenarioLoader();
    Scenario base = loader.load(baseFile, options.sets);
    Scenario other = loader.load(otherFile, options.sets);
    MoneyCheck.warnings(base, baseFile.toString()).forEach(System.err::println);
    MoneyCheck.warnings(other, otherFile.toString()).forEach(System.err::println);
    if (base.name().equals(other.name())) {
      throw new Options.UsageError(
          "both scenarios are named " + base.name() + ": give each a distinct name");
    }
    Options.requireOneCurrency(
        "explain", List.of(baseFile.toString(), otherFile.toString()), List.of(base, other));
    List<SettingDifference> differences = SettingDifference.between(base, other);
    if (differences.isEmpty()) {
      throw new Options.UsageError(
          "explain: "
              + base.name()
              + " and "
              + other.name()
              + " have the same settings: there is"
              + " no difference to explain");
    }
    List<Lever> grouped;
    try {
      List<LeverSpec> specs = new ArrayList<>();
      for (String text : levers) {
        specs.add(LeverSpec.parse(text));
      }
      grouped = Levers.group(differences, specs);
    } catch (IllegalArgumentException e) {
      throw new Options.UsageError(
          e.getMessage().startsWith("--lever") ? e.getMessage() : "--lever: " + e.getMessage());
    }
    if (choice == LeverPlan.Choice.FACTORIAL
        && grouped.size() > LeverDesign.MAX_LEVERS_FACTORIAL_ANY) {
      throw new Options.UsageError(
          "--design factorial: "
              + grouped.size()
              + " levers would run 2^"
              + grouped.size()
              + " combinations; use --design shapley");
    }
    LeverPlan plan = LeverPlan.of(loader, base, other, grouped, choice, orderings, options.seed);
    List<Metric> attributed = new ArrayList<>(key);
    for (Metric m : CHANNEL) {
      if (!attributed.contains(m)) {
        attributed.add(m);
      }
    }
    Attribution attribution = Attribution.of(plan.design(), attributed);

    List<Audit.Skip> skipped = new ArrayList<>();
    List<Audit.Setting> settings = List.of();
    if (mode != Audit.Mode.NONE) {
      try {
        settings = Audit.settings(ParameterCatalogue.load(), plan, audit.auditParams, skipped);
      } catch (IllegalArgumentException e) {
        throw new Options.UsageError("--audit-params: " + e.getMessage());
      }
    }
    int threads = Options.threads(options.threads);
    if (!options.quiet) {
      ExplainTable.printPlan(System.err, plan, differences);
      System.err.println(estimate(plan, options, threads));
    }
    if (mode != Audit.Mode.NONE) {
      guardAudit(plan, mode, settings, audit.auditRuns, options, threads);
    }
    Path target =
        options.out != null
            ? options.out
            : Path.of(
                "reports",
                "explain-"
                    + Options.folderName(base.name())
                    + "-"
                    + Options.folderName(other.name()));
    String experimentKey =
        Options.key(
            "explain "
                + String.join(";", levers)
                + "|design="
                + choice
                + "|orderings="
                + orderings
                + "|metrics="
                + keys(key)
                + audit.key(mode),
            plan.scenarios(),
            options);
    List<Variant> variants = plan.variants();
    try (ExperimentDriver driver =
        new ExperimentDriver(
            target, variants, List.of(), List.of(attribution), options, experimentKey)) {
      // With an audit to follow, the finished main run is checkpointed: an interrupted audit
      // then resumes after it.
      Experiment experiment = driver.run("explain", mode != Audit.Mode.NONE);
      Audit.Result audited = null;
      if (mode != Audit.Mode.NONE) {
        audited =
            runAudit(
                driver,
                options,
                plan,
                mode,
                audit.auditRuns,
                settings,
                key,
                attribution,
                experimentKey,
                skipped);
      }
      List<RunResult> results = new ArrayList<>();
      for (int v = 0; v < variants.size(); v++) {
        results.add(experiment.result(v));
      }
      ExplainJson.write(
          driver.resolve("summary.json"),
          plan,
          differences,
          results,
          experiment,
          attribution,
          key,
          CHANNEL,
          audited,
          options.sets);
      MonthlyCsv.write(driver.resolve("monthly.csv"), results.toArray(new RunResult[0]));
      ExplainTable.print(System.out, plan, attribution, key, CHANNEL, audited);
      boolean drawn = ReportWriter.tryRender(driver.resolve(""), target, System.err);
      driver.commit();
      System.out.println(Options.wrote(target, drawn, "summary.json", "monthly.csv", "runs.csv"));
    }
    return 0;
  }

  /**
   * Bookings and contribution, the CFO's ARR at the horizon and CAC payback, then every --metric
   * not among them.
   */
  static List<Metric> keyMetrics(String metricOption) {
    List<Metric> key =
        new ArrayList<>(
            List.of(
                Metric.BOOKINGS_TOTAL,
                Metric.CONTRIBUTION,
                Metric.ARR_END,
                Metric.CAC_PAYBACK_MONTHS));
    for (Metric m : ExperimentDriver.metrics(metricOption)) {
      if (!key.contains(m)) {
        key.add(m);
      }
    }
    return key;
  }

  private static String keys(List<Metric> metrics) {
    return String.join(",", metrics.stream().map(Metric::key).toList());
  }

  /** Runs the audit on the driver's engine, its points checkpointed beside the experiment's. */
  static Audit.Result runAudit(
      ExperimentDriver driver,
      ExperimentOptions options,
      LeverPlan plan,
      Audit.Mode mode,
      long runs,
      List<Audit.Setting> settings,
      List<Metric> metrics,
      Attribution main,
      String key,
      List<Audit.Skip> skipped) {
    long[] planned = {(long) Audit.endPoints(settings) * runs};
    Audit.Result result;
    try (Progress progress = new Progress("audit", planned[0], options.quiet)) {
      Audit auditor =
          new Audit(
              plan,
              mode,
              runs,
              options.seed,
              driver.engine(),
              metrics,
              driver.resolve(ExperimentDriver.AUDIT_CHECKPOINT),
              key,
              done -> {
                // The search for where a finding turns adds points beyond the ends.
                if (done > planned[0]) {
                  planned[0] += runs;
                  progress.total(planned[0]);
                }
                progress.update(done);
              });
      result = auditor.run(settings, main);
    }
    List<Audit.Skip> all = new ArrayList<>(skipped);
    all.addAll(result.skipped());
    return new Audit.Result(
        result.mode(), result.runs(), result.settings(), all, result.points(), result.findings());
  }

  /** What the main run will take, said before it starts. */
  static String estimate(LeverPlan plan, ExperimentOptions options, int threads) {
    List<Variant> variants = plan.variants();
    Workload workload =
        Workload.of(variants.stream().map(Variant::parameters).toList(), options.runs, threads);
    return String.format(
        Locale.ROOT,
        "explain: %d variants x %,d runs%s: estimated %s on %d idle thread%s (longer on a busy"
            + " machine)",
        variants.size(),
        options.runs,
        options.precision == null ? "" : " at most (--precision may stop sooner)",
        workload.runTime(threads),
        threads,
        threads == 1 ? "" : "s");
  }

  /**
   * Says what the audit will take, before anything runs, and refuses an absurd one without --force:
   * points × variants × runs, plus the search points a reversal adds.
   */
  static void guardAudit(
      LeverPlan plan,
      Audit.Mode mode,
      List<Audit.Setting> settings,
      long runs,
      ExperimentOptions options,
      int threads) {
    int perPoint = mode == Audit.Mode.FULL ? plan.design().variants() : 2;
    int points = Audit.endPoints(settings);
    List<Variant> variants = plan.variants().subList(0, perPoint);
    Workload workload =
        Workload.of(
            variants.stream().map(Variant::parameters).toList(),
            runs * Math.max(1, points),
            threads);
    if (!options.quiet) {
      System.err.println(
          String.format(
              Locale.ROOT,
              "audit (%s): %d assumptions at the ends of their ranges, %d points x %,d runs of"
                  + " %d variants each, and %d more wherever a finding's sign turns: %s",
              mode.key(),
              settings.size(),
              points,
              runs,
              perPoint,
              Audit.SEARCH_STEPS,
              Options.runTime(workload, threads)));
    }
    if (!options.force) {
      String refusal = workload.refusal(Runtime.getRuntime().maxMemory(), threads);
      if (refusal != null) {
        throw new Options.UsageError(
            "refusing to start the audit: "
                + refusal
                + ". Lower --audit-runs, narrow --audit-params, or add --force to run it anyway.");
      }
    }
  }
}
