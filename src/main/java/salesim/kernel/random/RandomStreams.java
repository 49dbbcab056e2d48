package salesim.kernel.random;

/**
 * Derives the random streams of one replication from (seed, replication, purpose [, entity]) alone.
 *
 * <p>Each key component is folded in through the SplitMix64 finaliser (a bijection on 64-bit
 * words), and the resulting key seeds a {@link RandomStream}. Nothing depends on how many streams
 * were created before, so replication {@code r} of any scenario draws the same numbers for the
 * same purpose and entity: common random numbers by construction (SSJ's
 * {@code resetStartSubstream} idiom without mutable stream state), and adding a rep or a purpose
 * shifts nobody else's draws.
 *
 * <p>Immutable and thread-safe; the streams it creates are not.
 */
public final class RandomStreams {

  /** The entity index of a stream that belongs to no entity. */
  public static final int NO_ENTITY = -1;

  private final long seed;
  private final long replication;
  private final long base;

  private RandomStreams(long seed, long replication) {
    this.seed = seed;
    this.replication = replication;
    this.base = SplitMix64.mix(SplitMix64.mix(seed ^ 0x5A1E_5117_0000_0001L) + replication);
  }

  /** The streams of replication {@code replication} under master seed {@code seed}. */
  public static RandomStreams of(long seed, long replication) {
    return new RandomStreams(seed, replication);
  }

  /** The master seed. */
  public long seed() {
    return seed;
  }

  /** The replication index. */
  public long replication() {
    return replication;
  }

  /** A fresh stream for a purpose that belongs to no single entity. */
  public RandomStream stream(Purpose purpose) {
    return stream(purpose, NO_ENTITY);
  }

  /** A fresh stream for one entity (a rep, an account) within a purpose. */
  public RandomStream stream(Purpose purpose, int entity) {
    return new RandomStream(key(purpose.id(), entity));
  }

  /** A fresh stream for one draw site of an entity (a deal's stage, a rep's month). */
  public RandomStream stream(Purpose purpose, int entity, int index) {
    return new RandomStream(key(purpose.id(), entity, index));
  }

  /** Restarts an existing stream object at the start of (purpose, entity), allocating nothing. */
  public void reset(RandomStream stream, Purpose purpose, int entity) {
    stream.setSeed(key(purpose.id(), entity));
  }

  /**
   * Restarts an existing stream object at (purpose, entity, index), allocating nothing: per-draw
   * keys let an entity's k-th draw be the same in every scenario whatever happened before it.
   */
  public void reset(RandomStream stream, Purpose purpose, int entity, int index) {
    stream.setSeed(key(purpose.id(), entity, index));
  }

  private long key(int purposeId, int entity) {
    return SplitMix64.mix(SplitMix64.mix(base + purposeId) + entity);
  }

  private long key(int purposeId, int entity, int index) {
    // A different odd constant than the two-part key, so (p, e, i) never aliases (p, e').
    return SplitMix64.mix(key(purposeId, entity) ^ (0x6A09_E667_F3BC_C909L + index));
  }
}
