package salesim.kernel;

/**
 * Receives the events a {@link Simulation} fires. The model implements it with one {@code switch
 * (kind)} that dispatches to a named method per event kind, so the switch reads as the model's
 * table of contents.
 */
@FunctionalInterface
public interface EventHandler {

  /** Handles the event of the given kind for the given target; the clock already reads its time. */
  void handle(int kind, int target);
}
