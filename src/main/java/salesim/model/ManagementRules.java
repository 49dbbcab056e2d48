package salesim.model;

import java.util.ArrayList;
import java.util.List;
import salesim.model.policy.Management;

/**
 * The management rules a scenario switches on, in the order they act, and what they say
 * together: whether any makes a rep prospect now, whether any has ended outbound work.
 *
 * <p>Note: This class is not thread-safe.
 */
final class ManagementRules {

  /** Every kind of rule, one line each, in the order they act within a month. */
  static final List<ManagementRule.Factory> REGISTRY =
      List.of(
          SplitFromStart::from,
          SplitWhenReady::from,
          HeadcountPlan::from,
          KpiReview::from,
          IdleCapacityReview::from,
          InboundSizing::from,
          ActivityMandate::from);

  private final ManagementRule[] rules;

  private ManagementRules(ManagementRule[] rules) {
    this.rules = rules;
  }

  /** The rules of a scenario's {@code management} block. */
  static ManagementRules of(Management config, Replication r, Roster roster, Ledger ledger) {
    List<ManagementRule> on = new ArrayList<>();
    for (ManagementRule.Factory factory : REGISTRY) {
      ManagementRule rule = factory.from(config, r, roster, ledger);
      if (rule != null) {
        on.add(rule);
      }
    }
    return new ManagementRules(on.toArray(new ManagementRule[0]));
  }

  void atStart() {
    for (ManagementRule rule : rules) {
      rule.atStart();
    }
  }

  void atMonthStart(int month) {
    for (ManagementRule rule : rules) {
      rule.atMonthStart(month);
    }
  }

  void hired(int seat) {
    for (ManagementRule rule : rules) {
      rule.hired(seat);
    }
  }

  boolean requiresProspecting(int seat, double now) {
    for (ManagementRule rule : rules) {
      if (rule.requiresProspecting(seat, now)) {
        return true;
      }
    }
    return false;
  }

  void prospected(int seat, double hours) {
    for (ManagementRule rule : rules) {
      rule.prospected(seat, hours);
    }
  }

  boolean outboundEnded() {
    for (ManagementRule rule : rules) {
      if (rule.endedOutbound()) {
        return true;
      }
    }
    return false;
  }
}
