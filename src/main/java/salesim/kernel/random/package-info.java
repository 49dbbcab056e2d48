/**
 * Kernel: reproducible random streams derived from (seed, replication, purpose [, entity]) and
 * the samplers the project owns, bit-identical across JDKs. Imports only the JDK.
 */
package salesim.kernel.random;
