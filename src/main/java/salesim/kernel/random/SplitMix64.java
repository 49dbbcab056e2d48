package salesim.kernel.random;

/**
 * SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014), used only to turn keys into well-mixed generator states, as Blackman and Vigna recommend
 * for seeding xoshiro.
 */
final class SplitMix64 {

  static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

  private SplitMix64() {}

  /** The SplitMix64 output function: a bijective avalanche of one 64-bit word. */
  static long mix(long z) {
    z += GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
