package salesim.experiment;

import java.util.List;
import java.util.Objects;

/**
 * A group of settings that differ between two plans and are switched from the first plan's values
 * to the second's together: the unit {@code salesim explain} attributes the difference to.
 *
 * @param name the key in summary.json and on the command line ({@code pay_plan}, or the name a
 *     {@code --lever} gave)
 * @param label how sentences name it ("the pay plan")
 * @param settings the field paths it switches, in the order the scenarios list them
 * @param origin where the grouping came from: {@link #DEFAULT} (a default group), {@link #USER}
 *     ({@code --lever}) or {@link #MERGED} (levers that cannot be applied apart)
 * @param note why levers were merged into this one, naming the check that failed; "" otherwise
 */
public record Lever(String name, String label, List<String> settings, String origin, String note) {

  /** A default group of {@link Levers}. */
  public static final String DEFAULT = "default";

  /** A lever the user defined with {@code --lever}. */
  public static final String USER = "--lever";

  /** Levers merged because one cannot be applied without the other. */
  public static final String MERGED = "merged";

  public Lever {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    settings = List.copyOf(settings);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(note, "note");
    if (settings.isEmpty()) {
      throw new IllegalArgumentException("lever " + name + " has no settings");
    }
  }
}
