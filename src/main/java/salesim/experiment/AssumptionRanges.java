package salesim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import salesim.scenario.ParameterCatalogue;
import salesim.scenario.ScenarioWriter;

/**
 * Chooses what an {@link Audit} moves and over what range: every grade-D assumption of the {@link
 * ParameterCatalogue} with its plausible range, or the paths the user names ({@code path} for a
 * catalogue assumption, {@code path=LOW..HIGH} for any number), less those the plans do not have
 * and those a lever moves. Apart from the audit's runs because it reads only the catalogue and the
 * plans, and answers before anything is run.
 */
final class AssumptionRanges {

  private AssumptionRanges() {}

  /** The assumptions to move; see {@link Audit#settings}. */
  static List<Audit.Setting> settings(
      ParameterCatalogue catalogue,
      LeverPlan plan,
      List<String> requested,
      List<Audit.Skip> skipped) {
    Map<String, ParameterCatalogue.Assumption> known = new LinkedHashMap<>();
    for (ParameterCatalogue.Assumption a : catalogue.assumptions()) {
      known.put(a.path(), a);
    }
    List<String[]> wanted = new ArrayList<>();
    if (requested.isEmpty()) {
      for (ParameterCatalogue.Assumption a : known.values()) {
        wanted.add(new String[] {a.path(), null});
      }
    } else {
      for (String r : requested) {
        int eq = r.indexOf('=');
        wanted.add(
            eq < 0
                ? new String[] {r.strip(), null}
                : new String[] {r.substring(0, eq).strip(), r.substring(eq + 1).strip()});
      }
    }
    List<Audit.Setting> out = new ArrayList<>();
    for (String[] w : wanted) {
      String path = w[0];
      double low;
      double high;
      String basis;
      String unit;
      ParameterCatalogue.Assumption a = known.get(path);
      if (w[1] == null) {
        if (a == null) {
          throw new IllegalArgumentException(
              path
                  + " is not a modelling assumption of the parameter catalogue; give the range"
                  + " to try as "
                  + path
                  + "=LOW..HIGH");
        }
        low = a.low();
        high = a.high();
        basis = a.basis();
        unit = a.unit();
      } else {
        double[] range = range(path, w[1]);
        low = range[0];
        high = range[1];
        basis = "";
        ParameterCatalogue.Entry entry = catalogue.entry(path);
        unit = entry == null ? "" : entry.unit();
      }
      String label = catalogue.label(path, ScenarioWriter.toTree(plan.base()));
      Double base;
      try {
        base = ScenarioWriter.numberAt(plan.base(), path);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
      }
      Double other = ScenarioWriter.numberAt(plan.other(), path);
      if (base == null || other == null) {
        if (w[1] != null || !requested.isEmpty()) {
          throw new IllegalArgumentException(
              path
                  + " is not a number in both "
                  + plan.base().name()
                  + " and "
                  + plan.other().name());
        }
        skipped.add(new Audit.Skip(path, label, "not a setting of these plans"));
        continue;
      }
      String lever = leverOf(plan, path);
      if (lever != null) {
        skipped.add(
            new Audit.Skip(
                path,
                label,
                "it differs between the plans (lever "
                    + lever
                    + "): the audit holds"
                    + " the plans' own settings and moves only what they share"));
        continue;
      }
      if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
        throw new IllegalArgumentException(path + ": the range's low end must not exceed its high");
      }
      if (low == base && high == base) {
        skipped.add(new Audit.Skip(path, label, "its range is its value alone"));
        continue;
      }
      out.add(
          new Audit.Setting(
              path,
              label,
              unit,
              low,
              base,
              high,
              basis,
              ScenarioWriter.wholeAt(plan.base(), path)));
    }
    return out;
  }

  private static double[] range(String path, String text) {
    int dots = text.indexOf("..");
    try {
      if (dots > 0) {
        return new double[] {
          Double.parseDouble(text.substring(0, dots).strip()),
          Double.parseDouble(text.substring(dots + 2).strip())
        };
      }
    } catch (NumberFormatException e) {
      // Said below, with the expected form.
    }
    throw new IllegalArgumentException(
        path + ": expected a range LOW..HIGH, such as " + path + "=0.1..0.9 (got " + text + ")");
  }

  /** The lever whose settings include or contain {@code path}, or null. */
  private static String leverOf(LeverPlan plan, String path) {
    for (Lever lever : plan.levers()) {
      for (String s : lever.settings()) {
        if (LeverSpec.covers(s, path) || LeverSpec.covers(path, s)) {
          return lever.name();
        }
      }
    }
    return null;
  }
}
