package salesim.model.base;

/** Where an opportunity came from: a marketing lead, or a rep's own prospecting. */
public enum Source {
  INBOUND,
  OUTBOUND
}
