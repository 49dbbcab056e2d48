package salesim.model.start;

import salesim.model.base.Check;

/**
 * Accounts of a segment not ready to prospect when the run starts.
 *
 * @param segment the segment's name
 * @param customers accounts already customers (out of the prospecting universe)
 * @param resting accounts resting after a "no" (back within the rest period, needs redrawn)
 */
public record StartAccounts(String segment, int customers, int resting) {

  public StartAccounts {
    Check.present("segment", segment);
    Check.count("customers", customers);
    Check.count("resting", resting);
  }
}
