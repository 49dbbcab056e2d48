package salesim.model;

import salesim.model.policy.Management;

/**
 * A management rule (DESIGN.md §2, Management policy): it reacts at month starts, may query the
 * {@link Ledger} and acts through the {@link Roster}. Each kind is one final class built from its
 * part of the scenario's {@code management} block; {@link ManagementRules#REGISTRY} lists them in
 * the order they act within a month. A rule that also constrains the rep's day (a mandate) or
 * ends outbound work says so through the default methods below.
 *
 * <p>Adding a rule: a configuration record in {@code model.policy} (with its field, default and
 * source in {@code Management} and {@code scenarios/reference.yaml}), a final class implementing
 * this interface with a static factory of the {@link Factory} shape, and one line in {@link
 * ManagementRules#REGISTRY}.
 */
interface ManagementRule {

  /** Before the first month, once the team is staffed. */
  default void atStart() {}

  /** At the start of {@code month}, after attrition and backfill. */
  void atMonthStart(int month);

  /** A new rep took the seat. */
  default void hired(int seat) {}

  /** Whether the rule makes this rep prospect now, whatever she would prefer. */
  default boolean requiresProspecting(int seat, double now) {
    return false;
  }

  /** The rep started prospecting for this many hours. */
  default void prospected(int seat, double hours) {}

  /** Whether the rule has ended all outbound work for good. */
  default boolean endedOutbound() {
    return false;
  }

  /** Builds a rule from its configuration, or returns null when the scenario switches it off. */
  @FunctionalInterface
  interface Factory {
    ManagementRule from(Management config, Replication replication, Roster roster, Ledger ledger);
  }
}
