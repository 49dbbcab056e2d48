package salesim.model.market;

/** Which waiting lead a rep picks up first. */
public enum LeadOrder {
  /** Oldest first: a plain queue. */
  FIFO,
  /** Newest first: speed-to-lead practice, since fresh leads decay least. */
  LIFO
}
