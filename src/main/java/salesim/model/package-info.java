/**
 * Layer 2, the sales model: market, reps, opportunities, compensation plans, management policy and
 * shocks, run as events on the kernel. May import the kernel (and the JDK); never Jackson, picocli
 * or anything above it. Its parameter records are plain Java; the scenario layer owns the file
 * format.
 */
package salesim.model;
