/**
 * A company's state when a run starts: reps with tenure, open deals at their stages, accounts
 * already customers or resting, recurring revenue under contract. Plain records, validated; the
 * scenario's {@code start:} block binds to them and a CRM calibration writes them.
 */
package salesim.model.start;
