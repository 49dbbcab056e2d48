package salesim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import salesim.scenario.ParameterPaths;
import salesim.scenario.SettingDifference;

/**
 * Groups the settings that differ between two plans into levers (issue 16): the user's own ({@code
 * --lever}) first, then the default groups a leadership team argues about — team structure, pay
 * plan, reviews and KPIs, patience, mandates, staffing, market — and one for whatever else differs.
 * Every differing setting lands in exactly one lever, and a setting that belongs to a plan variant
 * (a weighted plan's multiplier) lands with the choice of variant.
 */
public final class Levers {

  /** A default group: its key, how sentences name it, and which settings it takes. */
  private record Group(String name, String label, Predicate<String> takes) {}

  /** The default groups in lever order; the last takes whatever the others leave. */
  private static final List<Group> GROUPS =
      List.of(
          new Group(
              "team_structure",
              "team structure",
              p ->
                  p.equals(ParameterPaths.STRUCTURE)
                      || p.equals(ParameterPaths.INBOUND_REPS)
                      || under(p, ParameterPaths.SPLIT_RULE)),
          new Group("pay_plan", "pay plan", p -> under(p, "comp")),
          new Group(
              "reviews",
              "reviews and KPIs",
              p ->
                  (under(p, ParameterPaths.REVIEW) && !p.equals(ParameterPaths.REVIEW_PATIENCE))
                      || under(p, ParameterPaths.IDLE)),
          new Group("patience", "patience", p -> p.equals(ParameterPaths.REVIEW_PATIENCE)),
          new Group("mandates", "mandates", p -> under(p, ParameterPaths.MANDATE)),
          new Group("staffing", "staffing", p -> under(p, "team") || under(p, ParameterPaths.SIZING)),
          new Group(
              "market",
              "market",
              p ->
                  under(p, "segments")
                      || under(p, "inbound")
                      || under(p, "outbound")
                      || under(p, "pipeline")
                      || under(p, "shocks")),
          new Group("other", "other settings", p -> true));

  private Levers() {}

  /** The names of the default groups, in order: names a {@code --lever} may not take. */
  public static List<String> defaultNames() {
    return GROUPS.stream().map(Group::name).toList();
  }

  private static boolean under(String path, String prefix) {
    return LeverSpec.covers(prefix, path);
  }

  /**
   * The levers of a set of differences: each {@code --lever} takes the settings its paths cover,
   * then each default group the rest, in group order; empty groups are left out.
   *
   * @throws IllegalArgumentException with a message for the user if a {@code --lever} takes no
   *     differing setting, takes one another {@code --lever} takes too, uses a default group's
   *     name, or separates a setting from the plan variant it belongs to
   */
  public static List<Lever> group(List<SettingDifference> differences, List<LeverSpec> user) {
    Map<String, List<String>> byLever = new LinkedHashMap<>();
    Map<String, String> owner = new LinkedHashMap<>();
    for (LeverSpec spec : user) {
      if (defaultNames().contains(spec.name())) {
        throw new IllegalArgumentException(
            "--lever "
                + spec.name()
                + ": that is the name of a default group ("
                + String.join(", ", defaultNames())
                + "); choose another name");
      }
      if (byLever.containsKey(spec.name())) {
        throw new IllegalArgumentException(
            "--lever " + spec.name() + ": given twice; list all its settings in one --lever");
      }
      List<String> taken = new ArrayList<>();
      for (String path : spec.paths()) {
        boolean any = false;
        for (SettingDifference d : differences) {
          if (LeverSpec.covers(path, d.path())) {
            any = true;
            String before = owner.get(d.path());
            if (before != null && !before.equals(spec.name())) {
              throw new IllegalArgumentException(
                  "--lever "
                      + spec.name()
                      + ": "
                      + d.path()
                      + " is already in lever "
                      + before
                      + "; every setting goes into exactly one lever");
            }
            if (before == null) {
              owner.put(d.path(), spec.name());
              taken.add(d.path());
            }
          }
        }
        if (!any) {
          throw new IllegalArgumentException(
              "--lever "
                  + spec.name()
                  + ": "
                  + path
                  + " is not a setting that differs between"
                  + " the two plans (they differ in: "
                  + paths(differences)
                  + ")");
        }
      }
      byLever.put(spec.name(), taken);
    }
    checkTies(differences, owner);
    List<Lever> levers = new ArrayList<>();
    for (LeverSpec spec : user) {
      levers.add(
          new Lever(
              spec.name(),
              spec.name(),
              inOrder(differences, byLever.get(spec.name())),
              Lever.USER,
              ""));
    }
    Map<String, List<String>> defaults = new LinkedHashMap<>();
    for (SettingDifference d : differences) {
      if (owner.containsKey(d.path())) {
        continue;
      }
      // A setting of a plan variant goes wherever the choice of variant goes.
      String decides = d.tiedTo().isEmpty() ? d.path() : d.tiedTo();
      for (Group g : GROUPS) {
        if (g.takes().test(decides)) {
          defaults.computeIfAbsent(g.name(), k -> new ArrayList<>()).add(d.path());
          break;
        }
      }
    }
    for (Group g : GROUPS) {
      List<String> settings = defaults.get(g.name());
      if (settings != null) {
        levers.add(new Lever(g.name(), g.label(), settings, Lever.DEFAULT, ""));
      }
    }
    return levers;
  }

  /** Refuses a --lever that takes a plan variant's field without the choice, or the reverse. */
  private static void checkTies(List<SettingDifference> differences, Map<String, String> owner) {
    for (SettingDifference d : differences) {
      if (d.tiedTo().isEmpty()) {
        continue;
      }
      String field = owner.get(d.path());
      String choice = owner.get(d.tiedTo());
      if (field != null && !field.equals(choice) || field == null && choice != null) {
        String lever = field != null ? field : choice;
        throw new IllegalArgumentException(
            "--lever "
                + lever
                + ": "
                + d.path()
                + " and "
                + d.tiedTo()
                + " go together (the"
                + " plans choose different kinds of "
                + parent(d.tiedTo())
                + ", and "
                + d.path()
                + " belongs to that choice); put both in the same lever");
      }
    }
  }

  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  private static List<String> inOrder(List<SettingDifference> differences, List<String> taken) {
    List<String> ordered = new ArrayList<>();
    for (SettingDifference d : differences) {
      if (taken.contains(d.path())) {
        ordered.add(d.path());
      }
    }
    return ordered;
  }

  private static String paths(List<SettingDifference> differences) {
    return String.join(", ", differences.stream().map(SettingDifference::path).toList());
  }
}
