/**
 * Layer 5, reports: summary.json, monthly.csv, runs.csv, charts and HTML, written from experiment
 * results. May import experiment and the layers below it.
 */
package salesim.report;
