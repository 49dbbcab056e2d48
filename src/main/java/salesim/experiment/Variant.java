package salesim.experiment;

import salesim.model.SalesParameters;

/** One arm of an experiment: a label and the parameters it runs. */
public record Variant(String name, SalesParameters parameters) {

  public Variant {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(parameters, "parameters");
  }
}
