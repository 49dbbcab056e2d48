/**
 * Layer 6, the command line: one picocli command per verb. The top layer; it may import
 * everything, and nothing imports it.
 */
package salesim.cli;
