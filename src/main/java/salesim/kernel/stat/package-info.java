/**
 * Kernel: storeless, mergeable statistics (tallies, time averages) for use inside a
 * replication. Imports only the JDK.
 */
package salesim.kernel.stat;
