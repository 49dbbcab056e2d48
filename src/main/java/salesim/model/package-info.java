/**
 * Layer 2, the sales model: market, reps, opportunities, compensation plans, management policy and
 * shocks, run as events on the kernel. May import the kernel (and the JDK); never Jackson, picocli
 * or anything above it. Its parameter records are plain Java; the scenario layer owns the file
 * format.
 *
 * <p>The root package assembles one replication from components, each the single owner of its
 * state; the sub-packages are the model's vocabulary (parameter records, and data structures and
 * rules that know nothing of a replication) and never import this package:
 * {@code base} (sources, checks), {@code market}, {@code rep}, {@code funnel}, {@code comp},
 * {@code policy}, {@code shock}, {@code start}. ArchitectureTest keeps it so.
 *
 * <h2>Where each concept of DESIGN.md §2 lives</h2>
 *
 * <table>
 *   <caption>Concept → file</caption>
 *   <tr><th>Concept</th><th>Parameters</th><th>Behaviour and state</th></tr>
 *   <tr><td>Time, horizon, selling hours</td><td>{@code Calendar}</td>
 *       <td>{@code Replication} (clock, month under way), {@code Events} (what is scheduled)</td></tr>
 *   <tr><td>The month's sequence</td><td></td><td>{@code SalesModel#onMonthStart}</td></tr>
 *   <tr><td>Accounts, segments, saturation</td><td>{@code market.Segment}, {@code
 *       market.ColdOutreach}</td><td>{@code market.AccountPool}, owned by {@code Prospecting}</td></tr>
 *   <tr><td>Inbound leads, arrivals, decay, expiry</td><td>{@code market.InboundFlow}, {@code
 *       market.ResponseDecay}</td><td>{@code InboundDesk} (queue: {@code market.LeadQueue})</td></tr>
 *   <tr><td>Reps: roles, ramp, attrition (pay-sensitive), backfill, seats</td><td>{@code
 *       rep.Staffing}, {@code rep.Role}, {@code rep.PayAttrition}</td><td>{@code Roster}, with
 *       {@code Seats}, {@code Attrition}; the team at the start: {@code StartingTeam}</td></tr>
 *   <tr><td>Each person's skills and call reluctance (hiring profiles, drift)</td><td>{@code
 *       rep.HiringProfiles}</td><td>{@code PersonTraits}, owned by {@code Roster}</td></tr>
 *   <tr><td>What a rep is doing, hours by activity</td><td></td><td>{@code RepDay}, hours booked in
 *       {@code Ledger}</td></tr>
 *   <tr><td>The rep's choice (logit over values per hour)</td><td>{@code rep.Behaviour}</td>
 *       <td>{@code RepDay#decide}, {@code rep.ActivityChoice}</td></tr>
 *   <tr><td>Perceived value per hour, present bias, resistance</td><td>{@code rep.Behaviour}</td>
 *       <td>{@code Valuation} (reads {@code Economics})</td></tr>
 *   <tr><td>Learned beliefs with forgetting</td><td>{@code rep.Behaviour}</td>
 *       <td>{@code Beliefs}</td></tr>
 *   <tr><td>Prospecting blocks, the cold funnel</td><td>{@code market.ColdOutreach}</td>
 *       <td>{@code Prospecting}</td></tr>
 *   <tr><td>Meetings, calendars, show rate</td><td>{@code market.ColdOutreach}</td>
 *       <td>{@code MeetingBook}</td></tr>
 *   <tr><td>Opportunities: stages, effort, neglect, freezes</td><td>{@code funnel.Pipeline},
 *       {@code funnel.Stage}</td><td>{@code DealFlow} (slots: {@code funnel.OpportunityBook}),
 *       {@code Economics} (the month's survival, effort and time tables)</td></tr>
 *   <tr><td>Compensation: base, flat or weighted, quota, accelerator, cap, bonus</td><td>{@code
 *       comp.CompPlan}, {@code comp.Commission}, {@code comp.Quota}</td><td>{@code Payroll}</td></tr>
 *   <tr><td>Team structure, splits</td><td>{@code policy.Management}, {@code policy.SplitRule}</td>
 *       <td>{@code SplitFromStart}, {@code SplitWhenReady}, acting through {@code Roster}</td></tr>
 *   <tr><td>Staffing reviews, headcount plans, idle capacity</td><td>{@code policy.TeamSizing},
 *       {@code rep.HeadcountStep}, {@code policy.IdleReview}</td><td>{@code InboundSizing}
 *       ({@code InboundTeamSize}), {@code HeadcountPlan}, {@code IdleCapacityReview}</td></tr>
 *   <tr><td>KPIs, patience, reactions</td><td>{@code policy.Review}, {@code policy.Kpi}, {@code
 *       policy.Reaction}</td><td>{@code KpiReview}</td></tr>
 *   <tr><td>Activity mandates</td><td>{@code policy.Mandate}</td><td>{@code ActivityMandate}</td></tr>
 *   <tr><td>Shocks</td><td>{@code shock.Shock}, {@code shock.ShockShape}</td><td>{@code
 *       Economics#update} (the month's multipliers)</td></tr>
 *   <tr><td>Subscriptions: ARR, renewals, churn, expansion, billing</td><td>{@code
 *       market.Segment}, {@code market.Billing}</td><td>{@code Subscriptions}</td></tr>
 *   <tr><td>Loaded cost of sales, revenue, contribution, CAC, values at the horizon</td><td>{@code
 *       Finance}</td><td>{@code Ledger}, {@code RunSummary}, {@code DealFlow#value}, {@code
 *       Subscriptions#value}, {@code HunterPayback}</td></tr>
 *   <tr><td>Starting state: warm start, or a given team, deals, accounts and ARR</td><td>{@code
 *       Calendar}, {@code start.StartingState}</td><td>{@code Replication#warmUpMonths}, {@code
 *       SalesModel} (seeding), {@code ShiftedHistory}</td></tr>
 *   <tr><td>Outputs: monthly and scalar metrics</td><td></td><td>{@code MonthlyMetric}, {@code
 *       Metric}, frozen in {@code ReplicationResult}</td></tr>
 *   <tr><td>A replication's history (CRM export)</td><td></td><td>{@code History}</td></tr>
 *   <tr><td>Random streams per purpose</td><td></td><td>{@code StreamPurpose}</td></tr>
 * </table>
 *
 * <h2>Adding a management rule</h2>
 *
 * <ol>
 *   <li>A configuration record in {@code model.policy}, validated in its compact constructor, with
 *       its field in {@code policy.Management} and its default, unit and source in {@code
 *       scenarios/reference.yaml}.
 *   <li>A final class in this package implementing {@link salesim.model.ManagementRule}: it reacts
 *       in {@code atMonthStart}, queries the {@code Ledger}, acts through the {@code Roster}, and
 *       overrides a default method if it also constrains the rep's day or ends outbound work; a
 *       static factory of the {@code ManagementRule.Factory} shape returns null when the scenario
 *       switches it off.
 *   <li>One line in {@code ManagementRules.REGISTRY}, where its place in the list is its place in
 *       the month.
 * </ol>
 *
 * <p>Why a block per rule, not a list of sealed variants named by a {@code type} (as {@code
 * comp.Commission} is): rules are not alternatives but act together, each switched off by its own
 * NONE, and each block's defaults live once in {@code reference.yaml}. A variant named by a
 * discriminator drops its siblings' fields when another is chosen ({@code TreeMerge}), so a
 * scenario that switched its review to RESULTS would have to restate patience, window and
 * reaction, and the paths that scenarios, {@code --set}, the audit's ranges and the levers use
 * ({@code management.review.patienceMonths}) would become list positions. Which fields a choice
 * leaves without effect (a KPI's target under another KPI) is said in one place, {@code
 * report.Settings#matters}.
 *
 * <p>Each component checks its own books at the end of a replication ({@code SalesModel#finish}
 * calls them), exactly — counts to the unit, money to rounding — and throws naming the quantities
 * if one does not balance: {@code InboundDesk} (every lead answered, expired or waiting), {@code
 * Ledger#checkHours} (every paid hour in exactly one activity), {@code Prospecting} (every account
 * in one state, the engaged ones those with a meeting in flight or an open deal), {@code
 * MeetingBook} (every meeting booked held, a no-show, fallen through, cancelled with its rep or
 * still pending, and none in two calendars), {@code DealFlow} (every deal opened closed or open),
 * {@code Payroll} (the deals, bookings and commission it paid, by source, are the ledger's won
 * deals, bookings and commission), {@code Roster} with {@code Seats} (each month's head count is
 * the last one's plus hires less departures, ending at the reps in the seats; every occupied seat
 * open, every vacant open seat awaiting a backfill) and {@code Subscriptions} (the ARR the flows
 * give is the contracts' live ARR, one contract per won deal, contracts won and brought in less
 * those ended are the live ones).
 */
package salesim.model;
