package salesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.model.SalesParameters;
import salesim.model.funnel.Stage;
import salesim.model.market.Segment;
import salesim.model.shock.Shock;

/**
 * Less typing to describe a company (issue 12, items 7, 8, 10 and 11): named list elements merge
 * by name, {@code extends} takes a list of files, a field of another variant says which variant
 * it needs, and a custom shock names only what it changes. Each test failed before its fix: lists
 * replaced, {@code extends} took one string, the message said "unknown field", and every
 * multiplier was required.
 */
final class ScenarioShortcutsTest {

  private static final ScenarioLoader LOADER = new ScenarioLoader();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static String failure(Path file, String... sets) {
    try {
      LOADER.load(file, List.of(sets));
    } catch (ScenarioException e) {
      return e.getMessage();
    }
    throw new AssertionError("loading " + file + " should fail");
  }

  // Item 7: named list elements merge by name

  @Test
  void segments_mergeByName_oneFieldChanges_theOtherSegmentsStay() throws IOException {
    SalesParameters defaults = LOADER.loadDefaults().parameters();
    SalesParameters p =
        LOADER.load(write("x.yaml", "segments: [{name: smb, accounts: 9000}]\n")).parameters();

    assertThat(p.segments()).hasSize(3);
    Segment smb = p.segments().get(0);
    assertThat(smb.name()).isEqualTo("smb");
    assertThat(smb.accounts()).isEqualTo(9000);
    assertThat(smb.dealValueMean()).isEqualTo(defaults.segments().get(0).dealValueMean());
    assertThat(p.segments().subList(1, 3)).isEqualTo(defaults.segments().subList(1, 3));
  }

  @Test
  void newName_isAddedAtTheEnd_andReplaceGivesTheWholeList() throws IOException {
    String segment =
        "{name: public, accounts: 40, dealValueMean: 200000, dealValueCv: 0.5, cycleFactor: 2,"
            + " latentNeedShare: 0.2, buyingGroupSize: 12, inboundShare: 0.1, outboundShare: 0.1,"
            + " grossChurnPerYear: 0.05, expansionPerYear: 0.1, billing: ANNUAL}";
    SalesParameters added =
        LOADER.load(write("a.yaml", "segments: [" + segment + "]\n")).parameters();
    assertThat(added.segments()).extracting(Segment::name)
        .containsExactly("smb", "mid-market", "enterprise", "public");

    SalesParameters replaced =
        LOADER.load(write("r.yaml", "segments: {replace: [" + segment + "]}\n")).parameters();
    assertThat(replaced.segments()).extracting(Segment::name).containsExactly("public");
    // --set takes the same forms.
    SalesParameters set =
        LOADER.load(write("s.yaml", "{}"), List.of("segments={replace: [" + segment + "]}"))
            .parameters();
    assertThat(set.segments()).isEqualTo(replaced.segments());
  }

  @Test
  void pipelineStages_mergeByName_andIndexedSetStillWorks() throws IOException {
    SalesParameters defaults = LOADER.loadDefaults().parameters();
    Path file = write("x.yaml", "pipeline: {outbound: [{name: secure a budget, meanDays: 20}]}\n");
    SalesParameters p = LOADER.load(file, List.of("pipeline.inbound[1].exitProbability=0.5",
        "segments[1].accounts=5000")).parameters();

    List<Stage> outbound = p.pipeline().outbound();
    assertThat(outbound).hasSize(defaults.pipeline().outbound().size());
    assertThat(outbound.get(4).name()).isEqualTo("secure a budget");
    assertThat(outbound.get(4).meanDays()).isEqualTo(20.0);
    assertThat(outbound.get(4).exitProbability())
        .isEqualTo(defaults.pipeline().outbound().get(4).exitProbability());
    assertThat(p.pipeline().inbound().get(1).exitProbability()).isEqualTo(0.5);
    assertThat(p.segments().get(1).accounts()).isEqualTo(5000);
  }

  @Test
  void unnamedListsAndShocks_stillReplace() throws IOException {
    Path base =
        write("base.yaml",
            "inbound: {seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5]}\n"
                + "shocks: [{name: dip, startMonth: 2, durationMonths: 3, shape: V, recovery: 1}]\n");
    Path child =
        write("child.yaml",
            "extends: base.yaml\n"
                + "inbound: {seasonality: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}\n"
                + "shocks: [{name: slump, startMonth: 5, durationMonths: 6, shape: U, recovery: 1}]\n");
    SalesParameters p = LOADER.load(child).parameters();
    assertThat(p.inbound().seasonality()).startsWith(2.0).endsWith(1.0);
    // The base's recession is not silently added to the file's own.
    assertThat(p.shocks()).extracting(Shock::name).containsExactly("slump");
  }

