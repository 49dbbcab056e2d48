package salesim.kernel.random;

/**
 * A named source of randomness with a permanent id. Streams are keyed by the id, never by
 * declaration order, so adding or reordering purposes leaves every other stream's draws unchanged.
 * Models implement it with an enum that carries explicit ids, never {@code ordinal()}.
 */
public interface Purpose {

  /** The purpose's permanent id; never reuse one. */
  int id();
}
