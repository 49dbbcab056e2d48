package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user is told (issue 12, items 3, 9 and 10): scenarios in two currencies are refused
 * instead of compared under one label, {@code validate} lists every problem of a file, and a
 * sweep of the multiplier on a flat plan names {@code --vary} and the plan type it needs. Before
 * the fixes, compare labelled every amount with the first currency, validate stopped at the first
 * problem, and the sweep said "cannot --set: unknown field".
 */
final class InputMessagesTest {

  @TempDir Path tmp;

  @Test
  void compare_ofTwoCurrencies_exits2_namingBothFilesAndCurrencies_andWritesNothing()
      throws IOException {
    Path sek = tmp.resolve("nordlys.yaml");
    Files.writeString(sek, "name: nordlys\nfinance: {currency: SEK}\n");
    Path out = tmp.resolve("cmp");
    Cli.Outcome outcome =
        Cli.execute("compare", "scenarios/mixed-flat.yaml", sek.toString(), "--runs", "2", "--quiet",
            "--out", out.toString());
    assertThat(outcome.code()).isEqualTo(2);
    // The file keeps the reference's USD amounts under SEK: warned of first, then refused.
    assertThat(outcome.err()).startsWith("warning: " + sek + ": comp.baseMonthly: 5,000 SEK is about"
        + " 500 USD, below the 1,000-25,000 USD a rep's monthly base pay usually is");
    assertThat(outcome.err().strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("salesim: compare: scenarios/mixed-flat.yaml is in USD but " + sek
            + " is in SEK; salesim does not convert between currencies (it would have to guess an"
            + " exchange rate). Give every scenario the same finance.currency, with its amounts in"
            + " that currency");
    assertThat(out).doesNotExist();

    Cli.Outcome sweep =
        Cli.execute("sweep", "scenarios/mixed-flat.yaml", "--vary", "finance.currency=USD,EUR",
            "--runs", "2", "--quiet", "--out", out.toString());
    assertThat(sweep.code()).isEqualTo(2);
    assertThat(sweep.err())
        .contains("sweep: scenarios/mixed-flat.yaml at currency=USD is in USD but"
            + " scenarios/mixed-flat.yaml at currency=EUR is in EUR");
    assertThat(out).doesNotExist();
  }

  @Test
  void validate_reportsEveryProblem_eachWithItsPath() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad,
        "team: {reps: -3}\ncalendar: {months: 0}\n"
            + "segments: [{name: smb, accounts: -5, dealValueCv: -1}]\nbogus: 4\n"
            + "outbound: {connectRate: 1.5}\n");
    Cli.Outcome outcome = Cli.execute("validate", bad.toString(), "scenarios/reference.yaml");
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err().lines().sorted().toList())
        .containsExactly(
            bad + ": bogus: unknown field; valid fields are name, description, extends, calendar,"
                + " segments, inbound, outbound, pipeline, team, comp, behaviour, management,"
                + " shocks, finance, start",
            bad + ": calendar.months: must be in [1, 1200] (got 0)",
            bad + ": outbound.connectRate: must be a probability in [0, 1] (got 1.5)",
            bad + ": segments[0].accounts: must be >= 0 (got -5)",
            bad + ": segments[0].dealValueCv: must be in [0.0, 5.0] (got -1.0)",
            bad + ": team.reps: must be in [1, 100000] (got -3)");
    assertThat(outcome.out()).contains("ok  scenarios/reference.yaml");
  }

  @Test
  void sweepOfTheMultiplier_onAFlatPlan_namesVary_andTheTypeItNeeds() {
    Cli.Outcome outcome =
        Cli.execute("sweep", "scenarios/mixed-flat.yaml", "--vary",
            "comp.commission.outboundMultiplier=1,2,4", "--runs", "2", "--quiet", "--out",
            tmp.resolve("sweep").toString());
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err().strip())
        .isEqualTo("salesim: scenarios/mixed-flat.yaml: comp.commission.outboundMultiplier: cannot"
            + " --vary: outboundMultiplier is a field of comp.commission only when its type is"
            + " weighted, and here it is \"flat\"; add --set comp.commission.type=weighted first,"
            + " and set its rate too");
    // As told: the same sweep with the plan made weighted runs.
    Cli.Outcome fixed =
        Cli.execute("sweep", "scenarios/mixed-flat.yaml", "--set", "comp.commission.type=weighted",
            "--set", "comp.commission.rate=0.1", "--set", "calendar.months=3", "--vary",
            "comp.commission.outboundMultiplier=1,2", "--runs", "2", "--quiet", "--out",
            tmp.resolve("sweep").toString());
    assertThat(fixed.code()).as(fixed.err()).isZero();
    assertThat(List.of(fixed.out().split("\n"))).anyMatch(l -> l.startsWith("Wrote sweep.csv"));
  }

  @Test
  void aFieldOfAnEarlierVersion_isNamedWithWhatReplacedItAndHowToConvert() throws IOException {
    Path old = tmp.resolve("old.yaml");
    Files.writeString(old, "behaviour: {temperature: 5, resistancePerHour: {mixed: 20}}\n");
    Cli.Outcome outcome = Cli.execute("validate", old.toString());
    assertThat(outcome.code()).isEqualTo(2);
    assertThat(outcome.err())
        .contains(old + ": behaviour.temperature: was renamed behaviour.choiceTemperature, and is"
            + " now a share of the rep's hourly base pay")
        .contains(old + ": behaviour.resistancePerHour: call reluctance is now the person's")
        .contains("divide the old amount by the rep's hourly base pay");
    Cli.Outcome set =
        Cli.execute("run", "scenarios/mixed-flat.yaml", "--set", "behaviour.temperature=5", "--quiet",
            "--runs", "2", "--out", tmp.resolve("never").toString());
    assertThat(set.code()).isEqualTo(2);
    assertThat(set.err()).contains("behaviour.temperature was renamed behaviour.choiceTemperature");
    assertThat(tmp.resolve("never")).doesNotExist();
  }

  @Test
  void amountsThatDoNotFitTheCurrency_areWarnedOf_andAmountsThatDo_areNot() throws IOException {
    Path usdInSek = tmp.resolve("usd-in-sek.yaml");
    Files.writeString(usdInSek, "finance: {currency: SEK}\n");
    Cli.Outcome warned = Cli.execute("validate", usdInSek.toString());
    assertThat(warned.code()).as("a warning, not an error").isZero();
    assertThat(warned.out()).startsWith("ok  " + usdInSek);
    assertThat(warned.err().lines().toList())
        .containsExactly(
            "warning: " + usdInSek + ": comp.baseMonthly: 5,000 SEK is about 500 USD, below the"
                + " 1,000-25,000 USD a rep's monthly base pay usually is; every amount is in"
                + " finance.currency (SEK): was it written in another currency?",
            "warning: " + usdInSek + ": comp.quota.bookingsPerPeriod: 120,000 SEK is about 12,000"
                + " USD, below the 25,000-2,500,000 USD a rep's quota for 3 months usually is;"
                + " every amount is in finance.currency (SEK): was it written in another currency?",
            "warning: " + usdInSek + ": finance.managerCostMonthly: 18,000 SEK is about 1,800 USD,"
                + " below the 2,000-60,000 USD a sales manager's monthly cost usually is; every"
                + " amount is in finance.currency (SEK): was it written in another currency?");
    Path sek = tmp.resolve("sek.yaml");
    Files.writeString(sek, "finance: {currency: SEK, managerCostMonthly: 180000}\n"
        + "comp: {baseMonthly: 50000, quota: {bookingsPerPeriod: 1200000}}\n");
    Cli.Outcome quiet = Cli.execute("validate", sek.toString(), "scenarios/reference.yaml");
    assertThat(quiet.code()).isZero();
    assertThat(quiet.err()).isEmpty();
  }
}
