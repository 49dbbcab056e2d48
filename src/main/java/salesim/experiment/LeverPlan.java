package salesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import salesim.model.SalesParameters;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioException;
import salesim.scenario.ScenarioLoader;

/**
 * The scenarios an explanation runs: one per combination of its {@link LeverDesign}, each BASE with
 * the chosen levers' settings taken from OTHER, merged and validated by the scenario layer. A
 * combination that does not validate (a split of four inbound reps onto a team of three, say) means
 * its levers cannot be applied apart: they are merged into one lever, the reason kept, and the
 * design is built again, until every combination validates.
 *
 * <p>Immutable.
 */
public final class LeverPlan {

  /** How the design is chosen. */
  public enum Choice {
    /** A full factorial up to {@link LeverDesign#MAX_FACTORIAL_LEVERS} levers, else sampled. */
    AUTO,
    /** Every combination, whatever the number of levers. */
    FACTORIAL,
    /** Sampled orderings, whatever the number of levers. */
    SHAPLEY;

    /** The choice a word names ({@code auto}, {@code factorial}, {@code shapley}), or null. */
    public static Choice forWord(String word) {
      for (Choice c : values()) {
        if (c.name().equalsIgnoreCase(word)) {
          return c;
        }
      }
      return null;
    }
  }

  /**
   * Levers merged because a combination of them did not validate.
   *
   * @param merged the levers' names before
   * @param into the merged lever's name
   * @param reason the check that failed, as the scenario layer stated it
   */
  public record Merge(List<String> merged, String into, String reason) {

    public Merge {
      merged = List.copyOf(merged);
    }
  }

  private final Scenario base;
  private final Scenario other;
  private final LeverDesign design;
  private final List<Scenario> scenarios;
  private final List<Merge> merges;
  private final ScenarioLoader loader;

  private LeverPlan(
      ScenarioLoader loader,
      Scenario base,
      Scenario other,
      LeverDesign design,
      List<Scenario> scenarios,
      List<Merge> merges) {
    this.loader = loader;
    this.base = base;
    this.other = other;
    this.design = design;
    this.scenarios = List.copyOf(scenarios);
    this.merges = List.copyOf(merges);
  }

  /**
   * Builds and validates every combination of {@code levers} the design needs, merging levers that
   * cannot be applied apart.
   *
   * @param orderings the orderings a sampled design follows
   * @param seed the seed the orderings are drawn from
   */
  public static LeverPlan of(
      ScenarioLoader loader,
      Scenario base,
      Scenario other,
      List<Lever> levers,
      Choice choice,
      int orderings,
      long seed) {
    List<Lever> current = new ArrayList<>(levers);
    List<Merge> merges = new ArrayList<>();
    while (true) {
      LeverDesign design = design(current, choice, orderings, seed);
      List<Scenario> built = new ArrayList<>();
      ScenarioException failure = null;
      int failedAt = -1;
      for (int v = 0; v < design.variants(); v++) {
        try {
          built.add(build(loader, base, other, current, design.subset(v)));
        } catch (ScenarioException e) {
          failure = e;
          failedAt = v;
          break;
        }
      }
      if (failure == null) {
        // Switching every lever must give OTHER itself: the settings found are all there is.
        if (!built.get(1).parameters().equals(other.parameters())) {
          throw new IllegalStateException(
              "switching every lever of " + base.name() + " did not give " + other.name());
        }
        return new LeverPlan(loader, base, other, design, built, merges);
      }
      long mask = design.subset(failedAt);
      long partner = -1;
      for (int k = 0; k < current.size() && partner < 0; k++) {
        if ((mask & (1L << k)) == 0 && validates(loader, base, other, current, mask | (1L << k))) {
          partner = k;
        }
      }
      long together = partner >= 0 ? mask | (1L << partner) : (1L << current.size()) - 1;
      List<Lever> merged = new ArrayList<>();
      List<Lever> rest = new ArrayList<>();
      for (int k = 0; k < current.size(); k++) {
        ((together & (1L << k)) != 0 ? merged : rest).add(current.get(k));
      }
      String reason =
          failure.path().isEmpty() ? failure.problem() : failure.path() + ": " + failure.problem();
      Lever lever = merge(merged, reason);
      merges.add(new Merge(merged.stream().map(Lever::name).toList(), lever.name(), reason));
      int at = current.indexOf(merged.get(0));
      rest.add(Math.min(at, rest.size()), lever);
      current = rest;
    }
  }

