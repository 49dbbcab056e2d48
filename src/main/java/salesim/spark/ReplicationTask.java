package salesim.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import salesim.experiment.Replications;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;
import salesim.scenario.ParametersJson;

/**
 * What an executor runs for one partition: every replication of its {@link Chunk}, each through
 * {@link Replications#variants} — the very code the local engine runs — in replication order.
 *
 * <p>The variants travel as canonical JSON and are bound again on the executor, rather than by
 * making the model's parameter records {@code Serializable}: the model stays free of a transport
 * concern, the executor binds them with the loader's own validation, and {@link SparkEngine}
 * checks on the driver that the text reads back to equal records, which is what keeps the
 * replications — and so the output bytes — identical. The results come back Java-serialized.
 */
final class ReplicationTask implements FlatMapFunction<Iterator<Chunk>, ReplicationResult[]> {

  private static final long serialVersionUID = 1L;

  private final ArrayList<String> variantsJson;
  private final long seed;

  ReplicationTask(List<String> variantsJson, long seed) {
    this.variantsJson = new ArrayList<>(variantsJson);
    this.seed = seed;
  }

  @Override
  public Iterator<ReplicationResult[]> call(Iterator<Chunk> chunks) {
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
    return results.iterator();
  }
}
