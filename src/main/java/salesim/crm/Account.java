package salesim.crm;

import java.util.Objects;

/**
 * One account (a HubSpot company), for its segment.
 *
 * @param id its id
 * @param employees its number of employees, or null
 * @param annualRevenue its annual revenue, or null
 * @param type its type (Customer, Prospect, ...), or null
 */
public record Account(String id, Double employees, Double annualRevenue, String type) {

  public Account {
    Objects.requireNonNull(id, "id");
  }
}