  /**
   * The two plans as one lever holding every setting that differs: what a comparison's assumption
   * audit runs (BASE and OTHER only, no combinations).
   *
   * @throws IllegalArgumentException if the plans do not differ
   */
  public static LeverPlan pair(
      ScenarioLoader loader,
      Scenario base,
      Scenario other,
      List<salesim.scenario.SettingDifference> differences) {
    if (differences.isEmpty()) {
      throw new IllegalArgumentException(
          base.name() + " and " + other.name() + " have the same settings");
    }
    Lever all =
        new Lever(
            "plan",
            "plan",
            differences.stream().map(salesim.scenario.SettingDifference::path).toList(),
            Lever.DEFAULT,
            "");
    return of(loader, base, other, List.of(all), Choice.FACTORIAL, 4, 0);
  }

  private static LeverDesign design(List<Lever> levers, Choice choice, int orderings, long seed) {
    return switch (choice) {
      case AUTO -> LeverDesign.auto(levers, orderings, seed);
      case FACTORIAL -> LeverDesign.factorial(levers);
      case SHAPLEY -> LeverDesign.shapley(levers, orderings, seed);
    };
  }

  private static boolean validates(
      ScenarioLoader loader, Scenario base, Scenario other, List<Lever> levers, long mask) {
    try {
      build(loader, base, other, levers, mask);
      return true;
    } catch (ScenarioException e) {
      return false;
    }
  }

  /** One lever for several that must move together. */
  private static Lever merge(List<Lever> levers, String reason) {
    List<String> settings = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Lever l : levers) {
      settings.addAll(l.settings());
      names.add(l.name());
      labels.add(l.label());
    }
    return new Lever(
        String.join("+", names),
        joined(labels),
        settings,
        Lever.MERGED,
        "applied together: " + reason);
  }

  /** "a", "a and b", "a, b and c": how sentences list levers. */
  public static String joined(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }

  /** BASE with the settings of the levers in {@code mask} taken from OTHER. */
  private static Scenario build(
      ScenarioLoader loader, Scenario base, Scenario other, List<Lever> levers, long mask) {
    if (mask == 0) {
      return base;
    }
    if (mask == (1L << levers.size()) - 1) {
      // Every lever: OTHER's own settings, under its own name.
      List<String> all = new ArrayList<>();
      levers.forEach(l -> all.addAll(l.settings()));
      Scenario full =
          loader.combine(
              base,
              other,
              all,
              other.name(),
              other.description(),
              display(base, other, levers, mask));
      return full.parameters().equals(other.parameters()) ? other : full;
    }
    List<String> paths = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int k = 0; k < levers.size(); k++) {
      if ((mask & (1L << k)) != 0) {
        paths.addAll(levers.get(k).settings());
        names.add(levers.get(k).label());
      }
    }
    return loader.combine(
        base,
        other,
        paths,
        base.name() + " + " + String.join(" + ", names),
        base.name() + " with the " + joined(names) + " of " + other.name(),
        display(base, other, levers, mask));
  }

  private static String display(Scenario base, Scenario other, List<Lever> levers, long mask) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < levers.size(); k++) {
      if ((mask & (1L << k)) != 0) {
        names.add(levers.get(k).label());
      }
    }
    return String.format(
        Locale.ROOT, "%s with the %s of %s", base.name(), joined(names), other.name());
  }

  /** The first plan. */
  public Scenario base() {
    return base;
  }

  /** The second plan. */
  public Scenario other() {
    return other;
  }

  /** The design, over the levers as finally grouped. */
  public LeverDesign design() {
    return design;
  }

  /** The levers as finally grouped (after any merge). */
  public List<Lever> levers() {
    return design.levers();
  }

  /** The scenario of each variant, in variant order: BASE, OTHER, then the combinations. */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /** The levers merged because they could not be applied apart, in the order found. */
  public List<Merge> merges() {
    return merges;
  }

  /** The variants as the experiment runs them. */
  public List<Variant> variants() {
    return scenarios.stream().map(s -> new Variant(s.name(), s.parameters())).toList();
  }

  /**
   * The parameters of the first {@code count} variants with {@code set} ({@code path=value})
   * applied to each: an assumption audit's point.
   *
   * @throws ScenarioException if the value does not validate in some variant
   */
  public List<SalesParameters> with(String set, int count) {
    List<SalesParameters> out = new ArrayList<>();
    for (int v = 0; v < count; v++) {
      Scenario s = scenarios.get(v);
      out.add(loader.override(s, List.of(set), s.name() + " with " + set).parameters());
    }
    return out;
  }
}
