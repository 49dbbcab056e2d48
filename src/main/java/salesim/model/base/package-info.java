/**
 * The model's base vocabulary, shared by every part of it and importing nothing of it: where an
 * opportunity came from ({@link salesim.model.base.Source}), a value per source, and the argument
 * checks of the parameter records. The model's sub-packages may import this package and the
 * kernel; none imports the model's root package, which assembles them (ArchitectureTest).
 */
package salesim.model.base;