  @Test
  void elementWithoutName_orTwoOfOneName_isRefusedWithTheWayToReplace() throws IOException {
    Path unnamed = write("u.yaml", "segments: [{accounts: 9000}]\n");
    assertThat(failure(unnamed))
        .isEqualTo(unnamed + ": segments[0]: needs a name: the elements of segments merge by name"
            + " with those of the file it builds on (smb, mid-market, enterprise); to replace the"
            + " whole list write segments: {replace: [...]}");
    Path twice = write("t.yaml", "segments: [{name: smb, accounts: 1}, {name: smb, accounts: 2}]\n");
    assertThat(failure(twice)).startsWith(twice + ": segments[1].name: two elements of segments"
        + " are named smb (the other is segments[0])");
  }

  // Item 8: extends takes a list

  @Test
  void extendsList_appliesInOrder_relativeToTheFile_withTheSameResultAsOneFile() throws IOException {
    Path company =
        write("company/nordlys.yaml",
            "name: nordlys\nteam: {reps: 14}\ninbound: {leadsPerMonth: 300}\n"
                + "calendar: {months: 24}\nfinance: {currency: SEK}\n"
                + "comp: {commission: {type: flat, rate: 0.08}}\n");
    // The second entry is a shipped plan, named relative to the file, as a user would.
    Path shipped = Path.of("scenarios/split-weighted.yaml").toAbsolutePath();
    Path plan =
        write("company/plan.yaml",
            "name: nordlys-split-weighted\nextends: [nordlys.yaml, "
                + company.getParent().relativize(shipped) + "]\n");
    SalesParameters p = LOADER.load(plan).parameters();

    assertThat(p.team().reps()).isEqualTo(14);
    assertThat(p.inbound().leadsPerMonth()).isEqualTo(300.0);
    assertThat(p.finance().currency()).isEqualTo("SEK");
    assertThat(p.management().structure().name()).isEqualTo("SPLIT");
    // Later files win: the plan's weighted 10 % x 3 replaces the company's flat 8 %.
    assertThat(p.comp().commission())
        .isEqualTo(LOADER.load(Path.of("scenarios/split-weighted.yaml")).parameters().comp().commission());

    // The same as the company file with the three overlays, each on its own.
    Path overlays =
        write("company/overlays.yaml",
            "name: nordlys-split-weighted\nextends: [nordlys.yaml, "
                + plan.getParent().relativize(Path.of("scenarios/plans/split.yaml").toAbsolutePath())
                + ", "
                + plan.getParent().relativize(Path.of("scenarios/plans/weighted-pay.yaml").toAbsolutePath())
                + ", "
                + plan.getParent()
                    .relativize(Path.of("scenarios/plans/activity-reviews.yaml").toAbsolutePath())
                + "]\n");
    assertThat(LOADER.load(overlays).parameters()).isEqualTo(p);
  }

  @Test
  void extendsList_sharedBaseIsAppliedOnce_atItsFirstPlace() throws IOException {
    write("base.yaml", "team: {reps: 5}\ninbound: {leadsPerMonth: 50}\n");
    write("a.yaml", "extends: base.yaml\ninbound: {leadsPerMonth: 70}\n");
    write("b.yaml", "extends: base.yaml\nteam: {reps: 9}\n");
    SalesParameters p = LOADER.load(write("top.yaml", "extends: [a.yaml, b.yaml]\n")).parameters();
    // b's copy of base does not undo a's lead rate.
    assertThat(p.inbound().leadsPerMonth()).isEqualTo(70.0);
    assertThat(p.team().reps()).isEqualTo(9);
  }

