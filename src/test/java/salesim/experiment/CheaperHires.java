package salesim.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioLoader;
import salesim.scenario.SettingDifference;

/**
 * A pair of plans whose difference is known by construction, for the audit's tests: mixed-flat
 * over twelve months against the same plan with free hires and dearer leads, one lever, 20 runs.
 */
public final class CheaperHires {

  private static final ScenarioLoader LOADER = new ScenarioLoader();
  private static final List<String> SHORT = List.of("calendar.months=12");

  private CheaperHires() {}

  /** The lever plan from mixed-flat to cheaper-hires. */
  public static LeverPlan plan() {
    Scenario base = LOADER.load(Path.of("scenarios/mixed-flat.yaml"), SHORT);
    List<String> other = new ArrayList<>(SHORT);
    other.add("team.hiringCost=0");
    other.add("inbound.costPerLead=260");
    other.add("name=cheaper-hires");
    Scenario cheaper = LOADER.load(Path.of("scenarios/mixed-flat.yaml"), other);
    List<SettingDifference> d = SettingDifference.between(base, cheaper);
    return LeverPlan.of(
        LOADER, base, cheaper, Levers.group(d, List.of()), LeverPlan.Choice.AUTO, 20, 1);
  }
}
