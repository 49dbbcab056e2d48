package salesim.cli;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the tries of a property whose annotation sets none from a system property, so CI runs a
 * small count and {@code mvn -B -ntp verify -Pfuzz} a large one (issue 8, README "Testing"). jqwik
 * reads tries set here only when the {@code @Property} annotation sets none.
 */
public abstract class FuzzTries implements AroundPropertyHook {

  private final String property;
  private final int ciTries;

  FuzzTries(String property, int ciTries) {
    this.property = property;
    this.ciTries = ciTries;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor execution) {
    context.attributes().setTries(Integer.getInteger(property, ciTries));
    return execution.execute();
  }

  @Override
  public int aroundPropertyProximity() {
    // Outside jqwik's own hooks, so the tries are set before the generator is built.
    return -100;
  }

  /** Hostile scenario files: {@code -Dsalesim.fuzz.tries}, {@value #CI} in CI. */
  public static final class Loading extends FuzzTries {

    static final int CI = 300;

    public Loading() {
      super("salesim.fuzz.tries", CI);
    }
  }

  /** Random valid scenarios: {@code -Dsalesim.invariants.tries}, {@value #CI} in CI. */
  public static final class Invariants extends FuzzTries {

    static final int CI = 40;

    public Invariants() {
      super("salesim.invariants.tries", CI);
    }
  }
}
