package salesim.spark;

import java.io.Serializable;

/** A run of consecutive replications {@code [first, first + count)}: one Spark partition's work. */
record Chunk(long first, long count) implements Serializable {

  Chunk {
    if (first < 0 || count < 1) {
      throw new IllegalArgumentException("chunk [" + first + ", +" + count + ") is empty");
    }
  }
}
