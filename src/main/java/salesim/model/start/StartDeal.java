package salesim.model.start;

import salesim.model.base.Check;
import salesim.model.base.Source;

/**
 * An opportunity open when the run starts.
 *
 * @param source where it came from
 * @param segment the name of its segment
 * @param stage the name of the stage it is in (of its source's path)
 * @param daysInStage working days it has been in that stage
 * @param value its annual contract value (currency)
 * @param owner the id of the rep who owns it, or empty (null in a file) if its owner has left: a
 *     colleague of a fitting role takes it
 */
public record StartDeal(
    Source source, String segment, String stage, double daysInStage, double value, String owner) {

  public StartDeal {
    Check.present("source", source);
    Check.present("segment", segment);
    Check.present("stage", stage);
    Check.range("daysInStage", daysInStage, 0.0, 10_000.0);
    Check.positive("value", value);
    owner = owner == null ? "" : owner;
  }

  /** Whether a rep on the team owns the deal. */
  public boolean owned() {
    return !owner.isEmpty();
  }
}
