/**
 * Layer 4, experiments: replications on a thread pool, common random numbers, statistics across
 * replications, and the run / compare / sweep / stress / sensitivity designs. May import scenario,
 * model and kernel.
 */
package salesim.experiment;
