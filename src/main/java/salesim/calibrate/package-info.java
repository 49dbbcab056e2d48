/**
 * Layer 4b, calibration (issue 17): estimates a company's own parameters from its CRM history
 * ({@link salesim.crm.CrmHistory}), each with its 95 % interval, sample size, method and the
 * columns it read ({@link salesim.calibrate.Estimate}); lists the data's problems; builds the
 * starting state at the as-of date; writes the calibrated scenario with its provenance; and
 * back-tests it by simulating the held-out months through {@link salesim.experiment.Experiment}.
 * Every estimate that moves a parameter goes through one table, {@link
 * salesim.calibrate.Parameter}. May import experiment, scenario, crm, model and kernel; report
 * and cli import it.
 */
package salesim.calibrate;
