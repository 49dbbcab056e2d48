package salesim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;
import salesim.experiment.Replications;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;
import salesim.scenario.ParametersJson;

/**
 * What an executor runs for one partition: every replication of its {@link Chunk}, each through
 * {@link Replications#variants} — the very code the local engine runs — in replication order. The
 * partition's results go back to the driver as one array (replications × variants) as soon as the
 * task ends, so the driver reduces and checkpoints them while the rest of the batch still runs.
 *
 * <p>The variants travel as canonical JSON and are bound again on the executor, rather than by
 * making the model's parameter records {@code Serializable}: the model stays free of a transport
 * concern, the executor binds them with the loader's own validation, and {@link #of} checks on the
 * driver that the text reads back to equal records, which is what keeps the replications — and so
 * the output bytes — identical. The results come back Java-serialized.
 */
final class ReplicationTask extends AbstractFunction1<Iterator<Chunk>, ReplicationResult[][]>
    implements Serializable {

  private static final long serialVersionUID = 2L;

  private final ArrayList<String> variantsJson;
  private final long seed;

  ReplicationTask(List<String> variantsJson, long seed) {
    this.variantsJson = new ArrayList<>(variantsJson);
    this.seed = seed;
  }

  /** The task for these variants and seed, their JSON checked to survive the trip. */
  static ReplicationTask of(List<SalesParameters> variants, long seed) {
    return new ReplicationTask(shippable(variants), seed);
  }

  /**
   * The variants as JSON, checked to read back to equal parameters: if they did not, executors
   * would simulate a different company and the bytes would silently differ.
   */
  static List<String> shippable(List<SalesParameters> variants) {
    List<String> json = new ArrayList<>(variants.size());
    for (int v = 0; v < variants.size(); v++) {
      String text = ParametersJson.write(variants.get(v));
      if (!ParametersJson.read(text).equals(variants.get(v))) {
        throw new IllegalStateException(
            "variant " + v + " does not survive the trip to the executors as JSON");
      }
      json.add(text);
    }
    return json;
  }

  @Override
  public ReplicationResult[][] apply(Iterator<Chunk> chunks) {
    List<SalesParameters> variants = new ArrayList<>(variantsJson.size());
    for (String json : variantsJson) {
      variants.add(ParametersJson.read(json));
    }
    List<ReplicationResult[]> results = new ArrayList<>();
    while (chunks.hasNext()) {
      Chunk chunk = chunks.next();
      for (long r = chunk.first(); r < chunk.first() + chunk.count(); r++) {
        results.add(Replications.variants(variants, seed, r));
      }
    }
    return results.toArray(new ReplicationResult[0][]);
  }
}
