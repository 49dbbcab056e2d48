/**
 * Layer 5, reports: summary.json, monthly.csv, runs.csv, charts and HTML, written from experiment
 * results, and the calibration report (calibration.json). May import calibrate, experiment and the
 * layers below them.
 */
package salesim.report;
