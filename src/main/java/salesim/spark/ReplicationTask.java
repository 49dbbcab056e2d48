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
 * concern, the executor binds them with the loader's own validation, and {@link SparkEngine}
 * checks on the driver that the text reads back to equal records, which is what keeps the
 * replications — and so the output bytes — identical. The results come back Java-serialized.
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
