package salesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import salesim.model.SalesParameters;
import salesim.model.comp.Commission;
import salesim.model.market.ResponseDecay;
import salesim.model.policy.Kpi;
import salesim.model.policy.TeamStructure;

final class ScenarioLoaderTest {

  private static final ScenarioLoader LOADER = new ScenarioLoader();

  @TempDir Path dir;

  /** Writes a file under the temporary directory and returns its path. */
  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  /** The message of the ScenarioException loading {@code file} with {@code sets} throws. */
  private static String failure(Path file, String... sets) {
    ScenarioException e = null;
    try {
      LOADER.load(file, List.of(sets));
    } catch (ScenarioException thrown) {
      e = thrown;
    }
    assertThat(e).as("loading %s should fail", file).isNotNull();
    return e.getMessage();
  }

  private SalesParameters load(String yaml, String... sets) throws IOException {
    return LOADER.load(write("x.yaml", yaml), List.of(sets)).parameters();
  }

  static Stream<Path> scenarioFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
      List<Path> all =
          files.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)")).sorted().toList();
      assertThat(all).contains(Path.of("scenarios/reference.yaml"));
      return all.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void load_everyFileUnderScenarios_loads(Path file) {
    Scenario scenario = LOADER.load(file, List.of());

    assertThat(scenario.file()).isEqualTo(file.toString());
    assertThat(scenario.name()).isNotBlank();
    // Plan overlays describe themselves in comments: a description would be inherited by every
    // company file that extends them.
    if (!file.startsWith(Path.of("scenarios", "plans"))) {
      assertThat(scenario.description()).isNotBlank();
    }
  }

  @Test
  void loadDefaults_reference_bindsEveryDefault() {
    Scenario scenario = LOADER.loadDefaults();
    SalesParameters p = scenario.parameters();

    assertThat(scenario.name()).isEqualTo("reference");
    assertThat(scenario.file()).isEqualTo("reference.yaml (built-in)");
    assertThat(p.calendar().months()).isEqualTo(36);
    assertThat(p.calendar().sellingShare()).isEqualTo(0.75);
    assertThat(p.segments())
        .extracting(s -> s.name())
        .containsExactly("smb", "mid-market", "enterprise");
    assertThat(p.inbound().decay()).isEqualTo(new ResponseDecay("hbr-2011", null, null));
    assertThat(p.inbound().seasonality()).isEmpty();
    assertThat(p.pipeline().outbound()).hasSize(6);
    assertThat(p.team().reps()).isEqualTo(8);
    assertThat(p.comp().commission()).isEqualTo(new Commission.Flat(0.10));
    assertThat(p.management().structure()).isEqualTo(TeamStructure.MIXED);
    assertThat(p.management().review().kpi()).isEqualTo(Kpi.NONE);
    assertThat(p.shocks()).isEmpty();
    assertThat(p.finance().currency()).isEqualTo("USD");
  }

  @Test
  void load_referenceFile_equalsTheEmbeddedDefaults() {
    Scenario file = LOADER.load(Path.of("scenarios/reference.yaml"));
    Scenario defaults = LOADER.loadDefaults();

    assertThat(file.parameters()).isEqualTo(defaults.parameters());
    assertThat(file.hash()).isEqualTo(defaults.hash());
  }

  @Test
  void load_partialFile_mergesOverTheReference() throws IOException {
    SalesParameters p = load("calendar: {months: 48}\n");

    assertThat(p.calendar().months()).isEqualTo(48);
    assertThat(p.calendar().daysPerMonth()).isEqualTo(21);
    assertThat(p.team().reps()).isEqualTo(8);
  }

  @Test
  void load_fileWithoutNameOrDescription_isNamedAfterTheFile() throws IOException {
    Scenario scenario = LOADER.load(write("weighted-3x.yaml", "team: {reps: 10}\n"));

    assertThat(scenario.name()).isEqualTo("weighted-3x");
    assertThat(scenario.description()).isEmpty();
  }

  @Test
  void load_jsonFile_loads() throws IOException {
    Path file =
        write(
            "x.json",
            "{\"calendar\": {\"months\": 24}, \"management\": {\"structure\": \"split\"}}");

    SalesParameters p = LOADER.load(file).parameters();

    assertThat(p.calendar().months()).isEqualTo(24);
    assertThat(p.management().structure()).isEqualTo(TeamStructure.SPLIT);
  }

  @Test
  void load_integralFloatForAnInt_isAccepted() throws IOException {
    assertThat(load("calendar: {months: 36.0}\n").calendar().months()).isEqualTo(36);
  }

  @Test
  void load_enumInAnyCase_binds() throws IOException {
    SalesParameters p =
        load("management: {structure: split_when_ready, review: {kpi: Activity}}\n");

    assertThat(p.management().structure()).isEqualTo(TeamStructure.SPLIT_WHEN_READY);
    assertThat(p.management().review().kpi()).isEqualTo(Kpi.ACTIVITY);
  }

  @Test
  void load_yamlAliases_expandToTheAnchoredValue() throws IOException {
    SalesParameters p =
        load(
            """
            pipeline:
              inbound:
                replace:
                  - &stage {name: qualify, meanDays: 7, cv: 0.5, exitProbability: 0.3,
                            effortHours: 2, consensus: false}
                  - *stage
            """);

    assertThat(p.pipeline().inbound()).hasSize(2);
    assertThat(p.pipeline().inbound().get(1)).isEqualTo(p.pipeline().inbound().get(0));
  }

  // extends

  @Test
  void load_extendsChain_mergesEachFileOverItsParent() throws IOException {
    write(
        "base/base.yaml",
        """
        name: base
        description: the base
        calendar: {months: 48, daysPerMonth: 20}
        team: {reps: 12}
        """);
    write("base/mid.yaml", "extends: base.yaml\nname: mid\ncalendar: {months: 24}\n");
    Path leaf = write("leaf/leaf.yaml", "extends: ../base/mid.yaml\nteam: {skillSd: 0.5}\n");

    Scenario scenario = LOADER.load(leaf);

    assertThat(scenario.name()).isEqualTo("mid");
    assertThat(scenario.description()).isEqualTo("the base");
    assertThat(scenario.parameters().calendar().months()).isEqualTo(24);
    assertThat(scenario.parameters().calendar().daysPerMonth()).isEqualTo(20);
    assertThat(scenario.parameters().team().reps()).isEqualTo(12);
    assertThat(scenario.parameters().team().skillSd()).isEqualTo(0.5);
  }

  @Test
  void load_extendsCycle_failsNamingTheCycle() throws IOException {
    Path a = write("a.yaml", "extends: sub/b.yaml\n");
    Path b = write("sub/b.yaml", "extends: ../a.yaml\n");

    assertThat(failure(a))
        .isEqualTo(b + ": extends: cycle " + a + " -> " + b + " -> " + a + " (got ../a.yaml)");
  }

  @Test
  void load_fileExtendingItself_fails() throws IOException {
    Path a = write("a.yaml", "extends: a.yaml\n");

    assertThat(failure(a)).isEqualTo(a + ": extends: cycle " + a + " -> " + a + " (got a.yaml)");
  }

  @Test
  void load_missingExtendsTarget_fails() throws IOException {
    Path a = write("a.yaml", "extends: nowhere.yaml\n");

    assertThat(failure(a))
        .isEqualTo(
            a
                + ": extends: file not found: "
                + dir.resolve("nowhere.yaml")
                + " (got nowhere.yaml)");
  }

  @Test
  void load_errorInAParent_namesTheParentFile() throws IOException {
    Path base = write("base.yaml", "outbound: {connectRate: 1.5}\n");
    Path child = write("child.yaml", "extends: base.yaml\ncalendar: {months: 24}\n");

    assertThat(failure(child))
        .isEqualTo(base + ": outbound.connectRate: must be a probability in [0, 1] (got 1.5)");
  }

  // the discriminator rule

  @Test
  void load_commissionTypeChanges_replacesTheBaseObject() throws IOException {
    write("base.yaml", "comp: {commission: {type: weighted, rate: 0.05, outboundMultiplier: 4}}\n");
    Path child =
        write("child.yaml", "extends: base.yaml\ncomp: {commission: {type: flat, rate: 0.1}}\n");

    assertThat(LOADER.load(child).parameters().comp().commission())
        .isEqualTo(new Commission.Flat(0.1));
  }

  @Test
  void load_commissionTypeUnchanged_mergesKeyByKey() throws IOException {
    write("base.yaml", "comp: {commission: {type: weighted, rate: 0.05, outboundMultiplier: 4}}\n");
    Path child =
        write(
            "child.yaml", "extends: base.yaml\ncomp: {commission: {type: weighted, rate: 0.1}}\n");

    assertThat(LOADER.load(child).parameters().comp().commission())
        .isEqualTo(new Commission.Weighted(0.1, 4));
  }

  @Test
  void load_decayCurveChanges_dropsTheCustomFields() throws IOException {
    write("base.yaml", "inbound: {decay: {curve: custom, floor: 0.1, tauHours: 2}}\n");
    Path child = write("child.yaml", "extends: base.yaml\ninbound: {decay: {curve: mit-2007}}\n");

    assertThat(LOADER.load(child).parameters().inbound().decay())
        .isEqualTo(new ResponseDecay("mit-2007", null, null));
  }

  // --set

  @Test
  void set_nestedField_overridesIt() throws IOException {
    SalesParameters p =
        load(
            "comp: {commission: {type: weighted, rate: 0.1, outboundMultiplier: 2}}\n",
            "comp.commission.outboundMultiplier=3",
            "calendar.months=48");

    assertThat(p.comp().commission()).isEqualTo(new Commission.Weighted(0.1, 3));
    assertThat(p.calendar().months()).isEqualTo(48);
  }

  @Test
  void set_listElement_overridesOneField() throws IOException {
    SalesParameters p = load("{}", "segments[1].accounts=5000");

    assertThat(p.segments().get(1).accounts()).isEqualTo(5000);
    assertThat(p.segments().get(1).dealValueMean()).isEqualTo(35000);
    assertThat(p.segments().get(0).accounts()).isEqualTo(6000);
  }

  @Test
  void set_enum_isCaseInsensitive() throws IOException {
    assertThat(load("{}", "management.review.kpi=activity").management().review().kpi())
        .isEqualTo(Kpi.ACTIVITY);
  }

  @Test
  void set_discriminator_startsANewVariant() throws IOException {
    SalesParameters p =
        load(
            "{}",
            "comp.commission.type=weighted",
            "comp.commission.rate=0.05",
            "comp.commission.outboundMultiplier=4");

    assertThat(p.comp().commission()).isEqualTo(new Commission.Weighted(0.05, 4));
  }

  @Test
  void set_discriminatorAlone_dropsTheOldVariantsFields() throws IOException {
    assertThat(failure(write("x.yaml", "{}"), "comp.commission.type=weighted"))
        .isEqualTo(dir.resolve("x.yaml") + ": comp.commission.rate: is required");
  }

  @Test
  void set_flowValues_replaceListsAndMergeObjects() throws IOException {
    SalesParameters p =
        load(
            """
            shocks:
              - {name: s, startMonth: 1, durationMonths: 2, shape: V, recovery: 1,
                 inboundLeads: 0.5, connectRate: 1, meetingRate: 1, winRateInbound: 1,
                 winRateOutbound: 1, dealValue: 1, cycleLength: 1, budgetFreezeChance: 0}
            """,
            "shocks=[]",
            "calendar={months: 12}");

    assertThat(p.shocks()).isEmpty();
    assertThat(p.calendar().months()).isEqualTo(12);
    assertThat(p.calendar().daysPerMonth()).isEqualTo(21);
  }

  @Test
  void set_unknownPath_failsNamingIt() throws IOException {
    Path x = write("x.yaml", "{}");

    assertThat(failure(x, "comp.comission.rate=3"))
        .isEqualTo(
            x
                + ": comp.comission.rate: cannot --set: unknown field comission;"
                + " comp has baseMonthly, commission, quota, meetingBonus");
    assertThat(failure(x, "comp.commission.outboundMultiplier=3"))
        .isEqualTo(
            x
                + ": comp.commission.outboundMultiplier: cannot --set: outboundMultiplier is a"
                + " field of comp.commission only when its type is weighted, and here it is"
                + " \"flat\"; add --set comp.commission.type=weighted first, and set its rate too");
  }

  @Test
  void set_indexPastTheEnd_fails() throws IOException {
    Path x = write("x.yaml", "{}");

    assertThat(failure(x, "segments[3].accounts=1"))
        .isEqualTo(x + ": segments[3].accounts: cannot --set: segments has 3 element(s)");
  }

  @Test
  void set_malformed_fails() throws IOException {
    Path x = write("x.yaml", "{}");

    assertThat(failure(x, "calendar.months"))
        .isEqualTo(x + ": --set: expected path=value (got calendar.months)");
    assertThat(failure(x, "calendar..months=3"))
        .isEqualTo(
            x
                + ": --set: expected a field name at position 10 in calendar..months"
                + " (got calendar..months=3)");
    assertThat(failure(x, "calendar.months=[1,"))
        .startsWith(x + ": calendar.months: --set value: malformed YAML at line 1, column 4: ");
  }

  // bad input: exact message shapes

  @Test
  void load_unknownField_namesItAndTheValidOnes() throws IOException {
    Path x = write("x.yaml", "calendar: {month: 36}\n");

    assertThat(failure(x))
        .isEqualTo(
            x
                + ": calendar.month: unknown field;"
                + " valid fields are months, daysPerMonth, hoursPerDay, sellingShare, warmStart, warmUpMonths, companyAgeYears");
  }

  @Test
  void load_unknownTopLevelField_listsTheTopLevelFields() throws IOException {
    Path x = write("x.yaml", "shock: []\n");

    assertThat(failure(x))
        .isEqualTo(
            x
                + ": shock: unknown field; valid fields are name, description, extends,"
                + " calendar, segments, inbound, outbound, pipeline, team, comp, behaviour,"
                + " management, shocks, finance, start");
  }

  @Test
  void load_wrongType_saysWhatWasExpectedAndFound() throws IOException {
    Path x = write("x.yaml", "calendar: {months: abc}\n");

    assertThat(failure(x))
        .isEqualTo(x + ": calendar.months: expected a whole number (got \"abc\")");
  }

  @Test
  void load_numberAsString_isNotCoerced() throws IOException {
    Path x = write("x.yaml", "outbound: {connectRate: \"0.1\"}\n");

    assertThat(failure(x)).isEqualTo(x + ": outbound.connectRate: expected a number (got \"0.1\")");
  }

  @Test
  void load_fractionForAnInt_fails() throws IOException {
    Path x = write("x.yaml", "team: {reps: 7.5}\n");

    assertThat(failure(x)).isEqualTo(x + ": team.reps: expected a whole number (got 7.5)");
  }

  @Test
  void load_nullForANumber_fails() throws IOException {
    Path x = write("x.yaml", "team: {reps: }\n");

    assertThat(failure(x)).isEqualTo(x + ": team.reps: expected a whole number (got null)");
  }

  @Test
  void load_unknownEnumValue_listsTheValidOnes() throws IOException {
    Path x = write("x.yaml", "management: {review: {kpi: meetings}}\n");

    assertThat(failure(x))
        .isEqualTo(
            x
                + ": management.review.kpi: expected one of RESULTS, PIPELINE, ACTIVITY, NONE"
                + " (got \"meetings\")");
  }

  @Test
  void load_unknownCommissionType_listsTheValidOnes() throws IOException {
    Path x = write("x.yaml", "comp: {commission: {type: tiered}}\n");

    assertThat(failure(x))
        .isEqualTo(x + ": comp.commission.type: expected one of flat, weighted (got \"tiered\")");
  }

  @Test
  void load_missingVariantField_failsNamingIt() throws IOException {
    Path x = write("x.yaml", "comp: {commission: {type: weighted, rate: 0.1}}\n");

    assertThat(failure(x)).isEqualTo(x + ": comp.commission.outboundMultiplier: is required");
  }

  @Test
  void load_negativeRate_failsWithTheRecordsCheck() throws IOException {
    Path x = write("x.yaml", "comp: {commission: {rate: -0.1}}\n");

    assertThat(failure(x))
        .isEqualTo(x + ": comp.commission.rate: must be in [0.0, 1.0] (got -0.1)");
  }

  @Test
  void load_probabilityAboveOne_failsWithThePath() throws IOException {
    Path x = write("x.yaml", "outbound: {connectRate: 1.5}\n");

    assertThat(failure(x))
        .isEqualTo(x + ": outbound.connectRate: must be a probability in [0, 1] (got 1.5)");
  }

  @Test
  void load_badListElement_failsWithItsIndex() throws IOException {
    Path x = write("x.yaml", "{}");

    assertThat(failure(x, "segments[2].latentNeedShare=2"))
        .isEqualTo(x + ": segments[2].latentNeedShare: must be a probability in [0, 1] (got 2.0)");
  }

  @Test
  void load_shockBeyondTheHorizon_fails() throws IOException {
    Path x =
        write(
            "x.yaml",
            """
            shocks:
              - {name: late, startMonth: 40, durationMonths: 4, shape: V, recovery: 1,
                 inboundLeads: 0.7, connectRate: 1, meetingRate: 1, winRateInbound: 1,
                 winRateOutbound: 1, dealValue: 1, cycleLength: 1, budgetFreezeChance: 0}
            """);

    assertThat(failure(x))
        .isEqualTo(
            x + ": shocks[0].startMonth: must fall within the horizon of 36 months (got 40)");
  }

  @Test
  void load_malformedYaml_givesLineAndColumn() throws IOException {
    Path x = write("x.yaml", "calendar: {months: 36\nteam: {reps: 8}\n");

    assertThat(failure(x))
        .isEqualTo(
            x
                + ": malformed YAML at line 2, column 5: expected ',' or '}', but got :"
                + " (while parsing a flow mapping that starts at line 1, column 11)");
  }

  @Test
  void load_malformedJson_givesLineAndColumn() throws IOException {
    Path x = write("x.json", "{\"calendar\": {\"months\": 36,}}");

    assertThat(failure(x))
        .isEqualTo(
            x
                + ": malformed JSON at line 1, column 28: Unexpected character ('}' (code"
                + " 125)): was expecting double-quote to start property name");
  }

  @Test
  void load_duplicateKey_fails() throws IOException {
    Path x = write("x.yaml", "calendar:\n  months: 36\n  months: 48\n");

    assertThat(failure(x)).isEqualTo(x + ": calendar.months: duplicate field at line 3, column 9");
  }

  @Test
  void load_missingFile_fails() {
    Path x = dir.resolve("absent.yaml");

    assertThat(failure(x)).isEqualTo(x + ": file not found");
  }

  @Test
  void load_unsupportedExtension_fails() throws IOException {
    Path x = write("x.toml", "a = 1\n");

    assertThat(failure(x)).isEqualTo(x + ": unsupported file type; expected .yaml, .yml or .json");
  }

  @Test
  void load_topLevelList_fails() throws IOException {
    Path x = write("x.yaml", "- a\n- b\n");

    assertThat(failure(x))
        .isEqualTo(x + ": expected a mapping of scenario fields at the top level (got a list)");
  }

  @Test
  void load_emptyFile_fails() throws IOException {
    Path x = write("x.yaml", "# nothing\n");

    assertThat(failure(x)).isEqualTo(x + ": is empty; expected a mapping of scenario fields");
  }

  // safety limits

  @Test
  void load_aliasBomb_isRefusedInUnderASecond() throws IOException {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      char previous = (char) (level - 1);
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "*" : ", *").append(previous);
      }
      yaml.append("]\n");
    }
    Path x = write("bomb.yaml", yaml.toString());

    String message = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> failure(x));

    assertThat(message)
        .isEqualTo(
            x
                + ": YAML anchors and aliases expand beyond the safety limit of 100,000"
                + " values (an alias bomb?)");
  }

  @Test
  void load_nestingDeeperThanTheLimit_fails() throws IOException {
    Path x = write("deep.yaml", "calendar: " + "[".repeat(70) + "]".repeat(70) + "\n");

    assertThat(failure(x))
        .isEqualTo(x + ": calendar[0][0][0]: nested more than 64 levels deep at line 1, column 75");
  }

  @Test
  void load_fileLargerThanTheLimit_fails() throws IOException {
    Path x = write("big.yaml", "description: \"" + "x".repeat(Mappers.MAX_FILE_BYTES) + "\"\n");

    assertThat(failure(x))
        .isEqualTo(x + ": file is too large: 5,242,896 bytes (the limit is 5 MB)");
  }

  @Test
  void load_overlongNumber_fails() throws IOException {
    Path x = write("x.yaml", "team: {reps: " + "1".repeat(101) + "}\n");

    assertThat(failure(x)).isEqualTo(x + ": team.reps: a number longer than 100 characters at line 1, column 115");
  }

  @Test
  void load_overlongFieldName_failsNamingWhere() throws IOException {
    Path x = write("x.yaml", "team: {" + "r".repeat(1001) + ": 3}\n");

    assertThat(failure(x))
        .isEqualTo(x + ": team: a field name longer than 1,000 characters at line 1, column 1009");
  }

  @Test
  void load_oddFieldNames_areQuotedInThePath() throws IOException {
    Path x = write("x.yaml", "calendar: {\"\": 1}\nteam: {\"re\\u202Eps\": 3}\n");
    Path y = write("y.yaml", "team: {\"re\\u202Eps\": 3}\n");

    assertThat(failure(x)).startsWith(x + ": calendar.\"\": unknown field; valid fields are months,");
    assertThat(failure(y)).startsWith(y + ": team.\"re\\u202Eps\": unknown field;");
  }

  @Test
  void load_numberBeyondTwelveDigitsOrBelowTheTwelfthDecimal_fails() throws IOException {
    Path x = write("x.yaml", "segments: {replace: [{name: a, accounts: 10, dealValueMean: 1.0e300,"
        + " dealValueCv: 0.5, cycleFactor: 1, latentNeedShare: 0.3, buyingGroupSize: 2,"
        + " inboundShare: 1, outboundShare: 1, grossChurnPerYear: 0.1, expansionPerYear: 0.05, billing: ANNUAL}]}\n");

    assertThat(failure(x))
        .isEqualTo(x + ": segments[0].dealValueMean: must be at most 1e12 in absolute value (got"
            + " 1.0E300)");
    assertThat(failure(x, "segments[0].dealValueMean=12000", "pipeline.inbound[0].cv=5e-301"))
        .isEqualTo(x + ": pipeline.inbound[0].cv: must be 0 or at least 1e-12 in absolute value"
            + " (got 5.0E-301)");
    assertThat(failure(x, "segments[0].dealValueMean=12000", "comp.baseMonthly=2e13"))
        .isEqualTo(x + ": comp.baseMonthly: must be at most 1e12 in absolute value (got 2.0E13)");
  }

  @Test
  void load_loneSurrogateInAName_fails() throws IOException {
    Path x = write("x.yaml", "name: \"a\\uD800b\"\n");

    assertThat(failure(x))
        .isEqualTo(x + ": name: must be valid Unicode text; it holds half of a surrogate pair"
            + " (got \"a\\uD800b\")");
  }

  @Test
  void load_leadGrowthBeyondTheModel_failsNamingTheMonth() throws IOException {
    Path x = write("x.yaml", "calendar: {months: 1200}\ninbound: {growthPerMonth: 1.0}\n");

    assertThat(failure(x))
        .isEqualTo(
            x
                + ": inbound.growthPerMonth: inbound leads would reach 1.97e+06 a month in month"
                + " 15; at most 1,000,000 a month are modelled (got leadsPerMonth 120.0,"
                + " growthPerMonth 1.0)");
  }

  @Test
  void load_typeTags_areRefused_inFilesAndSets() throws IOException {
    Path x = write("x.yaml", "calendar:\n  months: !!java.lang.Integer 36\n");
    Path plain = write("plain.yaml", "calendar: {months: !!int 36}\n");

    assertThat(failure(x))
        .isEqualTo(
            x
                + ": YAML tag !!java.lang.Integer at line 2, column 11 is not allowed: a scenario"
                + " holds only plain values, lists and mappings");
    assertThat(LOADER.load(plain).parameters().calendar().months()).isEqualTo(36);
    assertThat(failure(plain, "calendar=!custom {months: 3}"))
        .isEqualTo(
            plain
                + ": calendar: --set value: YAML tag !custom at line 1, column 1 is not allowed"
                + " (got !custom {months: 3})");
  }

  @Test
  void load_nonPrintableCharacter_failsWithItsCodeAndPlace() throws IOException {
    Path x = write("x.yaml", "name: ok\ndescription: a\uFFFEb\n");

    assertThat(failure(x))
        .isEqualTo(
            x
                + ": the character U+FFFE at line 2, column 15 is not allowed in YAML (a control"
                + " character or non-character; remove it, or write it as an escape in double"
                + " quotes)");
  }

  @Test
  void load_emojiAtTheParsersBufferBoundary_loads() throws IOException {
    // snakeyaml-engine reads 1,024 characters at a time; a surrogate pair across that boundary
    // made it throw an IndexOutOfBoundsException (jackson-dataformats-text#508).
    for (int pad = 990; pad <= 1040; pad++) {
      Path x = write("emoji" + pad + ".yaml", "description: \"" + "x".repeat(pad) + "\uD83D\uDE00\"\n");

      assertThat(LOADER.load(x).description()).endsWith("x\uD83D\uDE00");
    }
  }

  @Test
  void load_exceptionMessage_isFileFieldProblem() throws IOException {
    Path x = write("x.yaml", "outbound: {connectRate: 1.5}\n");

    assertThatThrownBy(() -> LOADER.load(x))
        .isInstanceOfSatisfying(
            ScenarioException.class,
            e -> {
              assertThat(e.file()).isEqualTo(x.toString());
              assertThat(e.path()).isEqualTo("outbound.connectRate");
              assertThat(e.problem()).isEqualTo("must be a probability in [0, 1] (got 1.5)");
            });
  }
}
