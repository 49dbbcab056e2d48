package salesim.model.start;

import salesim.model.base.Check;

/**
 * Recurring revenue of a segment under contract when the run starts.
 *
 * @param segment the segment's name
 * @param arr annual recurring revenue (currency)
 * @param customers the customers it comes from (0: about one per mean deal value)
 */
public record StartArr(String segment, double arr, int customers) {

  public StartArr {
    Check.present("segment", segment);
    Check.nonNegative("arr", arr);
    Check.count("customers", customers);
  }
}
