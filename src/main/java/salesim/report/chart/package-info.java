/**
 * Layer 5, reports: the charts, drawn from the numbers in an output folder (monthly.csv, runs.csv,
 * and values read from summary.json), never from simulator objects, and written as PNG and SVG
 * that are the same bytes every time. Imports only the JDK and JFreeChart/JFreeSVG.
 */
package salesim.report.chart;
