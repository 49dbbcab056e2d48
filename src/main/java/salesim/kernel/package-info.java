/**
 * Layer 1, the kernel: the clock and event loop ({@link salesim.kernel.Simulation}), the
 * primitive future-event list ({@link salesim.kernel.EventQueue}) and, in sub-packages, random
 * streams and storeless statistics.
 *
 * <p>It knows nothing of sales: an M/M/c queue can be built on it. It may import only the JDK.
 */
package salesim.kernel;
