/**
 * Layer 3, scenarios: immutable configuration read from YAML or JSON, merged over
 * {@code scenarios/reference.yaml}, validated with messages that name the file and field. May
 * import the model and the kernel, and Jackson.
 */
package salesim.scenario;