  @Test
  void extendsList_cycleAndMissingFile_showTheChain() throws IOException {
    Path top = write("top.yaml", "extends: [ok.yaml, loop1.yaml]\n");
    write("ok.yaml", "team: {reps: 3}\n");
    Path loop1 = write("loop1.yaml", "extends: loop2.yaml\n");
    Path loop2 = write("loop2.yaml", "extends: [ok.yaml, loop1.yaml]\n");
    assertThat(failure(top))
        .isEqualTo(loop2 + ": extends: cycle " + loop1 + " -> " + loop2 + " -> " + loop1
            + " (got loop1.yaml)");

    Path missing = write("m.yaml", "extends: [ok.yaml, mid.yaml]\n");
    Path mid = write("mid.yaml", "extends: nowhere.yaml\n");
    assertThat(failure(missing))
        .isEqualTo(mid + ": extends: file not found: " + dir.resolve("nowhere.yaml")
            + " (got nowhere.yaml; the chain is " + missing + " -> " + mid + " -> "
            + dir.resolve("nowhere.yaml") + ")");

    Path bad = write("bad.yaml", "extends: [ok.yaml, 3]\n");
    assertThat(failure(bad))
        .isEqualTo(bad + ": extends: expected the path of a scenario file, or a list of them"
            + " (got 3)");
  }

  @Test
  void libraryFiles_builtFromPlanOverlays_resolveAsTheyDidWhole() throws IOException {
    // split-weighted.yaml as one file, before it was built from scenarios/plans/.
    Path whole =
        write("split-weighted.yaml",
            "name: split-weighted\n"
                + "description: >-\n  Split roles (4 inbound, 4 outbound), outbound commission 3x,"
                + " activity KPIs with 9 months of\n  patience.\n"
                + "management: {structure: SPLIT, inboundReps: 4, review: {kpi: ACTIVITY,"
                + " patienceMonths: 9, meetingsPerMonth: 4, reaction: MOVE_TO_INBOUND}}\n"
                + "comp: {commission: {type: weighted, rate: 0.10, outboundMultiplier: 3}}\n");
    Scenario shipped = LOADER.load(Path.of("scenarios/split-weighted.yaml"));
    assertThat(shipped.hash()).isEqualTo(LOADER.load(whole).hash());
  }

  // Item 10: a field of another variant

  @Test
  void fieldOfAnotherVariant_saysWhichVariantItNeeds_andNamesTheFlagTyped() throws IOException {
    Path flat = write("flat.yaml", "comp: {commission: {type: flat, rate: 0.1}}\n");
    String needs =
        ": comp.commission.outboundMultiplier: cannot %s: outboundMultiplier is a field of"
            + " comp.commission only when its type is weighted, and here it is \"flat\"; add --set"
            + " comp.commission.type=weighted first, and set its rate too";
    assertThat(failure(flat, "comp.commission.outboundMultiplier=3"))
        .isEqualTo(flat + String.format(needs, "--set"));
    try {
      LOADER.load(flat, List.of(), List.of("comp.commission.outboundMultiplier=3"));
      throw new AssertionError("should fail");
    } catch (ScenarioException e) {
      assertThat(e.getMessage()).isEqualTo(flat + String.format(needs, "--vary"));
    }
    Path inFile =
        write("in-file.yaml", "comp: {commission: {type: flat, rate: 0.1, outboundMultiplier: 3}}\n");
    assertThat(failure(inFile))
        .isEqualTo(inFile + ": comp.commission.outboundMultiplier: is a field only when type is"
            + " weighted; valid fields here are type, rate");
  }

  // Item 11: a custom shock names only what it changes

  @Test
  void customShock_missingMultipliersAreOne_missingFreezeChanceZero() throws IOException {
    Path file =
        write("shock.yaml",
            "shocks: [{name: dip, startMonth: 2, durationMonths: 4, shape: V, recovery: 1,"
                + " inboundLeads: 0.6}]\n");
    Shock shock = LOADER.load(file).parameters().shocks().get(0);
    assertThat(shock.inboundLeads()).isEqualTo(0.6);
    assertThat(List.of(shock.connectRate(), shock.meetingRate(), shock.winRateInbound(),
            shock.winRateOutbound(), shock.dealValue(), shock.cycleLength()))
        .containsOnly(1.0);
    assertThat(shock.budgetFreezeChance()).isZero();

    Path incomplete = write("incomplete.yaml", "shocks: [{name: dip, startMonth: 2, shape: V}]\n");
    assertThat(failure(incomplete))
        .isEqualTo(incomplete + ": shocks[0].durationMonths: is required: a shock must give name,"
            + " startMonth, durationMonths, shape, recovery; the multipliers it leaves out are 1"
            + " (no effect) and budgetFreezeChance 0");
  }
}
